import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { DateMention, DatePrecision, Sentence } from '../model/types.ts';
import * as chrono from 'chrono-node';
import { chronoGatesFor, recognizeDates, recognizeDatesMany } from './dates.ts';
import { needsShared, sharedPath } from '../../test/shared.ts';

// The reference article's publication date (a Tuesday).
const PUBLISHED = '2026-11-24';

/** Sentence spans for the tests; the real splitter lives elsewhere and must not be needed here. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z0-9"“(])|\n/g)) {
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    if (end > start) out.push({ start, end, heading: false, paragraph: 0 });
    start = end;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length) out.push({ start, end: text.length, heading: false, paragraph: 0 });
  return out;
}

function recognize(text: string, published: string | null = PUBLISHED): DateMention[] {
  return recognizeDates(text, sentencesOf(text), published);
}

interface Expected {
  text: string;
  /** Which occurrence of `text` in the sentence, when it occurs more than once. */
  nth?: number;
  value: [string, string] | null;
  precision: DatePrecision;
  relative: boolean;
  rule?: string | RegExp;
  /** Why the value is null, when it is not the missing publication date. */
  note?: string;
}

interface Case {
  name: string;
  text: string;
  published?: string | null;
  expect: Expected[];
}

const day = (d: string): [string, string] => [d, d];

