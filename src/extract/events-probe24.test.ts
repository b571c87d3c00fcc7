import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 24 (news68): event leftovers of session 23, second round, each on sentences of our own
// (AfPak news style); the positive tests failed before their fix, the negative ones hold both ways.

/** Each event as its type, trigger and counts [kind, value, teller]. */
const typed = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.counts.map((c) => [c.kind, c.value, c.toldBy?.text ?? null])]);

describe('a parts aside with a preposition in it keeps the total before it', () => {
  test('"at least 12 people, including four soldiers travelling on leave, had been killed": 12', () => {
    assert.deepEqual(typed('At least 12 people, including four soldiers travelling on leave, had been killed in the blast near Sibi.').map((e) => e[2]), [[['killed', 12, null]]]);
  });

  test('after a long "who requested anonymity because …" clause too', () => {
    const text =
      'A senior police officer in Sibi, who requested anonymity because he was not authorised to speak to the media, ' +
      'said at least 12 people, including four soldiers travelling on leave, had been killed.';
    assert.deepEqual(typed(text).map((e) => e[2]), [[['killed', 12, null]]]);
  });

  test('the parts are still not added to the total ("including two children from the village")', () => {
    assert.deepEqual(typed('Five people, including two children from the village, were killed when a mortar shell hit a house in Bajaur.').map((e) => e[2]), [[['killed', 5, null]]]);
  });
});

describe('hostages still held after a kidnapping are the ones it took', () => {
  test('"its fighters were holding 180 hostages" after "taking dozens of passengers hostage": one kidnapping, the group\'s rival figure', () => {
    const text =
      'Militants of the Baloch Liberation Army attacked a passenger train near Sibi on Tuesday, taking dozens of passengers hostage. ' +
      'The BLA said in a statement that its fighters were holding 180 hostages.';
    const kidnappings = typed(text).filter((e) => e[0] === 'kidnapping');
    assert.deepEqual(kidnappings, [['kidnapping', 'taking', [['kidnapped', 24, null], ['kidnapped', 180, 'BLA']]]]);
  });

  test('a source\'s "were holding 40 hostages" after "took 30 passengers hostage": the police\'s figure of the same act', () => {
    assert.deepEqual(typed('Gunmen took 30 passengers hostage near Sibi on Tuesday. Police said the gunmen were holding 40 hostages.'), [
      ['kidnapping', 'took', [['kidnapped', 30, null], ['kidnapped', 40, 'Police']]],
    ]);
  });

  test('hostages held in a separate incident, or a figure no one gives on another day, stay a kidnapping of their own', () => {
    assert.equal(typed('Gunmen took 30 passengers hostage near Sibi on Tuesday. In a separate incident, police said militants were holding 12 labourers hostage in Kech.').length, 2);
    assert.equal(typed('Gunmen took 30 passengers hostage near Sibi on Tuesday. They were holding 40 hostages on Wednesday evening.').length, 2);
  });
});

describe('where the people were ends no subject', () => {
  test('"All four men in it were reportedly killed": four', () => {
    assert.deepEqual(typed('A drone strike hit a car in Paktika on Sunday, and all four men in it were reportedly killed.').map((e) => e[2]), [[['killed', 4, null]]]);
  });

  test('"Two soldiers on patrol", "Five people at the wedding" are counted', () => {
    assert.deepEqual(typed('Two soldiers on patrol were killed when a bomb exploded in Kurram.').map((e) => e[2]), [[['killed', 2, null]]]);
    assert.deepEqual(typed('Five people at the wedding were killed when a mortar round struck the house.').map((e) => e[2]), [[['killed', 5, null]]]);
  });

  test('people with no number before the place are still not counted', () => {
    assert.deepEqual(typed('Soldiers at the checkpoint were killed when militants attacked it in Zhob.').map((e) => e[2]), [[]]);
  });
});

describe('a participle after a subordinate clause with an act of its own shares that clause\'s subject', () => {
  const agentsOf = (text: string, type: string) => run(text).events.filter((e) => e.type === type).map((e) => e.actors.filter((r) => r.role === 'agent').map((r) => r.actor));
  test('"… took 20 people hostage before security forces stormed the building, rescuing the hostages": the forces rescued them', () => {
    const text = 'Gunmen opened fire on worshippers at a mosque in Peshawar and took 20 people hostage before security forces stormed the building, rescuing the hostages.';
    assert.deepEqual(agentsOf(text, 'hostage-release'), [['pakistan-army']]);
  });

  test('a subordinate clause telling no act ("as security forces surrounded it") leaves the participle the main act\'s', () => {
    const text = 'Gunmen stormed a hotel in Quetta on Monday as security forces surrounded it, taking 20 guests hostage.';
    assert.deepEqual(agentsOf(text, 'kidnapping').map((a) => a.includes('pakistan-army')), [false]);
  });
});

