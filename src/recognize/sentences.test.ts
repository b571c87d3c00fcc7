import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadingLine, splitSentences } from './sentences.ts';

// Sentence and heading boundaries on real-style news text: abbreviations and decimals must not
// end a sentence, closing quotes stay with their sentence, and short lines without final
// punctuation are headings. Every expected sentence is given with its exact offsets.

interface Expected {
  text: string;
  start: number;
  end: number;
  heading?: boolean;
  paragraph?: number;
}

interface Case {
  name: string;
  text: string;
  expect: Expected[];
  todo?: string;
}

const cases: Case[] = [
  {
    name: 'military ranks before a name ("Lt. Gen. Asim Munir")',
    text: 'Lt. Gen. Asim Munir visited Peshawar on Monday. He met U.S. forces near the border.',
    expect: [
      { text: 'Lt. Gen. Asim Munir visited Peshawar on Monday.', start: 0, end: 47 },
      { text: 'He met U.S. forces near the border.', start: 48, end: 83 },
    ],
  },
  {
    name: '"U.S." at the start of a sentence',
    text: 'U.S. forces withdrew in 2021. The Taliban returned to power.',
    expect: [
      { text: 'U.S. forces withdrew in 2021.', start: 0, end: 29 },
      { text: 'The Taliban returned to power.', start: 30, end: 60 },
    ],
  },
  {
    name: 'a place abbreviation ("D.I. Khan")',
    text: 'Militants attacked a checkpoint in D.I. Khan district. Two soldiers died.',
    expect: [
      { text: 'Militants attacked a checkpoint in D.I. Khan district.', start: 0, end: 54 },
      { text: 'Two soldiers died.', start: 55, end: 73 },
    ],
  },
  {
    name: 'a decimal ("3.5 million") is not a boundary',
    text: 'Nearly 3.5 million Afghans live in Pakistan. Many lack documents.',
    expect: [
      { text: 'Nearly 3.5 million Afghans live in Pakistan.', start: 0, end: 44 },
      { text: 'Many lack documents.', start: 45, end: 65 },
    ],
  },
  {
    name: 'a quotation ending a sentence keeps its closing quote',
    text: '“We will not allow attacks,” the minister said. “Our soil is not for terrorists.”',
    expect: [
      { text: '“We will not allow attacks,” the minister said.', start: 0, end: 47 },
      { text: '“Our soil is not for terrorists.”', start: 48, end: 81 },
    ],
  },
  {
    name: 'a full stop inside straight quotes, then a new sentence',
    text: 'He said: "The attackers fled." Police sealed the area.',
    expect: [
      { text: 'He said: "The attackers fled."', start: 0, end: 30 },
      { text: 'Police sealed the area.', start: 31, end: 54 },
    ],
  },
  {
    name: 'titles ("Gen.", "Dr.") and a middle initial ("J.")',
    text: 'Gen. Munir said the army would respond. Dr. Khan disagreed. Ahmed J. Khan left!',
    expect: [
      { text: 'Gen. Munir said the army would respond.', start: 0, end: 39 },
      { text: 'Dr. Khan disagreed.', start: 40, end: 59 },
      { text: 'Ahmed J. Khan left!', start: 60, end: 79 },
    ],
  },
  {
    name: 'a question and a short sentence are not headings',
    text: 'Who is responsible? Police said.',
    expect: [
      { text: 'Who is responsible?', start: 0, end: 19, heading: false },
      { text: 'Police said.', start: 20, end: 32, heading: false },
    ],
  },
  {
    name: 'a heading line, then a paragraph of two sentences',
    text: 'The Bigger Picture\nMilitants struck again. They fled.',
    expect: [
      { text: 'The Bigger Picture', start: 0, end: 18, heading: true, paragraph: 0 },
      { text: 'Militants struck again.', start: 19, end: 42, heading: false, paragraph: 1 },
      { text: 'They fled.', start: 43, end: 53, heading: false, paragraph: 1 },
    ],
  },
  {
    name: 'spaces around a line are trimmed from the span; paragraphs count non-blank lines',
    text: '  Gunmen Ambush Police Convoy in Kurram  \n\n  Seven policemen were killed.  ',
    expect: [
      { text: 'Gunmen Ambush Police Convoy in Kurram', start: 2, end: 39, heading: true, paragraph: 0 },
      { text: 'Seven policemen were killed.', start: 45, end: 73, heading: false, paragraph: 1 },
    ],
  },
  {
    name: 'a paragraph without final punctuation but longer than a heading is one sentence',
    text: 'Kabul frees thousands of militants as Pakistan goes on alert after the Taliban freed many more of them',
    expect: [
      {
        text: 'Kabul frees thousands of militants as Pakistan goes on alert after the Taliban freed many more of them',
        start: 0,
        end: 102,
        heading: false,
      },
    ],
  },
  {
    name: '"p.m." ending a sentence before a capitalised word',
    text: 'The attack occurred at 3 p.m. Police arrived later.',
    expect: [
      { text: 'The attack occurred at 3 p.m.', start: 0, end: 29 },
      { text: 'Police arrived later.', start: 30, end: 51 },
    ],
  },
  {
    name: '"a.m." and "p.m." before a lower-case word do not end the sentence',
    text: 'The blast at 9 a.m. killed two. Shops stayed shut until 5 p.m. on Monday.',
    expect: [
      { text: 'The blast at 9 a.m. killed two.', start: 0, end: 31 },
      { text: 'Shops stayed shut until 5 p.m. on Monday.', start: 32, end: 73 },
    ],
  },
  {
    name: '"U.S." before a name continues the sentence; before a sentence-opening word it ends it',
    text: 'He met U.S. Army officers in Kabul. Talks were held in the U.S. The Taliban did not attend.',
    expect: [
      { text: 'He met U.S. Army officers in Kabul.', start: 0, end: 35 },
      { text: 'Talks were held in the U.S.', start: 36, end: 63 },
      { text: 'The Taliban did not attend.', start: 64, end: 91 },
    ],
  },
  {
    name: 'a title never ends a sentence, even before a capital ("Mr. Khan", "No. 5")',
    text: 'Mr. Khan and Col. Ahmed met at Gate No. 5 in Peshawar.',
    expect: [{ text: 'Mr. Khan and Col. Ahmed met at Gate No. 5 in Peshawar.', start: 0, end: 54 }],
  },
];