const cases: Case[] = [
  {
    name: 'month and year, a relative day and a known event (reference article)',
    text:
      'Since the Taliban’s return to power in August 2021, Afghanistan’s interim administration in Kabul has reportedly freed thousands of hardcore militants. ' +
      'Just yesterday, over 3,200 of these militants were released, most of them wanted terrorists in Pakistan. ' +
      'Sources indicate these releases followed carefully orchestrated agreements between the banned TTP and TTA, some of which date back to secret accords in Mirali prior to Kabul’s fall.',
    expect: [
      { text: 'August 2021', value: ['2021-08-01', '2021-08-31'], precision: 'month', relative: false, rule: 'chrono:ENMonthNameParser' },
      { text: 'yesterday', value: day('2026-11-23'), precision: 'day', relative: true, rule: 'chrono:ENCasualDateParser' },
      { text: 'prior to Kabul’s fall', value: ['0001-01-01', '2021-08-15'], precision: 'range', relative: false, rule: 'known-event:fall-of-kabul:before' },
    ],
  },
  {
    name: 'counts are not dates',
    text: 'Following the release of the initial 3,200, a further 4,300 prisoners have had their sentences reduced.',
    expect: [],
  },
  {
    name: '"may" the verb and "March" the verb are not months',
    text: 'Officials warn that militants may attack checkpoints, and supporters march on Islamabad. May God protect them.',
    expect: [],
  },
  {
    name: 'day month year, with the leading "On" left out',
    text: 'On 3 January 2022, militants attacked a police post in Bannu, killing two constables.',
    expect: [{ text: '3 January 2022', value: day('2022-01-03'), precision: 'day', relative: false, rule: 'chrono:ENMonthNameLittleEndianParser' }],
  },
  {
    name: 'bare weekday is the latest one on or before publication',
    text: 'On Monday, a roadside bomb killed three soldiers in North Waziristan.',
    expect: [{ text: 'Monday', value: day('2026-11-23'), precision: 'day', relative: true, rule: 'chrono:ENWeekdayParser+past-bias' }],
  },
  {
    name: 'bare weekday on a publication day that is that weekday',
    text: 'On Monday, a roadside bomb killed three soldiers in North Waziristan.',
    published: '2026-11-23',
    expect: [{ text: 'Monday', value: day('2026-11-23'), precision: 'day', relative: true }],
  },
  {
    name: 'weekday later in the week goes back, not forward',
    text: 'Gunmen stormed the check post on Friday night, police said.',
    expect: [{ text: 'Friday night', value: day('2026-11-20'), precision: 'day', relative: true, rule: /past-bias/ }],
  },
  {
    name: 'weekday in a named week',
    text: 'The jirga met on Monday last week in Miranshah.',
    expect: [{ text: 'Monday last week', value: day('2026-11-16'), precision: 'day', relative: true }],
  },
  {
    name: 'relative periods',
    text: 'Security forces killed 12 militants last week, two days ago another raid followed, and attacks rose last month and this year.',
    expect: [
      { text: 'last week', value: ['2026-11-16', '2026-11-22'], precision: 'range', relative: true, rule: 'relative-period:last-week' },
      { text: 'two days ago', value: day('2026-11-22'), precision: 'day', relative: true, rule: 'chrono:ENTimeUnitAgoFormatParser' },
      { text: 'last month', value: ['2026-10-01', '2026-10-31'], precision: 'month', relative: true },
      { text: 'this year', value: ['2026-01-01', '2026-12-31'], precision: 'year', relative: true },
    ],
  },
  {
    name: 'trailing windows and parts of the current period',
    text: 'Over the past two weeks, and earlier this month, the TTP claimed dozens of attacks.',
    expect: [
      { text: 'the past two weeks', value: ['2026-11-10', '2026-11-24'], precision: 'range', relative: true, rule: 'relative-window:weeks' },
      { text: 'earlier this month', value: ['2026-11-01', '2026-11-24'], precision: 'range', relative: true },
    ],
  },
  {
    name: 'bare year after a preposition, and a chrono range',
    text: 'In 2019, the militants fought from 12 to 15 March near Wana.',
    expect: [
      { text: '2019', value: ['2019-01-01', '2019-12-31'], precision: 'year', relative: false, rule: 'year' },
      // The sentence opens on its year: the days without one are in it (session 14, date-sentence-year.ts).
      { text: '12 to 15 March', value: ['2019-03-12', '2019-03-15'], precision: 'range', relative: false },
    ],
  },
  {
    name: 'a sentence opening on a year counted from publication sets the year of its months',
    text: 'Last year, the crossing was closed for nine days in February, and 12 people were killed near Chaman in September.',
    expect: [
      { text: 'Last year', value: ['2025-01-01', '2025-12-31'], precision: 'year', relative: true },
      { text: 'nine days', value: null, precision: 'range', relative: false, note: 'a duration: a length of time, not a date' },
      // Past bias alone gave February and September of 2026 (session 14).
      { text: 'February', value: ['2025-02-01', '2025-02-28'], precision: 'month', relative: true },
      { text: 'September', value: ['2025-09-01', '2025-09-30'], precision: 'month', relative: true },
    ],
  },
  {
    name: 'since a year and since a month run to publication',
    text: 'Attacks have doubled since 2021, and more than 500 soldiers have died since August 2021.',
    expect: [
      { text: 'since 2021', value: ['2021-01-01', PUBLISHED], precision: 'range', relative: true, rule: 'since-range+year' },
      { text: 'since August 2021', value: ['2021-08-01', PUBLISHED], precision: 'range', relative: true, rule: /^since-range\+chrono:/ },
    ],
  },
  {
    name: 'mid-year is May to August, late year September to December',
    text: 'The group regrouped by mid-2023 and struck again in late 2024.',
    expect: [
      { text: 'mid-2023', value: ['2023-05-01', '2023-08-31'], precision: 'range', relative: false, rule: 'period-part:mid+year' },
      { text: 'late 2024', value: ['2024-09-01', '2024-12-31'], precision: 'range', relative: false, rule: 'period-part:late+year' },
    ],
  },
  {
    name: 'overnight is the night before publication, both days',
    text: 'Overnight, drones struck a compound in Khost.',
    expect: [{ text: 'Overnight', value: ['2026-11-23', PUBLISHED], precision: 'range', relative: true, rule: 'overnight' }],
  },
  {
    name: 'overnight the idiom is not a date',
    text: 'Peace in the tribal districts will not come overnight.',
    expect: [],
  },
  {
    name: 'known events: bare, after, since, and a different year',
    text:
      'The APS Peshawar attack shocked the nation. After the fall of Kabul, cross-border raids rose. ' +
      'The TTP has grown since the Doha Agreement. The fall of Kabul in 1996 was different.',
    expect: [
      { text: 'APS Peshawar attack', value: day('2014-12-16'), precision: 'day', relative: false, rule: 'known-event:aps-peshawar-attack' },
      { text: 'After the fall of Kabul', value: ['2021-08-15', PUBLISHED], precision: 'range', relative: true, rule: 'known-event:fall-of-kabul:after' },
      { text: 'since the Doha Agreement', value: ['2020-02-29', PUBLISHED], precision: 'range', relative: true, rule: 'known-event:doha-agreement:after' },
      { text: '1996', value: ['1996-01-01', '1996-12-31'], precision: 'year', relative: false },
    ],
  },
  {
    name: '9/11 is the event, 24/7 is nothing',
    text: 'Since 9/11 the border has been watched 24/7.',
    expect: [{ text: 'Since 9/11', value: ['2001-09-11', PUBLISHED], precision: 'range', relative: true, rule: 'known-event:september-11-attacks:after' }],
  },
  {
    name: 'campaign names only date a sentence with a relation cue',
    text: 'Zarb-e-Azb troops cleared Miranshah. Violence fell sharply after Operation Zarb-e-Azb.',
    expect: [{ text: 'after Operation Zarb-e-Azb', value: ['2014-06-15', PUBLISHED], precision: 'range', relative: true }],
  },
  {
    name: 'month-first numeric date, and day-first when the document shows it',
    text: '02/27/2016: Assailants hijacked seven vehicles. Security forces rescued the hostages on 03/01/2016.',
    expect: [
      { text: '02/27/2016', value: day('2016-02-27'), precision: 'day', relative: false, rule: 'chrono:SlashDateFormatParser' },
      { text: '03/01/2016', value: day('2016-03-01'), precision: 'day', relative: false },
    ],
  },
  {
    name: 'day-first document',
    text: 'The FIR dated 27/02/2016 was quashed on 03/01/2017.',
    expect: [
      { text: '27/02/2016', value: day('2016-02-27'), precision: 'day', relative: false },
      { text: '03/01/2017', value: day('2017-01-03'), precision: 'day', relative: false },
    ],
  },
  {
    name: 'a month without a year is the latest one, with two months of look-ahead',
    text: 'The curfew imposed in May was lifted on 30 November.',
    expect: [
      { text: 'May', value: ['2026-05-01', '2026-05-31'], precision: 'month', relative: true, rule: 'chrono:ENMonthNameParser+past-bias' },
      { text: '30 November', value: day('2026-11-30'), precision: 'day', relative: true },
    ],
  },
  {
    name: 'a time alone is not a date, a time on a day keeps the day',
    text: 'The blast happened at 10 pm. Another came on Sunday at 11 pm.',
    expect: [{ text: 'Sunday', value: day('2026-11-22'), precision: 'day', relative: true }],
  },
  {
    name: 'a lower-cased feed: weekdays and dated months still count, "may" the verb does not',
    text: 'this story is from march 9, 2002 vadodara: citizens had a sleepless night on friday and police may act.',
    published: '2002-03-09',
    expect: [
      { text: 'march 9, 2002', value: day('2002-03-09'), precision: 'day', relative: false },
      { text: 'night on friday', value: day('2002-03-08'), precision: 'day', relative: true, rule: /past-bias/ },
    ],
  },
  {
    // chrono reads "march 12" and "may 15" as dates; a month word starting in lower case is a
    // verb here. looksLikeJunk asks about such words only where one can start (session 24).
    name: 'lower-case "march" and "may" before a number are verbs, a weekday beside them still counts',
    text: 'Thousands will march 12 miles to Quetta on Friday. Officials said they may 15 times have asked for talks.',
    // "will march ... on Friday": the coming Friday.
    expect: [{ text: 'Friday', value: day('2026-11-27'), precision: 'day', relative: true }],
  },
  {
    name: 'last night and tonight are whole days from publication',
    text: 'Militants who attacked the post last night will be tried tonight.',
    expect: [
      { text: 'last night', value: day('2026-11-23'), precision: 'day', relative: true },
      { text: 'tonight', value: day(PUBLISHED), precision: 'day', relative: true },
    ],
  },
  {
    name: 'counting from the story, not from publication, is not resolved',
    text: 'He had been arrested a year earlier, and the previous week the camp was raided.',
    expect: [
      { text: 'a year earlier', value: null, precision: 'range', relative: false, rule: 'timeml:year-earlier', note: 'counts from another date in the text' },
    ],
  },
  {
    name: 'no publication date: absolute dates resolve, relative ones do not',
    text: 'Just yesterday the group, formed in August 2021, struck again; on 12 May 2013 it was banned, last week it regrouped, and on Monday it attacked.',
    published: null,
    expect: [
      { text: 'yesterday', value: null, precision: 'day', relative: true },
      { text: 'August 2021', value: ['2021-08-01', '2021-08-31'], precision: 'month', relative: false },
      { text: '12 May 2013', value: day('2013-05-12'), precision: 'day', relative: false },
      { text: 'last week', value: null, precision: 'range', relative: true },
      { text: 'Monday', value: null, precision: 'day', relative: true },
    ],
  },
  {
    name: 'no publication date: "prior to" an event still resolves, "since" does not',
    text: 'The accords were signed prior to Kabul’s fall and have held since August 2021.',
    published: null,
    expect: [
      { text: 'prior to Kabul’s fall', value: ['0001-01-01', '2021-08-15'], precision: 'range', relative: false },
      { text: 'since August 2021', value: null, precision: 'range', relative: true },
    ],
  },
];

