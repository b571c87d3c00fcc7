import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analyze.ts';
import { contradictionsOf } from './contradictions.ts';
import { unitsOf } from './units.ts';

// Contradictions over the units of real analyses of short reports of our own writing: a rival
// toll one report gives beside its event's own figure (session 21's `toldBy`) is a value of its
// own, so a single article's two tolls show as a contradiction and neither hides the other.

function units(articleId: string, publisher: string, text: string) {
  const analysis = analyze(text, { published: '2026-11-27', source: publisher });
  return unitsOf({ articleId, publisher, published: '2026-11-27', title: null, analysis }, 0);
}

const RIVAL = 'Militants stormed a security checkpoint in Bara, Khyber district, on Tuesday night. Officials said four soldiers were killed in the attack; the Pakistani Taliban put the death toll at 15.';

describe('rival tolls in the story contradictions', () => {
  test('one report with two tolls: both values, the rival one with its teller kept on the unit', () => {
    const us = units('art-a', 'Khyber Wire', RIVAL);
    const attack = us.find((u) => u.type === 'attack')!;
    assert.deepEqual(
      attack.counts.map((c) => [c.kind, c.value, c.toldBy ?? null]),
      [
        ['killed', 4, null],
        ['killed', 15, 'the Pakistani Taliban'],
      ],
    );
    assert.deepEqual(contradictionsOf(us), [
      {
        field: 'killed',
        values: [
          { value: '4', reports: ['art-a'] },
          { value: '15', reports: ['art-a'] },
        ],
      },
    ]);
  });

  test('a second report agreeing with the rival figure joins that value', () => {
    const us = [...units('art-a', 'Khyber Wire', RIVAL), ...units('art-b', 'Frontier Daily', 'Fifteen soldiers were killed when militants stormed a checkpoint in Bara on Tuesday night, the Pakistani Taliban said.')];
    const killed = contradictionsOf(us).find((c) => c.field === 'killed');
    assert.deepEqual(killed?.values, [
      { value: '4', reports: ['art-a'] },
      { value: '15', reports: ['art-a', 'art-b'] },
    ]);
  });

  test('without a rival toll one report states one figure per kind: no contradiction', () => {
    const us = units('art-c', 'Khyber Wire', 'Militants stormed a security checkpoint in Bara, Khyber district, on Tuesday night. Officials said four soldiers were killed in the attack.');
    assert.deepEqual(contradictionsOf(us), []);
  });
});