describe('what an operation is for is no act told', () => {
  test('"launched an operation to free the hostages": no release', () => {
    const text = 'Gunmen took 30 passengers hostage near Sibi on Tuesday. Security forces launched an operation to free the hostages on Wednesday.';
    assert.deepEqual(typed(text).map((e) => e[0]), ['kidnapping']);
    assert.deepEqual(typed('Police launched a drive to arrest drug traffickers in Quetta on Monday.').map((e) => e[0]), []);
  });

  test('an attempt is still an incident, and hostages freed in the operation are a release', () => {
    assert.deepEqual(typed('Gunmen attempted to abduct a district official in Kech on Monday.').map((e) => e[0]), ['kidnapping']);
    const text = 'Gunmen took 30 passengers hostage near Sibi on Tuesday. Security forces freed 25 hostages in an operation on Wednesday.';
    assert.deepEqual(typed(text).map((e) => e[0]), ['kidnapping', 'hostage-release']);
  });
});

describe('the protesters of a protest told before make no second protest when police break it up', () => {
  const protests = (text: string) => run(text).events.filter((e) => e.type === 'protest').map((e) => [e.trigger.text, e.actors.filter((r) => r.role === 'party').map((r) => r.actor), e.counts.map((c) => [c.kind, c.value])]);
  test('"… protested in Quetta. Tear gas shells fired by police injured three protesters": one protest, the police its party, three wounded', () => {
    const text = 'Hundreds of traders protested against a new tax in Quetta on Monday. Tear gas shells fired by police injured three protesters.';
    assert.deepEqual(protests(text), [['protested', ['pakistan-police'], [['wounded', 3]]]]);
  });

  test('"Three protesters were injured when police fired tear gas" after the protest: the same', () => {
    const text = 'Hundreds of traders protested against a new tax in Quetta on Monday. Three protesters were injured when police fired tear gas.';
    assert.deepEqual(protests(text), [['protested', ['pakistan-police'], [['wounded', 3]]]]);
  });

  test('protesters broken up on another day in another city are a protest of their own', () => {
    const text = 'Hundreds of traders protested against a new tax in Quetta on Monday. On Tuesday, police fired tear gas at thousands of protesters in Karachi.';
    assert.deepEqual(protests(text).map((p) => p[0]), ['protested', 'protesters']);
  });
});

describe('a "when" clause on a "since" date dates its own act by that date', () => {
  const dated = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.date]);
  test('"the worst blow to the group since 2023, when several of its leaders were killed": 2023', () => {
    assert.deepEqual(dated('It would be the worst blow to the group since 2023, when several of its leaders were killed in Kunar.'), [
      ['attack', 'killed', { start: '2023-01-01', end: '2023-12-31', precision: 'year' }],
    ]);
  });

  test('"since March 2023, when …": the month', () => {
    assert.deepEqual(dated('It was the deadliest week since March 2023, when gunmen killed nine labourers in Kech.').map((e) => e[2]), [{ start: '2023-03-01', end: '2023-03-31', precision: 'month' }]);
  });

  test('an act told before the "since" date is not dated by the "when" clause', () => {
    const text = 'Gunmen kidnapped a trader in Kech, the first such case in the district since 2023, when the road opened.';
    const [kidnapping] = dated(text);
    assert.equal(kidnapping[0], 'kidnapping');
    assert.notDeepEqual(kidnapping[2], { start: '2023-01-01', end: '2023-12-31', precision: 'year' });
  });
});

describe('a capitalised trigger word ending a run of capitalised words is a name\'s, no event', () => {
  const types = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text]);
  test('"A leader of the Sindhu Desh Liberation Movement was arrested": the arrest only', () => {
    assert.deepEqual(types('A leader of the Sindhu Desh Liberation Movement was arrested in Hyderabad on Monday.'), [['arrest', 'arrested']]);
    assert.deepEqual(types('Drivers taking part in the Cholistan Desert Jeep Rally blocked a road in Bahawalpur on Monday.').map((e) => e[1]).includes('Rally'), false);
  });

  test('one capitalised word before it is no name run ("the Aurat March" stays a protest)', () => {
    assert.ok(types('Thousands of women joined the Aurat March in Lahore on Sunday.').some((e) => e[0] === 'protest' && e[1] === 'March'));
  });
});