function indexOfNth(haystack: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) break;
  }
  return at;
}

for (const c of cases) {
  test(`dates: ${c.name}`, () => {
    const published = c.published === undefined ? PUBLISHED : c.published;
    const got = recognize(c.text, published);
    assert.deepEqual(
      got.map((m) => m.text),
      c.expect.map((e) => e.text),
      'mention texts',
    );
    c.expect.forEach((e, i) => {
      const m = got[i];
      const start = indexOfNth(c.text, e.text, e.nth ?? 0);
      assert.equal(m.start, start, `${e.text}: start`);
      assert.equal(m.end, start + e.text.length, `${e.text}: end`);
      assert.deepEqual(m.value, e.value ? { start: e.value[0], end: e.value[1] } : null, `${e.text}: value`);
      assert.equal(m.precision, e.precision, `${e.text}: precision`);
      assert.equal(m.relative, e.relative, `${e.text}: relative`);
      assert.equal(m.resolved, e.value !== null, `${e.text}: resolved`);
      if (e.value === null) assert.equal(m.note, e.note ?? 'no publication date to resolve against', `${e.text}: note`);
      if (typeof e.rule === 'string') assert.equal(m.rule, e.rule, `${e.text}: rule`);
      else if (e.rule) assert.match(m.rule, e.rule, `${e.text}: rule`);
    });
  });
}