describe('splitSentences', () => {
  for (const c of cases) {
    test(c.name, c.todo ? { todo: c.todo } : {}, () => {
      const got = splitSentences(c.text);
      assert.deepEqual(
        got.map((s) => ({ text: c.text.slice(s.start, s.end), start: s.start, end: s.end })),
        c.expect.map((e) => ({ text: e.text, start: e.start, end: e.end })),
      );
      c.expect.forEach((e, i) => {
        // The table's own offsets must agree with its text, or the table is wrong.
        assert.equal(c.text.slice(e.start, e.end), e.text);
        if (e.heading !== undefined) assert.equal(got[i].heading, e.heading, `heading of "${e.text}"`);
        if (e.paragraph !== undefined) assert.equal(got[i].paragraph, e.paragraph, `paragraph of "${e.text}"`);
      });
    });
  }

  test('initials the lexicon does not list lead into a name ("D.G. Khan", "T.T. Singh") unless a sentence opener follows', () => {
    const texts = (t: string) => splitSentences(t).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(texts('Police raided a house in D.G. Khan on Monday.'), ['Police raided a house in D.G. Khan on Monday.']);
    assert.deepEqual(texts('Farmers protested in T.T. Singh against water shortages.'), ['Farmers protested in T.T. Singh against water shortages.']);
    assert.deepEqual(texts('The rally was organised by the P.T.I. The police arrested ten workers.'), ['The rally was organised by the P.T.I.', 'The police arrested ten workers.']);
  });

  test('the word before a stop is read whole, letters outside ASCII included ("Ö.Z. Khan" is initials, "Ö.Z" is not cut to "Z")', () => {
    const texts = (t: string) => splitSentences(t).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(texts('Gunmen fired on a bus near Ö.Z. Khan on Monday.'), ['Gunmen fired on a bus near Ö.Z. Khan on Monday.']);
    // A word with no stop inside ends its sentence, whatever its letters.
    assert.deepEqual(texts('The blast hit Peşawar. Police sealed the area.'), ['The blast hit Peşawar.', 'Police sealed the area.']);
  });

  test('an agency slug ("UPDATE 1-", "REFILE-WRAPUP 2-", "CORRECTED-") is left out of its line\'s sentence', () => {
    const texts = (t: string) => splitSentences(t).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(texts("UPDATE 1-Blast near polio workers kills 2 in Pakistan's Peshawar."), ["Blast near polio workers kills 2 in Pakistan's Peshawar."]);
    assert.deepEqual(texts('REFILE-WRAPUP 2-Gunmen kill five soldiers in Bannu.\nFACTBOX-Attacks on polio teams'), ['Gunmen kill five soldiers in Bannu.', 'Attacks on polio teams']);
    assert.deepEqual(texts('CORRECTED-Suicide bomber kills 12 in Quetta. UPDATE 1-the rest stays.'), ['Suicide bomber kills 12 in Quetta.', 'UPDATE 1-the rest stays.']);
    // Not a slug: a hyphenated name, a slug word in lower case, a word that only starts like one.
    assert.deepEqual(texts('IS-KP claimed the attack in Kabul.'), ['IS-KP claimed the attack in Kabul.']);
    assert.deepEqual(texts('Update-Ready forces deployed in Swat.'), ['Update-Ready forces deployed in Swat.']);
    assert.deepEqual(texts('UPDATES-Police arrested two men.'), ['UPDATES-Police arrested two men.']);
  });

  test('empty and blank text give no sentences', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\n\t\n'), []);
  });
});

describe('isHeadingLine', () => {
  const table: Array<[string, boolean]> = [
    ['A Regional Security Alarm', true],
    ['Afghanistan’s Internal Turmoil Fuels Extremism', true],
    ['Attack in Quetta: 12 dead', true],
    ['  Prisoners and Promises  ', true],
    ['Police said.', false],
    ['Who is responsible?', false],
    ['“We will not allow it”', false],
    ['Gunmen ambushed a police convoy near Parachinar in Kurram district on Monday morning as it headed north', false],
    ['', false],
    ['   ', false],
  ];
  for (const [line, expected] of table) {
    test(`${JSON.stringify(line)} → ${expected}`, () => {
      assert.equal(isHeadingLine(line), expected);
    });
  }
});
