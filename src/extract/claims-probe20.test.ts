import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// Claims read wrong in AfPak probe articles of our own writing (session 20, news43): each text
// is sentences of one article, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

type Expected = ExpectedClaim;

const table = (cases: Array<[name: string, text: string, claims: Expected[]]>): void => claimsTable(PUBLISHED, cases);

describe('"went on to say" and "posted on X" report as "said" does', () => {
  table([
    [
      '"went on to say that …" after the speaker named in the sentence before',
      'District police officer Waqas Rafiq said the vaccinators were unhurt. Rafiq went on to say that the campaign had been suspended in two villages.',
      [
        ['District police officer Waqas Rafiq said the vaccinators were unhurt.', 'named', 'District police officer Waqas Rafiq', 'asserted'],
        ['Rafiq went on to say that the campaign had been suspended in two villages.', 'named', 'Rafiq', 'asserted'],
      ],
    ],
    [
      'an office "went on to say"',
      'The police chief went on to say that the guards had returned fire.',
      [['The police chief went on to say that the guards had returned fire.', 'official', 'The police chief', 'asserted']],
    ],
    [
      '"posted on X that …"',
      "Pakistan's foreign office posted on X that the border crossing at Torkham had been closed.",
      [["Pakistan's foreign office posted on X that the border crossing at Torkham had been closed.", 'official', "Pakistan's foreign office", 'asserted']],
    ],
    [
      '"posted on Telegram that …"',
      'The ministry posted on Telegram that four soldiers had been martyred.',
      [['The ministry posted on Telegram that four soldiers had been martyred.', 'official', 'The ministry', 'asserted']],
    ],
    [
      'a policeman posted at a checkpoint is no report',
      'Two policemen posted at the checkpoint were wounded.',
      [['Two policemen posted at the checkpoint were wounded.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe('"according to her" is the source the pronoun stands for', () => {
  table([
    [
      '"According to her," after a named spokeswoman',
      'A health department spokeswoman, Sana Jalil, said the drive would go on. According to her, at least 14 polio workers have been killed in the province this year.',
      [
        ['A health department spokeswoman, Sana Jalil, said the drive would go on.', 'named', 'A health department spokeswoman, Sana Jalil', 'predicted'],
        ['According to her, at least 14 polio workers have been killed in the province this year.', 'named', 'A health department spokeswoman, Sana Jalil', 'asserted'],
      ],
    ],
    [
      '"according to them" after officials',
      'Officials said the road had been reopened. Three more bodies were found on Monday, according to them.',
      [
        ['Officials said the road had been reopened.', 'official', 'Officials', 'asserted'],
        ['Three more bodies were found on Monday, according to them.', 'official', 'Officials', 'asserted'],
      ],
    ],
    [
      '"according to her family" is the family, not the pronoun',
      'The teacher was abducted on her way home, according to her family.',
      [['The teacher was abducted on her way home, according to her family.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe('a source noun with its body named in apposition', () => {
  table([
    [
      '"The military\'s media wing, the Inter-Services Public Relations (ISPR), said …", and "it" after it is the body',
      "The military's media wing, the Inter-Services Public Relations (ISPR), said in a statement that the attack had been repulsed. It said six terrorists were killed.",
      [
        [
          "The military's media wing, the Inter-Services Public Relations (ISPR), said in a statement that the attack had been repulsed.",
          'official',
          "The military's media wing, the Inter-Services Public Relations (ISPR)",
          'asserted',
        ],
        ['It said six terrorists were killed.', 'official', "The military's media wing, the Inter-Services Public Relations (ISPR)", 'asserted'],
      ],
    ],
    [
      'the apposition without its gloss',
      "The army's media wing, the Inter-Services Public Relations, said the curfew would be lifted.",
      [[
        "The army's media wing, the Inter-Services Public Relations, said the curfew would be lifted.",
        'official',
        "The army's media wing, the Inter-Services Public Relations",
        'predicted',
      ]],
    ],
  ]);
});

describe('an interviewee named after the outlet that interviewed them', () => {
  const text =
    "PESHAWAR: In an interview with this newspaper, the province's inspector general of police, Akhtar Hayat, spoke about the recent attacks.\n\n" +
    'Q: Who is behind them?\n\n' +
    'A: Most of them were carried out by the TTP. Some were claimed by the Hafiz Gul Bahadur group.';
  const hayat = "the province's inspector general of police, Akhtar Hayat";
  table([
    [
      '"an interview with this newspaper, <office>, <name>, spoke": the answers are the named officer\'s',
      text,
      [
        ["PESHAWAR: In an interview with this newspaper, the province's inspector general of police, Akhtar Hayat, spoke about the recent attacks.", 'unattributed', null, 'asserted'],
        ['Q: Who is behind them?', 'unattributed', null, 'asserted'],
        ['A: Most of them were carried out by the TTP.', 'named', hayat, 'asserted'],
        ['Some were claimed by the Hafiz Gul Bahadur group.', 'named', hayat, 'asserted'],
      ],
    ],
  ]);
  test('"an interview with Dawn, <office> <name> said": the answer is the name that ends the run of capitals before the verb', () => {
    const claims = claimsOf('In an interview with Dawn, KP police chief Akhtar Hayat said the force had lost 120 men this year.\n\nQ: Do the militants come from Afghanistan?\n\nA: We have evidence that their leaders live there.', PUBLISHED);
    assert.deepEqual(claims.slice(1), [
      ['Q: Do the militants come from Afghanistan?', 'unattributed', null, 'speculative'],
      ['A: We have evidence that their leaders live there.', 'named', 'KP police chief Akhtar Hayat', 'asserted'],
    ]);
  });
});

describe('a quotation running over two paragraphs is its closing source\'s', () => {
  table([
    [
      'the first paragraph left open, the second opened again and closed with the source',
      '"The team had finished its work and was walking back to the vehicle when two men on a motorcycle opened fire.\n\n' +
        '"Our guards returned fire, but both were hit in the chest," district police officer Waqas Rafiq said.',
      [
        ['"The team had finished its work and was walking back to the vehicle when two men on a motorcycle opened fire.', 'named', 'district police officer Waqas Rafiq', 'asserted'],
        ['"Our guards returned fire, but both were hit in the chest," district police officer Waqas Rafiq said.', 'named', 'district police officer Waqas Rafiq', 'asserted'],
      ],
    ],
    [
      'three paragraphs, the middle one all quotation; each sentence keeps its own certainty',
      '"We have lost 14 polio workers this year.\n\n' +
        '"Most of them were shot on their way home.\n\n' +
        '"We will not stop the campaign," the health department spokeswoman said.',
      [
        ['"We have lost 14 polio workers this year.', 'official', 'the health department spokeswoman', 'asserted'],
        ['"Most of them were shot on their way home.', 'official', 'the health department spokeswoman', 'asserted'],
        ['"We will not stop the campaign," the health department spokeswoman said.', 'official', 'the health department spokeswoman', 'predicted'],
      ],
    ],
    [
      'a paragraph whose quotation closes stays apart from the next quotation',
      '"The road is closed," a resident said.\n\n"Nobody has come to help us," another resident said.',
      [
        ['"The road is closed," a resident said.', 'anonymous', 'a resident', 'asserted'],
        ['"Nobody has come to help us," another resident said.', 'anonymous', 'another resident', 'asserted'],
      ],
    ],
    [
      'an unclosed paragraph before one that does not open with a quotation mark stays unattributed',
      '"The team had finished its work and was walking back to the vehicle.\n\nThe guards returned fire, police said.',
      [
        ['"The team had finished its work and was walking back to the vehicle.', 'unattributed', null, 'asserted'],
        ['The guards returned fire, police said.', 'official', 'police', 'asserted'],
      ],
    ],
  ]);
});

describe('a report inside "in which …" after a video or a statement', () => {
  table([
    [
      '"released a video message in which a commander said": the preposition goes with its clause',
      "The group's media wing, Umar Media, released a video message in which a commander said the attack was revenge for drone strikes.",
      [
        ["The group's media wing, Umar Media, released a video message", 'unattributed', null, 'asserted'],
        // The TTP's member since news47 (the outlet named in apposition makes it the group's video); was official.
        ['in which a commander said the attack was revenge for drone strikes.', 'named', 'a commander', 'asserted'],
      ],
    ],
    [
      '"released a statement in which it said": "it" is the sentence\'s subject, not "a statement in which it"',
      'The TTP released a statement in which it said the attack was revenge for drone strikes.',
      [
        ['The TTP released a statement', 'unattributed', null, 'asserted'],
        ['in which it said the attack was revenge for drone strikes.', 'self', 'TTP', 'asserted'],
      ],
    ],
  ]);
});

describe('"was likely to" in reported speech predicts; "is likely to have" infers the past', () => {
  table([
    [
      'analysts warned that violence "was likely to rise"',
      'Security analysts warned on Thursday that violence in the northwest was likely to rise further if the talks collapse.',
      [['Security analysts warned on Thursday that violence in the northwest was likely to rise further if the talks collapse.', 'expert', 'Security analysts', 'predicted']],
    ],
    [
      '"is likely to have entered" is a guess about what happened, hedged, no prediction',
      'The bomber is likely to have entered the compound at night, police said.',
      [['The bomber is likely to have entered the compound at night, police said.', 'official', 'police', 'hedged']],
    ],
  ]);
});

describe('a linking adverb in commas between a source and its verb', () => {
  table([
    [
      '"The minister, however, said …"',
      'The minister, however, said that the strikes had hit militant hideouts.',
      [['The minister, however, said that the strikes had hit militant hideouts.', 'official', 'The minister', 'asserted']],
    ],
    [
      '"The Afghan defence ministry, for its part, denied …"',
      'The Afghan defence ministry, for its part, denied that any strike had taken place in Paktika.',
      [['The Afghan defence ministry, for its part, denied that any strike had taken place in Paktika.', 'official', 'The Afghan defence ministry', 'denied']],
    ],
  ]);
});

describe('a report going on with a denial is two claims', () => {
  table([
    [
      '"insisted that … and denied that …": the denial does not deny the first report',
      'A Pakistani security official insisted that the strikes had hit militant hideouts and denied that civilians were killed.',
      [
        ['A Pakistani security official insisted that the strikes had hit militant hideouts', 'official', 'A Pakistani security official', 'asserted'],
        ['denied that civilians were killed.', 'official', 'A Pakistani security official', 'denied'],
      ],
    ],
    [
      '"said … and added that …" of one certainty stays one claim',
      'The police chief said three militants were killed and added that two had escaped.',
      [['The police chief said three militants were killed and added that two had escaped.', 'official', 'The police chief', 'asserted']],
    ],
  ]);
});
