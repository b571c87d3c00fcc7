import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// What the session-20 probe round on claims (news43) left (session 20, news44): each text is
// sentences of our own writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

type Expected = ExpectedClaim;

const table = (cases: Array<[name: string, text: string, claims: Expected[]]>): void => claimsTable(PUBLISHED, cases);

const GUL = 'Health department spokeswoman Sana Gul';

describe('"according to her" reaches back in its paragraph to the one person who spoke there', () => {
  table([
    [
      'three sentences after the spokeswoman, with no other person speaking: hers',
      `${GUL} said the team had been working in the area for a week. The campaign was suspended in three union councils. Workers were sent home for two days. According to her, the drive will resume on Thursday.`,
      [
        [`${GUL} said the team had been working in the area for a week.`, 'named', GUL, 'asserted'],
        ['The campaign was suspended in three union councils.', 'unattributed', null, 'asserted'],
        ['Workers were sent home for two days.', 'unattributed', null, 'asserted'],
        ['According to her, the drive will resume on Thursday.', 'named', GUL, 'predicted'],
      ],
    ],
    [
      'a spokesman between them is no "her": still the spokeswoman',
      `${GUL} said the team had been working in the area for a week. Police spokesman Ali Shah said the attackers fled. The campaign was suspended in three union councils. Workers were sent home for two days. According to her, the drive will resume on Thursday.`,
      [
        [`${GUL} said the team had been working in the area for a week.`, 'named', GUL, 'asserted'],
        ['Police spokesman Ali Shah said the attackers fled.', 'named', 'Police spokesman Ali Shah', 'asserted'],
        ['The campaign was suspended in three union councils.', 'unattributed', null, 'asserted'],
        ['Workers were sent home for two days.', 'unattributed', null, 'asserted'],
        ['According to her, the drive will resume on Thursday.', 'named', GUL, 'predicted'],
      ],
    ],
    [
      'another person who may be "her" spoke in between: no source',
      `${GUL} said the team had been working in the area for a week. District officer Amjad Khan said the attackers fled. The campaign was suspended in three union councils. Workers were sent home for two days. According to her, the drive will resume on Thursday.`,
      [
        [`${GUL} said the team had been working in the area for a week.`, 'named', GUL, 'asserted'],
        ['District officer Amjad Khan said the attackers fled.', 'named', 'District officer Amjad Khan', 'asserted'],
        ['The campaign was suspended in three union councils.', 'unattributed', null, 'asserted'],
        ['Workers were sent home for two days.', 'unattributed', null, 'asserted'],
        ['According to her, the drive will resume on Thursday.', 'unattributed', null, 'predicted'],
      ],
    ],
    [
      'the spokeswoman spoke in the paragraph before: no source',
      `${GUL} said the team had been working in the area for a week.\n\nThe campaign was suspended in three union councils. Workers were sent home. Schools were shut. According to her, the drive will resume on Thursday.`,
      [
        [`${GUL} said the team had been working in the area for a week.`, 'named', GUL, 'asserted'],
        ['The campaign was suspended in three union councils.', 'unattributed', null, 'asserted'],
        ['Workers were sent home.', 'unattributed', null, 'asserted'],
        ['Schools were shut.', 'unattributed', null, 'asserted'],
        ['According to her, the drive will resume on Thursday.', 'unattributed', null, 'predicted'],
      ],
    ],
  ]);

  test('"workers" opening the sentence before is no "her"', () => {
    const c = analyze(`${GUL} said the team had left. Workers were sent home for two days. According to her, the drive will resume on Thursday.`, { published: PUBLISHED }).claims;
    assert.deepEqual([c[2].attribution.kind, c[2].attribution.source], ['named', GUL]);
  });
});

describe('an interview question asserts nothing: no hedge model verdict', () => {
  test('"Q: How many attacks …?" keeps the certainty its cues give, with rule +question', () => {
    const c = analyze('Police chief Akhtar Hayat spoke to this newspaper.\n\nQ: How many attacks has the police faced this year?\nA: We have faced 412 attacks since January.', { published: PUBLISHED }).claims;
    const q = c.find((x) => x.text.startsWith('Q:'))!;
    assert.equal(q.certainty, 'asserted');
    assert.equal(q.certaintyModel, undefined);
    assert.match(q.rule, /\+question$/);
    assert.doesNotMatch(c.find((x) => x.text.startsWith('A:'))!.rule, /question/);
  });
  test('a yes/no question puts its proposition up as a possibility: speculative, by rule', () => {
    const c = analyze('Police chief Akhtar Hayat spoke to this newspaper.\n\nQ: Is the TTP behind the attacks in Bannu?\nA: The TTP claimed most of them.', { published: PUBLISHED }).claims;
    const q = c.find((x) => x.text.startsWith('Q:'))!;
    assert.deepEqual([q.certainty, q.certaintyModel, /\+question:polar$/.test(q.rule)], ['speculative', undefined, true]);
  });
});

