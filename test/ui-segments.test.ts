import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutArticle } from '../ui/src/lib/segments.ts';
import { describeCount, describeCounts, describeDate, humanType } from '../ui/src/lib/labels.ts';
import * as countWords from '../src/model/count-words.ts';
import { countsText } from '../src/store/export.ts';

// The UI's layout of the article text into paragraphs, claims and highlighted pieces: offsets
// only, so what the page shows is exactly the server's text.

const TEXT = 'Militants freed\nOfficials said 12 were freed. Sources say more.\n\nAnalysts expect talks.';
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};
const sentences = [
  { ...at('Militants freed'), heading: true },
  { ...at('Officials said 12 were freed.'), heading: false },
  { ...at('Sources say more.'), heading: false },
  { ...at('Analysts expect talks.'), heading: false },
];
const claims = [at('Sources say more.'), at('Officials said 12 were freed.'), at('Analysts expect talks.')];

test('one paragraph per non-blank line; headings are lines of heading sentences only', () => {
  const paras = layoutArticle(TEXT, sentences, claims);
  assert.deepEqual(
    paras.map((p) => [TEXT.slice(p.start, p.end), p.heading]),
    [
      ['Militants freed', true],
      ['Officials said 12 were freed. Sources say more.', false],
      ['Analysts expect talks.', false],
    ],
  );
});

test('claims become parts in text order, the gaps between them parts of their own', () => {
  const [, second] = layoutArticle(TEXT, sentences, claims);
  assert.deepEqual(
    second.parts.map((p) => [TEXT.slice(p.start, p.end), p.claim]),
    [
      ['Officials said 12 were freed.', 1],
      [' ', null],
      ['Sources say more.', 0],
    ],
  );
  // The parts tile the paragraph exactly.
  assert.equal(second.parts.map((p) => TEXT.slice(p.start, p.end)).join(''), TEXT.slice(second.start, second.end));
});

test('active spans cut parts into marked pieces, also across a claim boundary', () => {
  const active = [at('12'), at('freed. Sources')];
  const [, second] = layoutArticle(TEXT, sentences, claims, active);
  const pieces = second.parts.flatMap((p) => p.pieces.map((x) => [TEXT.slice(x.start, x.end), x.active]));
  assert.deepEqual(pieces, [
    ['Officials said ', false],
    ['12', true],
    [' were ', false],
    ['freed.', true],
    [' ', true],
    ['Sources', true],
    [' say more.', false],
  ]);
});

test('an overlapping claim starts where the previous one ends instead of repeating text', () => {
  const overlapping = [at('Officials said 12 were freed.'), { start: at('were freed.').start, end: at('Sources say more.').end }];
  const [, second] = layoutArticle(TEXT, sentences, overlapping);
  assert.equal(second.parts.map((p) => TEXT.slice(p.start, p.end)).join(''), TEXT.slice(second.start, second.end));
  assert.deepEqual(second.parts.map((p) => p.claim), [0, 1]);
});

test('labels: counts, dates and types in words', () => {
  assert.equal(describeCount({ kind: 'released', value: 3200, qualifier: 'at-least' }), 'at least 3,200 released');
  assert.equal(describeCount({ kind: 'sentence-reduced', value: 4300, qualifier: 'exact' }), '4,300 sentence reduced');
  // A rival toll says whose it is; a revision says what it revises and who revised it.
  const revised = [
    { kind: 'killed', value: 14, qualifier: 'exact' as const },
    { kind: 'killed', value: 9, qualifier: 'exact' as const, toldBy: 'the police', revised: true as const },
  ];
  assert.equal(describeCounts(revised), '14 killed · 9 killed (revised from 14 by the police)');
  assert.equal(describeCounts([revised[0], { ...revised[1], revised: undefined }]), '14 killed · 9 killed per the police');
  assert.equal(describeDate({ start: '2026-11-23', end: '2026-11-23', precision: 'day' }), '2026-11-23');
  assert.equal(describeDate({ start: '2021-08-01', end: '2021-08-31', precision: 'month' }), '2021-08');
  assert.equal(describeDate({ start: '0001-01-01', end: '2021-08-15', precision: 'range' }), 'before 2021-08-15');
  assert.equal(humanType('prisoner-release'), 'Prisoner release');
});

test('labels: the UI words counts as the server outputs do, with the same function (session 23)', () => {
  assert.equal(describeCount, countWords.describeCount);
  const tolls = [
    { kind: 'killed', value: 4, qualifier: 'exact' as const, claimSource: 'Officials' },
    { kind: 'killed', value: 15, qualifier: 'at-least' as const, toldBy: { text: 'the Pakistani Taliban' } },
    { kind: 'killed', value: 9, qualifier: 'exact' as const, toldBy: { text: 'The police' }, revised: true as const },
  ];
  // The Events table joins one kind's figures with " · ", the CSV with "; ": the same words between.
  assert.equal(describeCounts(tolls), '4 killed per Officials · at least 15 killed per the Pakistani Taliban · 9 killed (revised from 4 by The police)');
  assert.equal(countsText(tolls), describeCounts(tolls).split(' · ').join('; '));
});