test('dates: mentions are sorted, non-overlapping and index the text', () => {
  const text =
    'On 3 January 2022, since mid-2023 and after the APS attack, overnight raids and last week’s strikes, from March to May 2024.';
  const got = recognize(text);
  assert.ok(got.length >= 5);
  for (let i = 0; i < got.length; i++) {
    assert.equal(text.slice(got[i].start, got[i].end), got[i].text);
    if (i > 0) assert.ok(got[i - 1].end <= got[i].start, 'non-overlapping and sorted');
  }
});

test('dates: a bad publication date is a bad option, not a silent fallback', () => {
  assert.throws(() => recognizeDates('On Monday.', [], '24/11/2026'), { code: 'E_BAD_OPTION' });
  assert.throws(() => recognizeDates('On Monday.', [], '2026-02-30'), { code: 'E_BAD_OPTION' });
});

test('dates: the result does not depend on sentences being given', () => {
  const text = 'On 3 January 2022, militants attacked. Just yesterday, over 3,200 were freed.';
  assert.deepEqual(recognizeDates(text, [], PUBLISHED), recognize(text));
});

test('dates: recognizeDatesMany gives each text what recognizeDates gives it alone', () => {
  const inputs = [
    { text: 'On 3 January 2022, militants attacked. Just yesterday, over 3,200 were freed.', published: PUBLISHED },
    { text: 'Police said nothing.', published: null },
    { text: 'Since the fall of Kabul in August 2021, attacks rose over the past two weeks; overnight raids followed on Friday.', published: PUBLISHED },
    { text: 'From March to May 2024 and in 1999, protests spread.', published: null },
  ].map((x) => ({ ...x, sentences: sentencesOf(x.text) }));
  const one = inputs.map((x) => recognizeDates(x.text, x.sentences, x.published));
  assert.deepEqual(recognizeDatesMany(inputs), one);
  assert.ok(one[0].length >= 2 && one[1].length === 0 && one[2].length >= 3, 'the texts test something');
  assert.throws(() => recognizeDatesMany([inputs[0], { ...inputs[1], published: '2026-02-30' }]), { code: 'E_BAD_OPTION' });
});

