import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Hostages taken with the people between the verb and "hostage" (hostage-taking.ts), progressive
// verbs (events-roles.ts isPassive) and a range's unit (events-counts.ts isCountable), session 23.
// Sentences are our own.

const counts = (e: { counts: Array<{ kind: string; value: number }> }) => e.counts.map((c) => [c.kind, c.value]);

describe('"took 30 passengers hostage"', () => {
  test('the verb is a kidnapping with the people between as its count', () => {
    const e = only(run('Gunmen took 30 passengers hostage near Sibi on Tuesday.'), 'kidnapping');
    assert.equal(e.trigger.text, 'took');
    assert.deepEqual(counts(e), [['kidnapped', 30]]);
    assert.ok(e.provenance.rules.includes('trigger:kidnapping:took hostage'), e.provenance.rules.join(' ; '));
  });

  test('a participle after an attack ("…, taking dozens of passengers hostage") is a kidnapping beside it', () => {
    const a = run('Militants attacked a train near Sibi on Tuesday, taking dozens of passengers hostage.');
    assert.equal(only(a, 'attack').trigger.text, 'attacked');
    const k = only(a, 'kidnapping');
    assert.equal(k.trigger.text, 'taking');
    assert.equal(counts(k)[0][0], 'kidnapped');
  });

  test('"held the engineers hostage" and "took several hostages" are kidnappings; "took place" near a hostage crisis is none', () => {
    assert.equal(only(run('The kidnappers held the engineers hostage for three weeks in Kunar.'), 'kidnapping').trigger.text, 'held');
    assert.equal(only(run('Militants took several hostages after storming a bank in Quetta.'), 'kidnapping').trigger.text, 'took');
    assert.deepEqual(run('Talks on the hostage crisis took place in Quetta.').events, []);
  });

  test('the contiguous "taken hostage" stays the lexicon\'s', () => {
    const e = only(run('Dozens of passengers were taken hostage near Sibi on Tuesday.'), 'kidnapping');
    assert.equal(e.trigger.text, 'taken hostage');
  });
});

describe('a progressive is no passive', () => {
  test('"The militants were attacking the post": the militants are the agent, not the target', () => {
    const e = only(run('The militants were attacking the post in Bannu.'), 'attack');
    assert.equal(agents(e).length, 1);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target'), []);
  });

  test('"were holding 180 hostages": a kidnapping of 180 whose holders are its agent', () => {
    const e = only(run('The militants were holding 180 hostages in Sibi, the BLA said.'), 'kidnapping');
    assert.deepEqual(counts(e), [['kidnapped', 180]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target'), []);
  });
});

describe('a range before a unit of time is no count', () => {
  test('"abducted them for two to three hours" counts no one; "five or six villagers" still counts', () => {
    assert.deepEqual(counts(only(run('Gunmen abducted them for two to three hours in Kabul.'), 'kidnapping')), []);
    assert.deepEqual(counts(only(run('Gunmen held them hostage for two to three hours in Kabul.'), 'kidnapping')), []);
    assert.deepEqual(counts(only(run('Gunmen abducted five or six villagers in Kunar.'), 'kidnapping')), [['kidnapped', 5]]);
  });
});
