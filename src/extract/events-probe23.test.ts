import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 23 (news61): event leftovers of session 22 (news59, news60), each on sentences of our
// own (AfPak news style); the positive tests failed before their fix, the negative ones hold both ways.

/** Each event as its type, trigger, place, day and counts [kind, value]. */
const acts = (text: string) =>
  run(text).events.map((e) => [e.type, e.trigger.text, e.place, e.date ? `${e.date.start}/${e.date.end}` : null, e.counts.map((c) => [c.kind, c.value])]);
/** Each event's agents as [actor, inferred]. */
const agentsOf = (text: string) => run(text).events.map((e) => e.actors.filter((r) => r.role === 'agent').map((r) => [r.actor, r.inferred]));

describe('a lapse of time opening a later clause tells another incident', () => {
  test('"and a week later four people were killed in Kabul": a killing of its own, a week after the bomb', () => {
    assert.deepEqual(acts('A bomb killed two guards in Quetta on November 2, and a week later four people were killed in Kabul.'), [
      ['bombing', 'bomb', 'place:PK:quetta', '2026-11-02/2026-11-02', [['killed', 2]]],
      ['attack', 'killed', 'place:AF:kabul', '2026-11-09/2026-11-09', [['killed', 4]]],
    ]);
  });

  test('"; two days later, gunmen shot dead a trader in Chaman": the lapse a clause of its own; "several days later": no day counted', () => {
    assert.deepEqual(acts('A bomb killed two guards in Quetta on November 2; two days later, gunmen shot dead a trader in Chaman.'), [
      ['bombing', 'bomb', 'place:PK:quetta', '2026-11-02/2026-11-02', [['killed', 2]]],
      ['attack', 'shot dead', 'place:PK:chaman', '2026-11-04/2026-11-04', [['killed', 1]]],
    ]);
    assert.deepEqual(acts('A bomb killed two guards in Quetta on November 2, and several days later gunmen shot dead a trader in Chaman.').map((a) => a.slice(0, 4)), [
      ['bombing', 'bomb', 'place:PK:quetta', '2026-11-02/2026-11-02'],
      ['attack', 'shot dead', 'place:PK:chaman', null],
    ]);
  });

  test('"and a month later a bomb killed four people in Kabul": the second bomb is no part of the first', () => {
    assert.deepEqual(acts('A bomb killed two guards in Quetta on October 2, and a month later a bomb killed four people in Kabul.'), [
      ['bombing', 'bomb', 'place:PK:quetta', '2026-10-02/2026-10-02', [['killed', 2]]],
      ['bombing', 'bomb', 'place:AF:kabul', '2026-11-02/2026-11-02', [['killed', 4]]],
    ]);
  });

  test('"…, and two days later police arrested three suspects": an event of another kind after a lapse is dated from it too', () => {
    assert.deepEqual(acts('A bomb wounded five people in Quetta on November 2, and two days later police arrested three suspects.').map((a) => [a[0], a[3]]), [
      ['bombing', '2026-11-02/2026-11-02'],
      ['arrest', '2026-11-04/2026-11-04'],
    ]);
  });

  test('a toll of the same act told later, with no lapse opening its clause, stays the act\'s', () => {
    assert.deepEqual(acts('A bomb killed two guards in Quetta on November 2, and four people were later killed in a second blast.').length, 2);
    assert.deepEqual(acts('A suicide bomber killed two guards in Quetta on November 2, killing four people a week after the blast.').length, 1);
  });
});

