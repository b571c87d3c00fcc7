import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../index.ts';

// Session 24 (news69): claims and toll leftovers of session 23, each in sentences of our own
// writing (the lead's probe articles and news62/64/66's "Left, seen" lists, rewritten).

function run(text: string): Analysis {
  return analyze(text, { published: '2026-11-27' });
}

/** [text, kind, source, certainty] of every claim. */
function claimsOf(text: string): Array<[string, string, string | null, string]> {
  return run(text).claims.map((c) => [c.text, c.attribution.kind, c.attribution.source, c.certainty]);
}

/** The claim whose text starts with `start`. */
function claimStarting(a: Analysis, start: string) {
  const c = a.claims.find((x) => x.text.startsWith(start));
  assert.ok(c, `no claim starts with "${start}": ${JSON.stringify(a.claims.map((x) => x.text))}`);
  return c;
}

describe('1. "the group" after a group named in its sentence or the one before', () => {
  test('"attributed the attack to the Taliban, which the group denied": the Taliban deny, as when named again', () => {
    const a = run('Gunmen killed two guards in Khost on Monday. Sources attributed the attack to the Taliban, which the group denied.');
    const denial = claimStarting(a, 'which the group denied');
    assert.deepEqual([denial.attribution.kind, denial.attribution.source, denial.certainty], ['official', 'Taliban', 'denied']);
    const named = run('Gunmen killed two guards in Khost on Monday. Sources attributed the attack to the Taliban, which the Taliban denied.');
    const again = claimStarting(named, 'which the Taliban denied');
    assert.deepEqual([again.attribution.kind, again.attribution.source], [denial.attribution.kind, denial.attribution.source]);
    // The sources' attribution keeps its own reading.
    assert.equal(claimStarting(a, 'Sources attributed').certainty, 'hedged');
  });

  test('a non-state group named in the same sentence is the denier, named', () => {
    assert.deepEqual(claimsOf('Sources attributed the blast to the TTP, which the group denied.')[1], ['which the group denied.', 'named', 'TTP', 'denied']);
  });

  test('a group named (not speaking) in the sentence before is "the group" that denies', () => {
    const a = run('A roadside bomb hit a police van in Bajaur on Monday. Officials blamed the Tehreek-e-Taliban Pakistan for the blast. The group denied any role in it.');
    const denial = claimStarting(a, 'The group denied');
    assert.equal(denial.attribution.source, 'Tehreek-e-Taliban Pakistan');
    assert.equal(denial.certainty, 'denied');
    assert.notEqual(denial.attribution.kind, 'anonymous');
  });

  test('"the militants" after a group\'s fighters in the same sentence are that group', () => {
    const a = run('Two soldiers were killed in an ambush near Mir Ali. Security officials said TTP fighters carried out the attack, but the militants said they had not been in the area.');
    const c = claimStarting(a, 'the militants said');
    assert.deepEqual([c.attribution.kind, c.attribution.source], ['named', 'TTP fighters']);
  });

  test('with two groups named, or none, "the group" stays an unnamed group', () => {
    const two = run('Officials blamed the TTP and the BLA for the blast in Quetta. The group denied any role in it.');
    assert.deepEqual([claimStarting(two, 'The group denied').attribution.kind, claimStarting(two, 'The group denied').attribution.source], ['anonymous', 'The group']);
    const none = run('A grenade was thrown at a market in Quetta on Monday. The group accused the army of killing civilians.');
    assert.equal(claimStarting(none, 'The group accused').attribution.kind, 'anonymous');
    // Bare "militants" are other men than the group's, unnamed.
    const bare = run('Security officials said TTP fighters carried out the attack in Mir Ali, but militants said they had not been in the area.');
    assert.equal(claimStarting(bare, 'militants said').attribution.kind, 'anonymous');
  });

  test('the nearer group in its own sentence wins over one that spoke before', () => {
    const a = run('The TTP said it had attacked the post in Tank. Officials blamed the BLA for the second blast, which the group denied.');
    assert.equal(claimStarting(a, 'which the group denied').attribution.source, 'BLA');
  });
});