test('dates: results do not depend on the host time zone', () => {
  const text =
    'Gunmen attacked last night and on Friday; yesterday and two days ago, since 12 May 2013 and early next year.';
  const saved = process.env.TZ;
  const results: string[] = [];
  try {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      results.push(JSON.stringify(recognize(text)));
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
  assert.equal(results[1], results[0]);
  assert.equal(results[2], results[0]);
});

const ARTICLE = sharedPath('corpus/afpak-militant-releases.txt');

test('dates: the reference article', needsShared('corpus/afpak-militant-releases.txt'), () => {
  const text = readFileSync(ARTICLE, 'utf8');
  const got = recognize(text);
  assert.deepEqual(
    got.map((m) => [m.text, m.value?.start, m.value?.end, m.precision, m.relative, m.resolved, m.rule]),
    [
      ['August 2021', '2021-08-01', '2021-08-31', 'month', false, true, 'chrono:ENMonthNameParser'],
      ['yesterday', '2026-11-23', '2026-11-23', 'day', true, true, 'chrono:ENCasualDateParser'],
      ['prior to Kabul’s fall', '0001-01-01', '2021-08-15', 'range', false, true, 'known-event:fall-of-kabul:before'],
      // TimeML's FUTURE_REF: a mention with no calendar value.
      ['the near future', undefined, undefined, 'range', true, false, 'timeml:reference:future_ref'],
    ],
  );
  for (const m of got) assert.equal(text.slice(m.start, m.end), m.text);
});

test('year ranges and decades, whatever the case of "from" and "between" and whichever dash', () => {
  const cases: Array<[string, string, [string, string], string]> = [
    ['The fighting lasted from 1990 to 1995 in the north.', 'from 1990 to 1995', ['1990-01-01', '1995-12-31'], 'year-range'],
    ['THE WAR LASTED FROM 1990 TO 1995.', 'FROM 1990 TO 1995', ['1990-01-01', '1995-12-31'], 'year-range'],
    ['Talks held Between 2001 and 2004 failed.', 'Between 2001 and 2004', ['2001-01-01', '2004-12-31'], 'year-range'],
    ['The war (1994–1997) displaced thousands.', '1994–1997', ['1994-01-01', '1997-12-31'], 'year-range'],
    ['The war of 1994 - 1997 displaced thousands.', '1994 - 1997', ['1994-01-01', '1997-12-31'], 'year-range'],
    ['Violence rose in the 1990s.', 'the 1990s', ['1990-01-01', '1999-12-31'], 'decade'],
  ];
  for (const [text, span, value, rule] of cases) {
    const found = recognize(text).find((d) => d.rule === rule);
    assert.ok(found, `${rule} in ${text}`);
    assert.equal(found.text, span);
    assert.deepEqual([found.value?.start, found.value?.end], value);
  }
});

test('a chrono parser is left out of a sentence only when it finds nothing there (gates, word starts included)', () => {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const byName = new Map(config.parsers.map((p) => [p.constructor.name, p]));
  const sentences = [
    'Gunmen from South Africa and unknown militants moved overnight on the showed road.',
    'Shops shut onMonday and thisFriday; troops left lastnight, clashes began thismorning.',
    'A curfew began at midnight, at noon, (Sun) and ,Tue; the weekend, next week, nextweek.',
    'Known to locals, Monday-Friday 9/11 2021-03-04 3.4 five days ago, end of the month.',
    'Reports say FRIDAY TONIGHT, Yesterday, NOW and TMRW, 1/2, Sunday, Wednesday afternoon.',
  ];
  for (const sentence of sentences) {
    const { run, skipped } = chronoGatesFor(sentence);
    assert.ok(run.length + skipped.length > 0);
    for (const name of skipped) {
      const parser = byName.get(name)!;
      const found = new chrono.Chrono({ parsers: [parser], refiners: [] }).parse(sentence, new Date(Date.UTC(2026, 10, 24)));
      assert.deepEqual(found.map((r) => r.text), [], `${name} left out of "${sentence}"`);
    }
  }
  // The word-start gates do leave parsers out where their words sit inside other words.
  assert.ok(chronoGatesFor('Militants from Africa, unknown men, overnight.').skipped.includes('ENWeekdayParser'));
  assert.ok(chronoGatesFor('Militants from Africa, unknown men, overnight.').skipped.includes('ENCasualDateParser'));
  assert.ok(chronoGatesFor('Militants from Africa, unknown men, overnight.').skipped.includes('ENCasualTimeParser'));
  assert.ok(chronoGatesFor('Shops shut onMonday.').run.includes('ENWeekdayParser'));
  assert.ok(chronoGatesFor('They left lastnight.').run.includes('ENCasualDateParser'));
  assert.ok(chronoGatesFor('A curfew from midnight.').run.includes('ENCasualTimeParser'));
});