describe('a later clause\'s day of another act does not reach back over an earlier act\'s own', () => {
  test('"Gunmen killed two guards in Quetta last year, and on Friday a bomb killed four people in Kabul": two acts, each its day and place', () => {
    const text = 'Gunmen killed two guards in Quetta last year, and on Friday a bomb killed four people in Kabul.';
    assert.deepEqual(acts(text), [
      ['attack', 'killed', 'place:PK:quetta', '2025-01-01/2025-12-31', [['killed', 2]]],
      ['bombing', 'bomb', 'place:AF:kabul', '2026-11-20/2026-11-20', [['killed', 4]]],
    ]);
    // The gunmen of the first clause did not set the bomb: its agent is inferred from Kabul.
    assert.deepEqual(agentsOf(text), [[['unidentified-armed-group:PK', false]], [['unidentified-armed-group:AF', true]]]);
  });

  test('"…, and on Friday, a bomb killed four people in Kabul": a day cut off by its comma still opens the clause, and the bomb after it is no apposition', () => {
    assert.deepEqual(acts('Gunmen killed two guards in Quetta last year, and on Friday, a bomb killed four people in Kabul.'), [
      ['attack', 'killed', 'place:PK:quetta', '2025-01-01/2025-12-31', [['killed', 2]]],
      ['bombing', 'bomb', 'place:AF:kabul', '2026-11-20/2026-11-20', [['killed', 4]]],
    ]);
    // An act restated after a comma stays one act.
    assert.deepEqual(acts('A suicide bomber killed 12 soldiers at a checkpost in Bannu, an attack the army blamed on the TTP.').map((a) => a[1]), ['suicide bomber']);
  });

  test('"…, and a bomb killed four people in Kabul on Friday": a linked clause\'s day after its trigger counts too', () => {
    assert.deepEqual(acts('Gunmen killed two guards in Quetta last year, and a bomb killed four people in Kabul on Friday.'), [
      ['attack', 'killed', 'place:PK:quetta', '2025-01-01/2025-12-31', [['killed', 2]]],
      ['bombing', 'bomb', 'place:AF:kabul', '2026-11-20/2026-11-20', [['killed', 4]]],
    ]);
  });

  test('"…, and on Friday stormed a school in Kohat": a verb with no subject of its own shares the sentence\'s', () => {
    assert.deepEqual(agentsOf('Militants attacked a checkpost in Bannu on Monday, and on Friday stormed a school in Kohat.'), [
      [['unidentified-armed-group:PK', false]],
      [['unidentified-armed-group:PK', true]],
    ]);
  });
});

describe('"said" after a subject is the verb of speech, not a determiner', () => {
  test('"Officials said curfew was imposed in Bannu on Monday": a measure', () => {
    assert.deepEqual(acts('Officials said curfew was imposed in Bannu on Monday.'), [['security-measure', 'curfew', 'place:PK:bannu', '2026-11-23/2026-11-23', []]]);
  });

  test('"Three militants said killed in Karachi": a headline\'s "said" before the participle is "reportedly"', () => {
    assert.deepEqual(acts('Three militants said killed in Karachi'), [['attack', 'killed', 'place:PK:karachi', null, [['killed', 3]]]]);
  });

  test('"The said attack took place in Bannu", "in said attack": "said" after a determiner or a preposition is one', () => {
    assert.deepEqual(acts('The said attack took place in Bannu.'), []);
    assert.deepEqual(acts('Two policemen were injured in said attack.'), []);
    assert.deepEqual(acts('Two policemen were injured in an attack.').map((a) => a[1]), ['attack']);
  });
});