describe("an armed group's commander and its own outlets speak for the group", () => {
  table([
    [
      '"in which a commander said" in the group\'s own video',
      'The TTP released a video in which a commander said the fighters had returned safely.',
      [
        ['The TTP released a video', 'unattributed', null, 'asserted'],
        ['in which a commander said the fighters had returned safely.', 'named', 'a commander', 'asserted'],
      ],
    ],
    [
      '"A commander of the TTP said", as "A TTP commander said"',
      'A commander of the TTP said the fighters had returned safely.',
      [['A commander of the TTP said the fighters had returned safely.', 'named', 'A commander of the TTP', 'asserted']],
    ],
    [
      'a police commander is still an official',
      'A police commander said two suspects were held.',
      [['A police commander said two suspects were held.', 'official', 'A police commander', 'asserted']],
    ],
    [
      '"Umar Media said": the TTP\'s outlet',
      'Umar Media said the fighters had returned safely.',
      [['Umar Media said the fighters had returned safely.', 'named', 'Umar Media', 'asserted']],
    ],
    [
      'a news agency that is no group\'s outlet stays media',
      'Pajhwok said the fighters had returned safely.',
      [['Pajhwok said the fighters had returned safely.', 'media', 'Pajhwok', 'asserted']],
    ],
  ]);

  table([
    [
      'the outlet speaks as its group, and for its branch where the act was: "Amaq said Islamic State fighters attacked …" is self',
      'Amaq said Islamic State fighters attacked a checkpost in Jalalabad.',
      [['Amaq said Islamic State fighters attacked a checkpost in Jalalabad.', 'self', 'Amaq', 'asserted']],
    ],
  ]);
});

describe('a group denying its own part speaks of itself', () => {
  table([
    [
      '"The TTP denied involvement in …"',
      'The TTP denied involvement in the market bombing.',
      [['The TTP denied involvement in the market bombing.', 'self', 'TTP', 'denied']],
    ],
    [
      '"; however, the Taliban denied involvement …"',
      'A Taliban flag was found at the scene; however, the Taliban denied involvement in the attack.',
      [
        // The cut is before the source's article since news47 (it was after "the").
        ['A Taliban flag was found at the scene', 'unattributed', null, 'asserted'],
        ['the Taliban denied involvement in the attack.', 'self', 'Taliban', 'denied'],
      ],
    ],
    [
      'unnamed militants denying are no one actor',
      'Militants denied involvement in the attack.',
      [['Militants denied involvement in the attack.', 'anonymous', 'Militants', 'denied']],
    ],
    [
      'a denial of what another said is no own part',
      'The TTP denied reports that its chief had been killed.',
      [['The TTP denied reports that its chief had been killed.', 'named', 'TTP', 'denied']],
    ],
  ]);
});

describe('a document set out after its source\'s colon is that source\'s while it runs', () => {
  table([
    [
      '"In a press release, the CTD said: …" to the end of the paragraph',
      'Police arrested three suspects in Peshawar on Friday.\n\nIn a press release, the CTD said: The suspects were planning attacks on police stations. Explosives and two rifles were recovered from their hideout.\n\nThe arrests come a week after a bombing in the city.',
      [
        ['Police arrested three suspects in Peshawar on Friday.', 'unattributed', null, 'asserted'],
        ['In a press release, the CTD said: The suspects were planning attacks on police stations.', 'official', 'CTD', 'asserted'],
        ['Explosives and two rifles were recovered from their hideout.', 'official', 'CTD', 'asserted'],
        ['The arrests come a week after a bombing in the city.', 'unattributed', null, 'asserted'],
      ],
    ],
    [
      'a sentence with a source of its own ends it',
      'In a press release, the CTD said: The suspects were planning attacks on police stations. Residents said the raid lasted two hours. Two rifles were recovered.',
      [
        ['In a press release, the CTD said: The suspects were planning attacks on police stations.', 'official', 'CTD', 'asserted'],
        ['Residents said the raid lasted two hours.', 'anonymous', 'Residents', 'asserted'],
        ['Two rifles were recovered.', 'unattributed', null, 'asserted'],
      ],
    ],
    [
      'no colon, no document: the next sentence is not the source\'s',
      'The CTD said the suspects were planning attacks on police stations. Two rifles were recovered.',
      [
        ['The CTD said the suspects were planning attacks on police stations.', 'official', 'CTD', 'asserted'],
        ['Two rifles were recovered.', 'unattributed', null, 'asserted'],
      ],
    ],
  ]);
});

