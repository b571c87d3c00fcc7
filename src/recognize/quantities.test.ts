import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDoc, type Article, type Doc, type Qualifier, type Sentence } from '../model/types.ts';
import { recognizeDates } from './dates.ts';
import { recognizeQuantities } from './quantities.ts';

// Counts in real-style sentences: digits, number words and vague amounts, each with the
// qualifier in front of it, and years that belong to dates left alone.

const PUBLISHED = '2026-11-24';

const ARTICLE: Article = {
  id: 'art-test',
  title: null,
  published: PUBLISHED,
  source: null,
  url: null,
  byline: null,
  language: 'en',
};

/** A doc whose only sentence is the whole text; dates recognised, or none at all. */
function docOf(text: string, dates: 'recognize' | 'none'): Doc {
  const doc = emptyDoc(ARTICLE, text);
  const sentences: Sentence[] = [{ start: 0, end: text.length, heading: false, paragraph: 0 }];
  doc.sentences = sentences;
  doc.dates = dates === 'recognize' ? recognizeDates(text, sentences, PUBLISHED) : [];
  return doc;
}

interface Expected {
  text: string;
  start: number;
  end: number;
  /** Where the number itself starts, after a qualifier such as "over". */
  numberStart?: number;
  value: number;
  qualifier: Qualifier;
  rule?: string;
}

interface Case {
  name: string;
  text: string;
  dates: 'recognize' | 'none';
  expect: Expected[];
  todo?: string;
}