describe('a crowd that blocks or closes a road is protesting', () => {
  /** Each event as its type, trigger and agents [actor, inferred]. */
  const typed = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.actors.filter((r) => r.role === 'agent').map((r) => [r.actor, r.inferred])]);
  test('"Demonstrators blocked the main road for hours", "Protesters closed the highway": protests by the crowd named', () => {
    assert.deepEqual(typed('Demonstrators blocked the main road for hours.'), [['protest', 'blocked', [['protesters', false]]]]);
    assert.deepEqual(typed('Protesters closed the highway.'), [['protest', 'closed', [['protesters', false]]]]);
  });

  test('"Traders sealed off the main road in Chaman, demanding …": another crowd with its purpose told; no measure by the state', () => {
    assert.deepEqual(typed('Traders sealed off the main road in Chaman, demanding the reopening of the border.'), [['protest', 'sealed off', [['protesters:PK', true]]]]);
  });

  test('"Protesters blocked the Indus Highway with barricades": a blockade with barricades is a riot (ACLED: a violent demonstration)', () => {
    assert.deepEqual(typed('Protesters blocked the Indus Highway with barricades.').map(([t, w]) => [t, w]), [['riot', 'blocked']]);
  });

  test('the police\'s closure stays a measure; residents with no purpose told, or a protest told before, make none', () => {
    assert.deepEqual(typed('Police closed the highway in Peshawar.'), [['security-measure', 'closed', [['pakistan-police', false]]]]);
    assert.deepEqual(typed('Residents blocked the main road for hours.'), []);
    assert.deepEqual(typed('Teachers staged a protest in Bannu on Monday. Protesters also blocked the main road.').map(([t, w]) => [t, w]), [['protest', 'protest']]);
  });
});

describe('where an actor came from is not where it acted, when the clause names another place', () => {
  const places = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.place]);
  test('"Villagers from Karak attacked a police post in the eastern part of Kohat city": in Kohat', () => {
    assert.deepEqual(places('Villagers from Karak attacked a police post in the eastern part of Kohat city.'), [['riot', 'attacked', 'place:PK:kohat']]);
    assert.deepEqual(places('Tribesmen from Bara pelted police with stones in the northern part of Jamrud town.'), [['riot', 'pelted', 'place:PK:jamrud']]);
  });

  test('"Villagers from Karak attacked a police post": no other place, the origin stays', () => {
    assert.deepEqual(places('Villagers from Karak attacked a police post.'), [['riot', 'attacked', 'place:PK:karak']]);
  });
});

describe('a date with digits among a teller\'s words', () => {
  const bombing = 'A suicide bomber killed nine people at a market in Bannu on Monday, officials said.';
  const teller = (text: string) => run(text).events.flatMap((e) => e.counts.map((c) => [c.value, c.toldBy?.text ?? null, c.revised ?? false]));
  test('"The police late on November 23 put the toll at seven", "The police on 23 November revised …": the police', () => {
    assert.deepEqual(teller(`${bombing} The police late on November 23 put the toll at seven.`), [[9, null, false], [7, 'The police', false]]);
    assert.deepEqual(teller(`${bombing}\n\nThe police on 23 November revised the toll to seven.`), [[9, null, false], [7, 'The police', true]]);
  });

  test('a figure inside the words is still no teller\'s: "Two officials put the toll at seven" is told by them, "2 officials" by none', () => {
    assert.deepEqual(teller(`${bombing} Two officials put the toll at seven.`), [[9, null, false], [7, 'Two officials', false]]);
    assert.deepEqual(teller(`${bombing} The 2 officials put the toll at seven.`), [[9, null, false]]);
  });
});

describe('"It" as a teller of a toll stands for the body that spoke', () => {
  const tellers = (text: string) => run(text).events.flatMap((e) => e.counts.map((c) => [c.value, c.toldBy?.text ?? null, c.revised ?? false]));
  const bombing = 'A suicide bomber killed nine people at a market in Bannu on Monday';
  test('"It later revised the toll to 12" after the health department said so: the department', () => {
    assert.deepEqual(tellers(`${bombing}, the provincial health department said in a statement.\n\nIt later revised the toll to 12.`), [[9, null, false], [12, 'the provincial health department', true]]);
  });

  test('after a named man, or no one: "It" stays', () => {
    assert.deepEqual(tellers(`${bombing}, said spokesman Ali Khan.\n\nIt later revised the toll to 12.`), [[9, null, false], [12, 'It', true]]);
    assert.deepEqual(tellers(`${bombing}.\n\nIt later revised the toll to 12.`), [[9, null, false], [12, 'It', true]]);
  });
});