describe('the sentences under a release header are its issuer\'s', () => {
  const RELEASE =
    'Police foil terror plot in Lahore\n\nPRESS RELEASE\n\nThe Counter Terrorism Department arrested three suspects in Lahore on Friday. Two rifles were recovered from their hideout. According to the CTD spokesperson, the suspects were planning to attack police stations.';
  table([
    [
      'the release names its issuer in its third sentence: all three are the spokesperson\'s',
      RELEASE,
      [
        ['The Counter Terrorism Department arrested three suspects in Lahore on Friday.', 'self', 'the CTD spokesperson', 'asserted'],
        ['Two rifles were recovered from their hideout.', 'official', 'the CTD spokesperson', 'asserted'],
        ['According to the CTD spokesperson, the suspects were planning to attack police stations.', 'official', 'the CTD spokesperson', 'asserted'],
      ],
    ],
    [
      'a release that names no issuer stays unattributed',
      'Police foil terror plot in Lahore\n\nPRESS RELEASE\n\nThree suspects were arrested in Lahore on Friday. Two rifles were recovered from their hideout.',
      [
        ['Three suspects were arrested in Lahore on Friday.', 'unattributed', null, 'asserted'],
        ['Two rifles were recovered from their hideout.', 'unattributed', null, 'asserted'],
      ],
    ],
    [
      'with no release header, a source later in the paragraph covers no sentence before it',
      'Police foil terror plot in Lahore\n\nThe Counter Terrorism Department arrested three suspects in Lahore on Friday. Two rifles were recovered from their hideout. According to the CTD spokesperson, the suspects were planning to attack police stations.',
      [
        ['The Counter Terrorism Department arrested three suspects in Lahore on Friday.', 'unattributed', null, 'asserted'],
        ['Two rifles were recovered from their hideout.', 'unattributed', null, 'asserted'],
        ['According to the CTD spokesperson, the suspects were planning to attack police stations.', 'official', 'the CTD spokesperson', 'asserted'],
      ],
    ],
  ]);
});

describe('the act of a denied clause is no event', () => {
  const attacks = (text: string) => analyze(text, { published: PUBLISHED }).events.filter((e) => e.type === 'attack').length;
  test('"denied that civilians were killed": no attack', () => {
    assert.equal(attacks('A Pakistani security official said the strikes had hit militant hideouts and denied that civilians were killed.'), 0);
  });
  test('"rejected reports that … killed": no attack', () => {
    assert.equal(attacks('The army rejected reports that soldiers had killed three farmers in Kurram.'), 0);
  });
  test('"denied any role in the attack that killed 12" keeps the attack', () => {
    assert.equal(attacks('The TTP denied any role in the attack on a checkpost in Bannu that killed 12 soldiers.'), 1);
  });
  test('a killing told after the denial, past its comma, is one', () => {
    assert.equal(attacks('The official denied that the jets had hit a village, but militants killed two guards in Khost.'), 1);
  });
  // (session 23) A gerund right after the denial is the denied act itself.
  test('"denied firing into Afghan territory", "denied having attacked": no event', () => {
    const events = (text: string) => analyze(text, { published: PUBLISHED }).events.map((e) => e.type);
    assert.deepEqual(events("Pakistan's military denied firing into Afghan territory."), []);
    assert.deepEqual(events('The army denied shelling the village in Kunar.'), []);
    assert.deepEqual(events('The TTP denied having attacked the checkpoint in Bannu.'), []);
    assert.deepEqual(events('The army denied the report, and shelling resumed in Kunar on Monday.'), ['bombing']);
  });
});
