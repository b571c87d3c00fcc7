import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Session 24 (news72): arrests and agents left by news68 and the lead's session-24 probes, each on
// sentences of our own (AfPak news style); the positive tests failed before their fix, the
// negative ones hold both ways.

/** The roles of the one event of `type` as [actor id, role, inferred]. */
const rolesOf = (text: string, type: string) => only(run(text), type).actors.map((r) => [r.actor, r.role, r.inferred]);

describe('an arrest after a verb with an object shares that verb\'s subject', () => {
  test('"Police baton-charged the protesters and arrested 12 demonstrators": the police arrested them', () => {
    const text = 'Hundreds of traders protested against a new tax in Quetta on Monday. Police baton-charged the protesters and arrested 12 demonstrators.';
    assert.deepEqual(agents(only(run(text), 'arrest')), [['pakistan-police', false]]);
  });

  test('"baton-charged the crowd and arrested dozens of demonstrators": not the crowd', () => {
    const text = 'Traders blocked the main road in Peshawar on Wednesday. Police baton-charged the crowd and arrested dozens of demonstrators.';
    assert.deepEqual(agents(only(run(text), 'arrest')), [['pakistan-police', false]]);
  });

  test('"Police fired tear gas and arrested 12 demonstrators" keeps the police (no object actor)', () => {
    const text = 'Hundreds of students gathered outside the press club in Quetta on Monday to protest against fee increases. Police fired tear gas and arrested 12 demonstrators.';
    assert.deepEqual(agents(only(run(text), 'arrest')), [['pakistan-police', false]]);
  });

  test('two subjects joined by "and" are not a verb and its object ("Police and Levies arrested")', () => {
    const text = 'Police and Levies personnel arrested five suspects in Turbat on Monday.';
    assert.ok(agents(only(run(text), 'arrest')).some(([a]) => a === 'pakistan-police'));
  });
});

describe('the force that arrests a crowd is a party to its protest, not its agent', () => {
  test('"Police detained 30 protesters in Lahore": the protesters\' protest, the police a party', () => {
    const roles = rolesOf('Police detained 30 protesters in Lahore on Tuesday.', 'protest');
    assert.deepEqual(roles, [['protesters:PK', 'agent', false], ['pakistan-police', 'party', false]]);
  });

  test('"arrested dozens of demonstrators": the same', () => {
    const roles = rolesOf('Police arrested dozens of demonstrators in Karachi on Friday.', 'protest');
    assert.deepEqual(roles, [['protesters:PK', 'agent', false], ['pakistan-police', 'party', false]]);
  });

  test('the arrest itself is still the police\'s', () => {
    assert.deepEqual(agents(only(run('Police detained 30 protesters in Lahore on Tuesday.'), 'arrest')), [['pakistan-police', false]]);
  });
});

describe('a passive arrest with no "by" that a state force tells is that force\'s (inferred)', () => {
  test('"He said … three suspects were taken into custody" after "…, district police officer Abdul Rehman said."', () => {
    const text =
      'Unknown gunmen shot dead a shopkeeper in Mardan on Thursday, district police officer Abdul Rehman said. ' +
      'He said a search operation had been launched and three suspects were taken into custody.';
    assert.deepEqual(agents(only(run(text), 'arrest')), [['pakistan-police', true]]);
  });

  test('"Three suspects were arrested, police said": the teller in its own sentence', () => {
    assert.deepEqual(agents(only(run('Three suspects were arrested in Mardan on Friday, police said.'), 'arrest')), [['pakistan-police', true]]);
  });

  test('a resident who tells it gives no agent, nor does a police teller two paragraphs off', () => {
    assert.deepEqual(agents(only(run('Three suspects were arrested in Mardan on Friday, a resident said.'), 'arrest')), []);
    const text = 'Unknown gunmen shot dead a shopkeeper in Mardan on Thursday, police said.\n\nHe said three suspects were taken into custody.';
    assert.deepEqual(agents(only(run(text), 'arrest')), []);
  });
});

describe('hostages freed after a force\'s operation were freed by that force (inferred)', () => {
  test('"Security forces launched an operation to free them. By the evening, 104 passengers had been freed"', () => {
    const text =
      'Gunmen seized a passenger bus near Sibi on Tuesday and took its passengers hostage. Security forces launched an operation to free them. ' +
      'By the evening, 104 passengers had been freed.';
    assert.deepEqual(agents(only(run(text), 'hostage-release')), [['pakistan-army', true]]);
  });

  test('after "Security forces stormed the hotel": the same', () => {
    const text =
      'Militants took 20 guests hostage at a hotel in Gwadar on Monday. Security forces stormed the hotel on Tuesday morning. Nineteen hostages were freed.';
    assert.deepEqual(agents(only(run(text), 'hostage-release')).map(([, inferred]) => inferred), [true]);
  });

  test('no operation in the sentence before: no agent', () => {
    const text = 'Gunmen seized a passenger bus near Sibi on Tuesday and took its passengers hostage. Talks with tribal elders went on all day. By the evening, 104 passengers had been freed.';
    assert.deepEqual(agents(only(run(text), 'hostage-release')), []);
  });
});

describe('a singular verb counts the person before where they were', () => {
  test('"A man in the car was killed": one, told by "A man"', () => {
    const e = only(run('A roadside bomb struck a car in Bannu on Friday. A man in the car was killed, police said.'), 'bombing');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value, c.text]), [['killed', 1, 'A man']]);
  });

  test('"A soldier on patrol was killed": one, told by "A soldier"', () => {
    const e = only(run('A soldier on patrol was killed when a bomb exploded in Kurram on Friday.'), 'bombing');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value, c.text]), [['killed', 1, 'A soldier']]);
  });
});

describe('an attempted arrest is no arrest', () => {
  test('"tried to arrest", "an attempt to detain": no arrest', () => {
    assert.deepEqual(run('Police tried to arrest a suspect in Karachi on Saturday but he escaped.').events.map((e) => e.type), []);
    assert.deepEqual(run('Officers made an attempt to detain two men in Lahore on Sunday.').events.map((e) => e.type), []);
  });

  test('an attempted abduction is still an incident, and an arrest made is an arrest', () => {
    assert.deepEqual(run('Gunmen attempted to abduct a trader in Kech on Sunday.').events.map((e) => e.type), ['kidnapping']);
    assert.deepEqual(run('Police arrested a suspect in Karachi on Saturday.').events.map((e) => e.type), ['arrest']);
  });
});
