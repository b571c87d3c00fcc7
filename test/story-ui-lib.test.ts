import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryReportOut } from '../ui/src/api.ts';
import { describeValue, markIn, publisherKey, sourceGroups } from '../ui/src/lib/story.ts';
import { publisherKey as serverPublisherKey } from '../src/corroborate/sources.ts';

// What the Story view says beside the server's numbers: which reports are one source and why,
// the stated words inside a sentence, and a contradiction's value in words.

const report = (articleId: string, publisher: string, nearDupOf: string | null = null): StoryReportOut => ({
  articleId,
  publisher,
  published: '2026-05-11',
  title: null,
  url: null,
  nearDupOf,
  units: [],
});

test('source groups: a near-duplicate goes with its first copy, one publisher is one source, others stand alone', () => {
  const groups = sourceGroups([
    report('a1', 'Agence France-Presse'),
    report('a2', 'BBC Monitoring'),
    report('a3', 'Dawn', 'a1'),
    report('a4', 'Agence France Presse'),
    report('a5', 'The News'),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.reports.map((r) => r.articleId), g.why.sort()]),
    [
      [['a1', 'a3', 'a4'], ['copy', 'publisher']],
      [['a2'], []],
      [['a5'], []],
    ],
  );
});

test('copies of a report outside the story are still one source', () => {
  const groups = sourceGroups([report('b1', 'Dawn', 'x0'), report('b2', 'Geo', 'x0')]);
  assert.deepEqual(groups.map((g) => [g.reports.length, g.why]), [[2, ['copy']]]);
});

test('publisher names compare as the server compares them', () => {
  for (const name of ['Agence France-Presse', 'AGENCE FRANCE PRESSE', 'Dépêche – Tunis', '  The News ']) {
    assert.equal(publisherKey(name), serverPublisherKey(name), name);
  }
});

test('the stated words are found in the sentence, whatever their case; absent words give null', () => {
  assert.deepEqual(markIn('Five people were killed in Quetta.', 'five'), { before: '', marked: 'Five', after: ' people were killed in Quetta.' });
  assert.deepEqual(markIn('Just yesterday, over 3,200 of these militants', 'over 3,200'), { before: 'Just yesterday, ', marked: 'over 3,200', after: ' of these militants' });
  assert.equal(markIn('Six were killed.', 'seven'), null);
  assert.equal(markIn('Six were killed.', ''), null);
});

test('values in words: qualifiers and thousands separators; places and dates unchanged', () => {
  assert.equal(describeValue('at-least 3200'), 'at least 3,200');
  assert.equal(describeValue('about 2000'), 'about 2,000');
  assert.equal(describeValue('at-most 15'), 'at most 15');
  assert.equal(describeValue('2700'), '2,700');
  assert.equal(describeValue('Quetta'), 'Quetta');
  assert.equal(describeValue('2026-11-23'), '2026-11-23');
});