const cases: Case[] = [
  {
    name: '"over 3,200" is at least 3,200 (reference article)',
    text: 'Just yesterday, over 3,200 of these militants were released.',
    dates: 'recognize',
    expect: [
      { text: 'over 3,200', start: 16, end: 26, numberStart: 21, value: 3200, qualifier: 'at-least', rule: 'quantity:digits+qualifier:over' },
    ],
  },
  {
    name: '"a further 4,300" is exactly 4,300; "further" is not a qualifier',
    text: 'Following the release of the initial 3,200, a further 4,300 prisoners have had their sentences reduced.',
    dates: 'recognize',
    expect: [
      { text: '3,200', start: 37, end: 42, value: 3200, qualifier: 'exact', rule: 'quantity:digits' },
      { text: '4,300', start: 54, end: 59, numberStart: 54, value: 4300, qualifier: 'exact', rule: 'quantity:digits' },
    ],
  },
  {
    name: '"Nearly 100" is about 100',
    text: 'Nearly 100 families fled the fighting in Kurram.',
    dates: 'recognize',
    expect: [{ text: 'Nearly 100', start: 0, end: 10, numberStart: 7, value: 100, qualifier: 'about', rule: 'quantity:digits+qualifier:nearly' }],
  },
  {
    name: '"thousands" is about a few thousand; "August 2021" is a date, not a count',
    text: 'The Taliban has freed thousands of militants since August 2021.',
    dates: 'recognize',
    expect: [{ text: 'thousands', start: 22, end: 31, value: 2000, qualifier: 'about', rule: 'quantity:vague:thousands' }],
  },
  {
    name: '"Dozens" is about two dozen; "several" is at least three',
    text: 'Dozens of people were wounded and several shops were destroyed in the blast.',
    dates: 'recognize',
    expect: [
      { text: 'Dozens', start: 0, end: 6, value: 24, qualifier: 'about', rule: 'quantity:vague:dozens' },
      { text: 'several', start: 34, end: 41, value: 3, qualifier: 'at-least', rule: 'quantity:vague:several' },
    ],
  },
  {
    name: 'number words: "seven" and "twenty-five"',
    text: 'Gunmen killed seven policemen and twenty-five civilians near Parachinar.',
    dates: 'recognize',
    expect: [
      { text: 'seven', start: 14, end: 19, value: 7, qualifier: 'exact', rule: 'quantity:words' },
      { text: 'twenty-five', start: 34, end: 45, value: 25, qualifier: 'exact', rule: 'quantity:words' },
    ],
  },
  {
    name: '"Two hundred" and "1.5 million"',
    text: 'Two hundred villagers fled, and 1.5 million people need aid.',
    dates: 'recognize',
    expect: [
      { text: 'Two hundred', start: 0, end: 11, value: 200, qualifier: 'exact', rule: 'quantity:words' },
      { text: '1.5 million', start: 32, end: 43, value: 1_500_000, qualifier: 'exact', rule: 'quantity:digits' },
    ],
  },
  {
    name: '"Three hundred and fifty"',
    text: 'Three hundred and fifty prisoners were freed from Pul-e-Charkhi.',
    dates: 'recognize',
    expect: [{ text: 'Three hundred and fifty', start: 0, end: 23, value: 350, qualifier: 'exact', rule: 'quantity:words' }],
  },
  {
    name: '"At least 12" is at least; "up to 40" is at most',
    text: 'At least 12 soldiers were killed and up to 40 were wounded.',
    dates: 'recognize',
    expect: [
      { text: 'At least 12', start: 0, end: 11, numberStart: 9, value: 12, qualifier: 'at-least', rule: 'quantity:digits+qualifier:at least' },
      { text: 'up to 40', start: 37, end: 45, numberStart: 43, value: 40, qualifier: 'at-most', rule: 'quantity:digits+qualifier:up to' },
    ],
  },
  {
    name: '"More than 1,000" and "An estimated 5,000"',
    text: 'More than 1,000 people protested in Quetta, and an estimated 5,000 marched in Chaman.',
    dates: 'recognize',
    expect: [
      { text: 'More than 1,000', start: 0, end: 15, numberStart: 10, value: 1000, qualifier: 'at-least' },
      { text: 'an estimated 5,000', start: 48, end: 66, numberStart: 61, value: 5000, qualifier: 'about' },
    ],
  },
  {
    name: '"Tens of thousands" is one vague amount',
    text: 'Tens of thousands of refugees crossed the border at Torkham.',
    dates: 'recognize',
    expect: [{ text: 'Tens of thousands', start: 0, end: 17, value: 20_000, qualifier: 'about', rule: 'quantity:vague:tens of thousands' }],
  },
  {
    name: 'years after "since" and "in" are not counts, even without a date recogniser',
    text: 'The group has grown since 2021 and attacks rose in 2023.',
    dates: 'none',
    expect: [],
  },
  {
    name: 'years after "since" and "in" are not counts, with dates recognised',
    text: 'The group has grown since 2021 and attacks rose in 2023.',
    dates: 'recognize',
    expect: [],
  },
  {
    name: '"August 2021" belongs to the date; the count after it is kept',
    text: 'The attack in August 2021 killed 13 US troops at Kabul airport.',
    dates: 'recognize',
    expect: [{ text: '13', start: 33, end: 35, value: 13, qualifier: 'exact', rule: 'quantity:digits' }],
  },
  {
    name: 'a full date ("12 May 2013") holds no count',
    text: 'On 12 May 2013, gunmen attacked a polling station in Peshawar.',
    dates: 'recognize',
    expect: [],
  },
  {
    name: 'a year-shaped count that is not after a preposition is a count',
    text: 'In 2021 alone, 2021 people died in attacks across the province.',
    dates: 'recognize',
    expect: [{ text: '2021', start: 15, end: 19, value: 2021, qualifier: 'exact', rule: 'quantity:digits' }],
  },
  {
    name: 'a post-posed qualifier ("Fifty or so") makes the count approximate',
    text: 'Fifty or so militants attacked the post in Bajaur.',
    dates: 'recognize',
    expect: [{ text: 'Fifty or so', start: 0, end: 11, numberStart: 0, value: 50, qualifier: 'about' }],
  },
  {
    name: 'a year used as a modifier ("The 2021 takeover") is not a count',
    text: 'The 2021 takeover changed everything for the TTP.',
    dates: 'recognize',
    expect: [],
  },
  {
    name: 'a year after a possessive ("its 2019 report", "Pakistan’s 2014 offensive") is not a count',
    text: 'In its 2019 report the commission recalled Pakistan’s 2014 offensive in North Waziristan.',
    dates: 'none',
    expect: [],
  },
  {
    name: 'a year-like number before people counted is a count, with or without a determiner',
    text: 'Police said 1950 militants were arrested and the 2000 prisoners freed last week had fled.',
    dates: 'recognize',
    expect: [
      { text: '1950', start: 12, end: 16, value: 1950, qualifier: 'exact', rule: 'quantity:digits' },
      { text: '2000', start: 49, end: 53, value: 2000, qualifier: 'exact', rule: 'quantity:digits' },
    ],
  },
  {
    name: 'a number with a thousands separator is never a year ("the 2,021 people")',
    text: 'The 2,021 people displaced by the fighting returned to Tirah.',
    dates: 'recognize',
    expect: [{ text: '2,021', start: 4, end: 9, value: 2021, qualifier: 'exact', rule: 'quantity:digits' }],
  },
  {
    name: 'post-posed qualifiers: "or more" is at least, "or fewer" at most, "-plus" and "+" at least',
    text: 'Twenty or more militants, 30-plus soldiers and 100+ families fled, leaving ten or fewer behind.',
    dates: 'none',
    expect: [
      { text: 'Twenty or more', start: 0, end: 14, numberStart: 0, value: 20, qualifier: 'at-least', rule: 'quantity:words+post-qualifier:or more' },
      { text: '30-plus', start: 26, end: 33, numberStart: 26, value: 30, qualifier: 'at-least', rule: 'quantity:digits+post-qualifier:-plus' },
      { text: '100+', start: 47, end: 51, numberStart: 47, value: 100, qualifier: 'at-least', rule: 'quantity:digits+post-qualifier:+' },
      { text: 'ten or fewer', start: 75, end: 87, numberStart: 75, value: 10, qualifier: 'at-most', rule: 'quantity:words+post-qualifier:or fewer' },
    ],
  },
  {
    name: 'a qualifier before the number wins over one after it ("about 50 or more")',
    text: 'About 50 or more gunmen stormed the checkpoint.',
    dates: 'none',
    expect: [{ text: 'About 50 or more', start: 0, end: 16, numberStart: 6, value: 50, qualifier: 'about' }],
  },
  {
    name: '"no one" is a pronoun for nobody, not one; "one of" and "One soldier" still count',
    text: 'No one was hurt and no one was arrested. One soldier was killed and one of the guards fled.',
    dates: 'none',
    expect: [
      { text: 'One', start: 41, end: 44, value: 1, qualifier: 'exact' },
      { text: 'one', start: 68, end: 71, value: 1, qualifier: 'exact' },
    ],
  },
];

