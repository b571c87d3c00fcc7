import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../analyze.ts';
import { countTellers, withClaimSources } from './count-teller.ts';
import { describeCount, describeCountIn, type CountToWrite } from './count-words.ts';

// Session 23: one wording of a count and its teller for every output (the text report, `story`,
// the CSV and table, the UI), and one lookup of who gave each figure (the article view, the text
// report, the store's event lists). Sentences of our own writing.

test('a count in words: the figure, a rival with its teller, a revision with the figure it replaces', () => {
  const cases: Array<[CountToWrite, { value: number } | undefined, string]> = [
    [{ kind: 'released', value: 3200, qualifier: 'at-least' }, undefined, 'at least 3,200 released'],
    [{ kind: 'sentence-reduced', value: 40, qualifier: 'about' }, undefined, 'about 40 sentence reduced'],
    [{ kind: 'killed', value: 8, qualifier: 'exact', toldBy: { text: 'the Taliban' } }, undefined, '8 killed per the Taliban'],
    // A story unit carries the teller as words, not a span.
    [{ kind: 'killed', value: 8, qualifier: 'at-most', toldBy: 'the Taliban' }, undefined, 'at most 8 killed per the Taliban'],
    [{ kind: 'killed', value: 9, qualifier: 'exact', toldBy: 'the police', revised: true }, { value: 14 }, '9 killed (revised from 14 by the police)'],
    [{ kind: 'killed', value: 9, qualifier: 'exact', toldBy: 'the police', revised: true }, undefined, '9 killed (revised by the police)'],
    // The event's own figure that a rival stands beside, with its claim's source.
    [{ kind: 'killed', value: 12, qualifier: 'exact', claimSource: 'Police' }, undefined, '12 killed per Police'],
    // A rival's own teller wins over a claim source.
    [{ kind: 'killed', value: 8, qualifier: 'exact', toldBy: 'the Taliban', claimSource: 'Police' }, undefined, '8 killed per the Taliban'],
  ];
  for (const [c, revises, words] of cases) assert.equal(describeCount(c, { revises }), words, JSON.stringify(c));
  assert.equal(describeCount({ kind: 'killed', value: 9, qualifier: 'exact' }, { quoted: 'nine' }), '9 killed ("nine")');
});

test('who gave each figure: a rival toll its teller, the figure it rivals its claim’s source, a lone figure no one', () => {
  const text = 'Police said 12 soldiers were killed in the raid near Wana; the Taliban put the toll at eight. Three others were wounded.';
  const a = analyze(text, { published: '2026-11-20' });
  const raid = a.events.find((e) => e.counts.some((c) => c.toldBy));
  assert.ok(raid, JSON.stringify(a.events.map((e) => e.counts)));
  const tellers = countTellers(a.claims, raid.counts);
  const byFigure = raid.counts.map((c, i) => [c.kind, c.value, tellers[i]]);
  assert.deepEqual(
    byFigure.filter(([kind]) => kind === 'killed'),
    [
      ['killed', 12, 'Police'],
      ['killed', 8, 'the Taliban'],
    ],
  );
  // The wounded have no rival: no teller is shown for them.
  assert.ok(byFigure.filter(([kind]) => kind !== 'killed').every(([, , t]) => t === null), JSON.stringify(byFigure));
  const counts = withClaimSources(a.claims, raid.counts);
  assert.deepEqual(
    counts.filter((c) => c.kind === 'killed').map((c) => describeCountIn(counts, c)),
    ['12 killed per Police', '8 killed per the Taliban'],
  );
});

test('a revision: the revised figure names its claim’s source, the revision its teller and the figure it replaces', () => {
  const text = 'Gunmen attacked a police station in Lakki Marwat on Thursday night. Officials said 14 people were killed in the attack.\n\nThe police later revised the toll to nine.';
  const a = analyze(text, { published: '2026-11-27' });
  const attack = a.events.find((e) => e.type === 'attack');
  assert.ok(attack);
  const counts = withClaimSources(a.claims, attack.counts);
  assert.deepEqual(
    counts.map((c) => describeCountIn(counts, c, c.text)),
    ['14 killed ("14") per Officials', '9 killed ("nine") (revised from 14 by The police)'],
  );
});

test('no rival, no teller: a figure alone keeps no claimSource, even when its claim names a source', () => {
  const a = analyze('Officials said four soldiers were killed when militants attacked a checkpoint in Bara.', { published: '2026-11-20' });
  const e = a.events.find((x) => x.counts.length > 0);
  assert.ok(e);
  assert.deepEqual(withClaimSources(a.claims, e.counts), e.counts);
  assert.deepEqual(countTellers(a.claims, e.counts), e.counts.map(() => null));
});
