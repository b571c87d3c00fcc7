import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 23 (news63): events of the lead's session-23 probe articles, each on sentences of our
// own (AfPak news style); the positive tests failed before their fix, the negative ones hold both ways.

/** Each event as its type, trigger, roles ([role, actor, inferred]) and counts [kind, value]. */
const acts = (text: string) => run(text).events.map((e) => [e.type, e.trigger.text, e.actors.map((r) => [r.role, r.actor, r.inferred]), e.counts.map((c) => [c.kind, c.value])]);

describe('a passive freed counts its own subject, not the number of the clause after "and"', () => {
  test('"23 workers had been freed and five kidnappers killed": 23 freed', () => {
    const freed = acts('By nightfall, 23 workers had been freed and five kidnappers killed, officials said.').filter((e) => e[0] === 'prisoner-release');
    assert.deepEqual(freed.map((e) => e[3]), [[['released', 23]]]);
  });

  test('an active release still counts its object and the group joined to it', () => {
    const freed = acts('Police freed 12 detainees and two guards on Monday.').filter((e) => e[0] === 'prisoner-release');
    assert.deepEqual(freed.map((e) => e[3]), [[['released', 14]]]);
  });
});

describe('hostages freed are a hostage release, no prisoner release', () => {
  const types = (text: string) => acts(text).map((e) => [e[0], e[1], e[3]]);
  test('people a kidnapping took, freed later in the article: a hostage release with their count', () => {
    assert.deepEqual(types('Gunmen took 30 passengers hostage in Sibi on Tuesday. Troops freed 25 passengers on Wednesday.'), [
      ['kidnapping', 'took', [['kidnapped', 30]]],
      ['hostage-release', 'freed', [['released', 25]]],
    ]);
  });

  test('"the second hostage", "the abducted engineers": hostages named so', () => {
    assert.deepEqual(types('The militants freed the second hostage near Tank on Sunday.'), [['hostage-release', 'freed', [['released', 1]]]]);
    assert.deepEqual(types('The abducted engineers were released in Kech on Friday.'), [['hostage-release', 'released', []]]);
  });

  test('"were abducted on Monday and released on Friday": the people taken are those freed', () => {
    assert.deepEqual(types('Two engineers were abducted in Kech on Monday and released on Friday.').map((e) => e[0]), ['kidnapping', 'hostage-release']);
  });

  test('prisoners freed stay a prisoner release, beside a kidnapping of other people too', () => {
    assert.deepEqual(types('The government released 40 Taliban prisoners on Monday.'), [['prisoner-release', 'released', [['released', 40]]]]);
    assert.deepEqual(types('Militants kidnapped two engineers in Kech. Police released three suspects on Friday.').map((e) => e[0]), ['kidnapping', 'prisoner-release']);
  });
});

describe('a release that is the condition or the object of a demand is no release', () => {
  test('"would kill them unless its commanders were released": no release', () => {
    assert.deepEqual(acts('The group said it would kill the engineers unless its detained commanders were released by Sunday.').filter((e) => e[0] === 'prisoner-release'), []);
  });

  test('"demanded that 12 of their comrades be freed": no release', () => {
    assert.deepEqual(acts('The kidnappers demanded that 12 of their comrades be freed from jail.').filter((e) => e[0] === 'prisoner-release'), []);
  });

  test('a release told after "said that" stays one', () => {
    assert.deepEqual(acts('Police said that 12 prisoners were freed on Monday.').map((e) => [e[0], e[3]]), [['prisoner-release', [['released', 12]]]]);
  });
});

describe('unnamed armed men counted dead with no doer named are no doers of their own killing', () => {
  test('"Seven kidnappers were killed": the killing has them as target and no agent', () => {
    const killed = acts('Police launched an operation on Monday. Seven kidnappers were killed, officials said.').filter((e) => e[1] === 'killed');
    assert.deepEqual(killed.map((e) => e[2]), [[['target', 'unidentified-armed-group', false]]]);
  });

  test('"One policeman and one attacker were killed" after the gunmen attacked: still the gunmen\'s attack', () => {
    const e = acts('Gunmen attacked a checkpost in Bannu. One policeman and one attacker were killed.').find((x) => x[0] === 'attack')!;
    assert.deepEqual((e[2] as unknown[][]).filter((r) => r[0] === 'agent'), [['agent', 'unidentified-armed-group:PK', false]]);
  });
});

describe('a force named before its vehicle is what the blast befell, not its doer', () => {
  test('"a bomb attached to an Afghan National Army vehicle detonated": the ANA is the target', () => {
    const e = acts('An explosive device attached to an Afghan National Army vehicle detonated in Kandahar on Monday.').find((x) => x[0] === 'bombing')!;
    assert.deepEqual((e[2] as unknown[][]).map((r) => [r[0], r[1]]), [['agent', 'unidentified-armed-group:AF'], ['target', 'afghan-republic-forces']]);
    assert.equal((e[2] as unknown[][])[0][2], true);
  });

  test('"Army helicopters shelled" or a force\'s people before the verb still act', () => {
    const e = acts('Pakistani troops attacked a militant hideout in Tirah on Monday.').find((x) => x[0] === 'attack')!;
    assert.deepEqual((e[2] as unknown[][]).filter((r) => r[0] === 'agent').map((r) => r[1]), ['pakistan-army']);
  });
});

describe('an acronym in brackets after its actor parts no clause', () => {
  test('"Militants of the Baloch Liberation Army (BLA) attacked a train": the BLA attacked', () => {
    const e = acts('Militants of the banned Baloch Liberation Army (BLA) attacked a passenger train near Sibi on Tuesday.').find((x) => x[0] === 'attack')!;
    assert.deepEqual((e[2] as unknown[][]).filter((r) => r[0] === 'agent'), [['agent', 'bla', false]]);
  });

  test('"an Afghan National Army (ANA) vehicle": a bracket before a noun still parts, no ANA agent', () => {
    const e = acts('An explosive device attached to an Afghan National Army (ANA) vehicle detonated in Kunar.').find((x) => x[0] === 'bombing')!;
    assert.ok(!(e[2] as unknown[][]).some((r) => r[0] === 'agent' && r[1] === 'afghan-republic-forces'));
  });
});
