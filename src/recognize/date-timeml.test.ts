import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../model/types.ts';
import { recognizeDates } from './dates.ts';
import { splitSentences } from './sentences.ts';

// TimeML readings of date mentions (date-timeml.ts, date-timex.ts, date-tense.ts), on our own
// sentences. Publication: Tuesday 2026-11-24, in the fourth quarter.
const PUBLISHED = '2026-11-24';

function recognize(text: string, published: string | null = PUBLISHED): DateMention[] {
  return recognizeDates(text, splitSentences(text), published);
}

/** Each mention as its text and its TIMEX3 readings ("TYPE value 'extent'"). */
function readings(text: string, published: string | null = PUBLISHED): Array<[string, string[]]> {
  return recognize(text, published).map((m) => [m.text, (m.timex ?? []).map((t) => `${t.type} ${t.value} '${text.slice(t.start, t.end)}'`)]);
}

interface Case {
  name: string;
  text: string;
  published?: string | null;
  expect: Array<[string, string[]]>;
}

const cases: Case[] = [
  {
    name: 'references to the present and the past',
    text: 'Security has improved recently, and the army now controls the valley.',
    expect: [
      ['recently', ["DATE PAST_REF 'recently'"]],
      ['now', ["DATE PRESENT_REF 'now'"]],
    ],
  },
  {
    name: 'durations: counts, hyphenated adjectives and qualifiers',
    text: 'The siege lasted three months, after a two-week lull and nearly 72 hours of shelling.',
    expect: [
      ['three months', ["DURATION P3M 'three months'"]],
      ['two-week', ["DURATION P2W 'two-week'"]],
      ['nearly 72 hours', ["DURATION PT72H 'nearly 72 hours'"]],
    ],
  },
  {
    name: 'vague durations and windows',
    text: 'Talks went on for several years, and the next few days will be decisive.',
    expect: [
      ['several years', ["DURATION PXY 'several years'"]],
      ['the next few days', ["DURATION PXD 'the next few days'"]],
    ],
  },
  {
    name: 'ordinals, fractions, titles and ages are no durations',
    text: 'A second attack hit a quarter of the posts, and a 52-year-old man told 60 Minutes about it.',
    expect: [],
  },
  {
    name: 'sets',
    text: 'Patrols run daily and every Friday night.',
    expect: [
      ['daily', ["SET P1D 'daily'"]],
      ['every Friday night', ["SET XXXX-WXX-5TNI 'every Friday night'"]],
    ],
  },
  {
    name: 'quarters: the latest one begun, "a year earlier" from the quarter in the sentence, "the quarter" as the last one named',
    text: 'Profit in the third quarter fell from a year earlier. Sales in the quarter were weak.',
    expect: [
      ['the third quarter', ["DATE 2026-Q3 'the third quarter'"]],
      ['a year earlier', ["DATE 2025-Q3 'a year earlier'"]],
      ['the quarter', ["DATE 2026-Q3 'the quarter'"]],
    ],
  },
  {
    name: 'fiscal years and halves',
    text: 'Fiscal 2025 ended well, but the first half of 2024 was weak.',
    expect: [
      ['Fiscal 2025', ["DATE 2025 'Fiscal 2025'"]],
      ['the first half of 2024', ["DATE 2024-H1 'the first half of 2024'"]],
    ],
  },
  {
    name: 'seasons',
    text: 'The offensive began last spring and resumed in the summer of 2025.',
    expect: [
      ['last spring', ["DATE 2025-SP 'last spring'"]],
      ['the summer of 2025', ["DATE 2025-SU 'the summer of 2025'"]],
    ],
  },
  {
    name: 'month names with a relative year',
    text: 'Talks collapsed last February, after a truce in June last year.',
    expect: [
      ['last February', ["DATE 2026-02 'last February'"]],
      ['June last year', ["DATE 2025-06 'June last year'"]],
    ],
  },
  {
    name: 'a year-like number as a modifier is a year, before a count noun it is a count',
    text: 'The 1996 law was amended after the group freed 2000 prisoners.',
    expect: [['1996', ["DATE 1996 '1996'"]]],
  },
  {
    name: 'a range of two years is two TIMEX3s',
    text: 'The camps grew between 2019 and 2021.',
    expect: [['between 2019 and 2021', ["DATE 2019 '2019'", "DATE 2021 '2021'"]]],
  },
  {
    name: 'a part of the day',
    text: 'Gunmen stormed the post on Friday night.',
    expect: [['Friday night', ["TIME 2026-11-20TNI 'Friday night'"]]],
  },
  {
    name: 'story-relative: "later that year" counts from the last date given',
    text: 'The group was founded in March 2019, and later that year it split.',
    expect: [
      ['March 2019', ["DATE 2019-03 'March 2019'"]],
      ['later that year', ["DATE 2019 'later that year'"]],
    ],
  },
  {
    name: 'a capital inside a sentence is a name, not "now"',
    text: 'The blast hit Now Bahar district.',
    expect: [],
  },
  {
    name: 'without a publication date: durations and references keep their reading, quarters need the date',
    text: 'The army now holds the pass after three months of fighting in the third quarter.',
    published: null,
    expect: [
      ['now', ["DATE PRESENT_REF 'now'"]],
      ['three months', ["DURATION P3M 'three months'"]],
    ],
  },
];

for (const c of cases) {
  test(`timex: ${c.name}`, () => {
    assert.deepEqual(readings(c.text, c.published === undefined ? PUBLISHED : c.published), c.expect);
  });
}

test('timex: TimeML-only mentions have no calendar value and say why', () => {
  const [m] = recognize('The siege lasted three months.');
  assert.equal(m.value, null);
  assert.equal(m.resolved, false);
  assert.equal(m.note, 'a duration: a length of time, not a date');
  assert.equal(m.rule, 'timeml:duration:m');
});

test('timex: a future clause moves a bare weekday forward, a past one keeps past bias', () => {
  const [will] = recognize('The jirga will meet on Friday.');
  assert.deepEqual(will.value, { start: '2026-11-27', end: '2026-11-27' });
  assert.equal(will.rule, 'chrono:ENWeekdayParser+future-tense');
  const [met] = recognize('The jirga met on Friday.');
  assert.deepEqual(met.value, { start: '2026-11-20', end: '2026-11-20' });
  assert.equal(met.rule, 'chrono:ENWeekdayParser+past-bias');
  // "had" puts the clause in the past whatever the preposition says.
  const [by] = recognize('Most members had voted by Friday.');
  assert.deepEqual(by.value, { start: '2026-11-20', end: '2026-11-20' });
});

test('timex: a date without a year up to two months ahead is an announced one', () => {
  const [jan] = recognize('The dividend is payable Jan. 2 to holders of record.');
  assert.deepEqual(jan.value, { start: '2027-01-02', end: '2027-01-02' });
  const [may] = recognize('The curfew imposed in May was lifted.');
  assert.deepEqual(may.value, { start: '2026-05-01', end: '2026-05-31' });
});
