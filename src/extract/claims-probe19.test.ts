import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// Claims read wrong in AfPak probe articles of our own writing (session 19): each sentence is
// one article, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2023-02-01';

type Expected = ExpectedClaim;

const table = (cases: Array<[name: string, text: string, claims: Expected[]]>): void => claimsTable(PUBLISHED, cases);

describe('a quotation told to a news conference, a briefing or parliament is the teller\'s one claim', () => {
  table([
    [
      '"…," the police chief told a news conference.',
      '"We have identified the facilitators," the police chief told a news conference.',
      [['"We have identified the facilitators," the police chief told a news conference.', 'official', 'the police chief', 'asserted']],
    ],
    [
      'a press conference with where it was held',
      '"The attackers came from across the border," the interior minister told a press conference in Islamabad.',
      [['"The attackers came from across the border," the interior minister told a press conference in Islamabad.', 'official', 'the interior minister', 'asserted']],
    ],
    [
      'a press briefing with when it was held',
      '"Security has been tightened at all entry points," the provincial spokesman told a press briefing on Tuesday.',
      [['"Security has been tightened at all entry points," the provincial spokesman told a press briefing on Tuesday.', 'official', 'the provincial spokesman', 'asserted']],
    ],
    [
      'one word before the audience, then place and day',
      '"We have arrested four facilitators," the police chief told a joint news conference in Peshawar on Monday.',
      [['"We have arrested four facilitators," the police chief told a joint news conference in Peshawar on Monday.', 'official', 'the police chief', 'asserted']],
    ],
    [
      'a report told to parliament',
      'Nine soldiers were killed in the ambush, the defence minister told parliament.',
      [['Nine soldiers were killed in the ambush, the defence minister told parliament.', 'official', 'the defence minister', 'asserted']],
    ],
    [
      'an audience with who made it up',
      'Three policemen were wounded, the provincial minister told a gathering of tribal elders.',
      [['Three policemen were wounded, the provincial minister told a gathering of tribal elders.', 'official', 'the provincial minister', 'asserted']],
    ],
    [
      'a source and its audience set in commas inside what it says',
      'The attackers, the interior minister told a news conference, had come from Afghanistan.',
      [['The attackers, the interior minister told a news conference, had come from Afghanistan.', 'official', 'the interior minister', 'asserted']],
    ],
    [
      '"X told a news conference that …" was already one claim, and stays so',
      'The police chief told a news conference that the facilitators had been identified.',
      [['The police chief told a news conference that the facilitators had been identified.', 'official', 'The police chief', 'asserted']],
    ],
  ]);
});

describe('investigators are an official source, and what they believe, suspect or think is hedged', () => {
  table([
    [
      '"Investigators believe …"',
      'Investigators believe the bomber entered the compound wearing a police uniform.',
      [['Investigators believe the bomber entered the compound wearing a police uniform.', 'official', 'Investigators', 'hedged']],
    ],
    [
      '"Police investigators suspect …"',
      'Police investigators suspect the explosives were smuggled in a water tanker.',
      [['Police investigators suspect the explosives were smuggled in a water tanker.', 'official', 'Police investigators', 'hedged']],
    ],
    [
      '"Detectives think …"',
      'Detectives think the attackers had help from inside the prison.',
      [['Detectives think the attackers had help from inside the prison.', 'official', 'Detectives', 'hedged']],
    ],
    [
      '"Forensic teams believe …"',
      'Forensic teams believe the device contained about 10 kilograms of explosives.',
      [['Forensic teams believe the device contained about 10 kilograms of explosives.', 'official', 'Forensic teams', 'hedged']],
    ],
    [
      'what investigators said is asserted',
      'The investigators said the bomber had entered the compound on foot.',
      [['The investigators said the bomber had entered the compound on foot.', 'official', 'The investigators', 'asserted']],
    ],
    [
      '"Analysts believe … could …" stays speculative by its modal',
      'Analysts believe the group could strike again before the elections.',
      [['Analysts believe the group could strike again before the elections.', 'expert', 'Analysts', 'speculative']],
    ],
  ]);
});

describe('"suspects" after a count or a determiner is the police\'s noun, not a source suspecting', () => {
  table([
    [
      '"police in Karachi arrested three suspects linked to …, the minister said": the minister\'s asserted claim',
      'Separately, police in Karachi arrested three suspects linked to an attack on Chinese nationals last month, the provincial home minister said.',
      [
        [
          'Separately, police in Karachi arrested three suspects linked to an attack on Chinese nationals last month, the provincial home minister said.',
          'official',
          'the provincial home minister',
          'asserted',
        ],
      ],
    ],
    [
      '"the suspects" after a reporting verb',
      'Police said the suspects had confessed to planting the bomb.',
      [['Police said the suspects had confessed to planting the bomb.', 'official', 'Police', 'asserted']],
    ],
    [
      'a source that suspects is still hedged, beside a count of suspects',
      'Officials said two suspects were arrested near the border, and police suspect they were sent from Afghanistan.',
      [
        ['Officials said two suspects were arrested near the border', 'official', 'Officials', 'asserted'],
        ['police suspect they were sent from Afghanistan.', 'official', 'police', 'hedged'],
      ],
    ],
  ]);
});

describe('a round count of news is no weasel quantifier to the hedge model', () => {
  table([
    [
      '"Residents said hundreds of families had fled …" is asserted',
      'Residents said hundreds of families had fled the Tirah valley.',
      [['Residents said hundreds of families had fled the Tirah valley.', 'anonymous', 'Residents', 'asserted']],
    ],
    [
      '"Thousands of people attended …" is asserted',
      'Thousands of people attended the funeral prayers in Peshawar.',
      [['Thousands of people attended the funeral prayers in Peshawar.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe('district and police officers by office are official sources', () => {
  table([
    [
      '"…, the deputy commissioner said."',
      'Three policemen were wounded, the deputy commissioner said.',
      [['Three policemen were wounded, the deputy commissioner said.', 'official', 'the deputy commissioner', 'asserted']],
    ],
    [
      '"…," the inspector general said.',
      '"We have arrested four facilitators," the inspector general said.',
      [['"We have arrested four facilitators," the inspector general said.', 'official', 'the inspector general', 'asserted']],
    ],
    [
      '"The SHO said …"',
      'The SHO said the bodies had been shifted to the district hospital.',
      [['The SHO said the bodies had been shifted to the district hospital.', 'official', 'The SHO', 'asserted']],
    ],
  ]);
});