for (const c of cases) {
  test(c.name, c.todo ? { todo: c.todo } : {}, () => {
    const got = recognizeQuantities(docOf(c.text, c.dates));
    assert.deepEqual(
      got.map((q) => ({ text: q.text, start: q.start, end: q.end, value: q.value, qualifier: q.qualifier })),
      c.expect.map((e) => ({ text: e.text, start: e.start, end: e.end, value: e.value, qualifier: e.qualifier })),
    );
    c.expect.forEach((e, i) => {
      assert.equal(c.text.slice(e.start, e.end), e.text, 'the table’s offsets match its text');
      assert.equal(got[i].text, c.text.slice(got[i].start, got[i].end));
      if (e.numberStart !== undefined) assert.equal(got[i].numberStart, e.numberStart, `numberStart of "${e.text}"`);
      if (e.rule !== undefined) assert.equal(got[i].rule, e.rule, `rule of "${e.text}"`);
    });
  });
}

test('"thousands" means at least a thousand', () => {
  const [q] = recognizeQuantities(docOf('Thousands of families have fled Tirah valley.', 'recognize'));
  assert.equal(q.text, 'Thousands');
  assert.equal(q.qualifier, 'about');
  assert.ok(q.value >= 1000, `value ${q.value} should be at least 1000`);
});

test('a quantity is not found twice, and results are in text order', () => {
  const text = 'Over 3,200 militants, including 1,200 commanders, were freed; dozens more fled.';
  const got = recognizeQuantities(docOf(text, 'recognize'));
  assert.deepEqual(got.map((q) => q.text), ['Over 3,200', '1,200', 'dozens']);
  for (let i = 1; i < got.length; i++) assert.ok(got[i - 1].end <= got[i].start);
});
