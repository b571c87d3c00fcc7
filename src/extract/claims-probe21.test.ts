import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// The claims defects session 20 left, and what session 21's sourcing probes found (news47): each
// text is sentences of our own writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe('a source after a clause keeps its article: the claim opens with its whole subject', () => {
  table([
    [
      '"; however, the Taliban denied": the claim before ends at the semicolon',
      'A Taliban flag was found near the checkpost; however, the Taliban denied any role in the attack.',
      [
        ['A Taliban flag was found near the checkpost', 'unattributed', null, 'asserted'],
        ['the Taliban denied any role in the attack.', 'self', 'Taliban', 'denied'],
      ],
    ],
    [
      '", but the TTP said": the claim before does not end in "the"',
      'Leaflets were left at the gate of the school, but the TTP said it had no hand in the fire.',
      [
        ['Leaflets were left at the gate of the school', 'unattributed', null, 'asserted'],
        // news62: a said clause taking the group's own part away is its denial (self, denied).
        ['the TTP said it had no hand in the fire.', 'self', 'TTP', 'denied'],
      ],
    ],
    [
      'a source whose phrase holds its article already is split as before',
      'Two men were seen near the market; however, the police said no one had been arrested.',
      [
        ['Two men were seen near the market', 'unattributed', null, 'asserted'],
        ['the police said no one had been arrested.', 'official', 'the police', 'asserted'],
      ],
    ],
  ]);
});

describe("a group's outlet claiming in a clause that the group was responsible is its own claim", () => {
  table([
    [
      '"Amaq claimed that the Islamic State was responsible": self, asserted',
      'A bomb went off in a mosque in Jalalabad on Friday. The Amaq news agency claimed that the Islamic State was responsible for the attack.',
      [
        ['A bomb went off in a mosque in Jalalabad on Friday.', 'unattributed', null, 'asserted'],
        ['The Amaq news agency claimed that the Islamic State was responsible for the attack.', 'self', 'The Amaq news agency', 'asserted'],
      ],
    ],
    [
      'the group named with its gloss in brackets, and a rebuttal after "; however,"',
      'A gunman opened fire at a shrine in Jalalabad. Amaq News Agency claimed that the Islamic State Khorasan Province (ISKP) was responsible for the attack; however, officials said there was no link between the gunman and the group.',
      [
        ['A gunman opened fire at a shrine in Jalalabad.', 'unattributed', null, 'asserted'],
        ['Amaq News Agency claimed that the Islamic State Khorasan Province (ISKP) was responsible for the attack', 'self', 'Amaq News Agency', 'asserted'],
        ['officials said there was no link between the gunman and the group.', 'official', 'officials', 'asserted'],
      ],
    ],
    [
      '"The TTP claimed that its fighters were behind": self, asserted',
      'The TTP claimed that its fighters were behind the ambush in Tank.',
      [['The TTP claimed that its fighters were behind the ambush in Tank.', 'self', 'TTP', 'asserted']],
    ],
    [
      'a state body claiming a group was responsible accuses it: hedged as before',
      'Police claimed that the TTP was responsible for the attack in Tank.',
      [['Police claimed that the TTP was responsible for the attack in Tank.', 'official', 'Police', 'hedged']],
    ],
    [
      'the outlet claiming a toll is no claim of responsibility: hedged as before',
      'Amaq claimed that 40 soldiers were killed in the attack in Jalalabad.',
      [['Amaq claimed that 40 soldiers were killed in the attack in Jalalabad.', 'named', 'Amaq', 'hedged']],
    ],
  ]);
});

describe("an unnamed commander in a group's outlet's video is the group's member, not a state official", () => {
  table([
    [
      'the outlet in apposition before "in which a commander said"',
      "The group's media wing, Umar Media, released a video in which a commander said the fighters had returned safely.",
      [
        ["The group's media wing, Umar Media, released a video", 'unattributed', null, 'asserted'],
        ['in which a commander said the fighters had returned safely.', 'named', 'a commander', 'asserted'],
      ],
    ],
    [
      '"In a video released by Umar Media, a commander said"',
      'In a video released by Umar Media, a commander said the convoy had been carrying weapons.',
      [['In a video released by Umar Media, a commander said the convoy had been carrying weapons.', 'named', 'a commander', 'asserted']],
    ],
    [
      '"In an audio message released by the TTP, a commander said"',
      'In an audio message released by the TTP, a commander said the fighters had returned safely.',
      [['In an audio message released by the TTP, a commander said the fighters had returned safely.', 'named', 'a commander', 'asserted']],
    ],
    [
      "a statement by the army names no group: its commander stays official",
      'In a statement released by the army, a commander said the area had been cleared.',
      [['In a statement released by the army, a commander said the area had been cleared.', 'official', 'a commander', 'asserted']],
    ],
  ]);
});

describe('a police FIR is an official source, as a police report is', () => {
  table([
    [
      '"According to the FIR registered at … police station,"',
      'According to the FIR registered at Saddar police station, four men on two motorcycles fired at the patrol.',
      [['According to the FIR registered at Saddar police station, four men on two motorcycles fired at the patrol.', 'official', 'the FIR', 'asserted']],
    ],
    [
      '"The first information report said"',
      'The first information report said the attackers had covered their faces.',
      [['The first information report said the attackers had covered their faces.', 'official', 'The first information report', 'asserted']],
    ],
    [
      'a FIR that is lodged says nothing',
      'The FIR was lodged on the complaint of the driver under the Anti-Terrorism Act.',
      [['The FIR was lodged on the complaint of the driver under the Anti-Terrorism Act.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe("a district office, its district and its holder's name are one named source", () => {
  table([
    [
      '"DPO Dera Ismail Khan Sajjad Ahmed said": the district\'s three words and the name',
      'DPO Dera Ismail Khan Sajjad Ahmed said the injured constable was stable. He said a search had begun.',
      [
        ['DPO Dera Ismail Khan Sajjad Ahmed said the injured constable was stable.', 'named', 'DPO Dera Ismail Khan Sajjad Ahmed', 'asserted'],
        ['He said a search had begun.', 'named', 'DPO Dera Ismail Khan Sajjad Ahmed', 'asserted'],
      ],
    ],
    [
      '"DC Bajaur Anwarul Haq said": DC is a district office',
      'DC Bajaur Anwarul Haq said the curfew would be eased in phases.',
      [['DC Bajaur Anwarul Haq said the curfew would be eased in phases.', 'named', 'DC Bajaur Anwarul Haq', 'predicted']],
    ],
    [
      '"DC Bajaur said": the office alone is official',
      'DC Bajaur said the curfew would be eased in phases.',
      [['DC Bajaur said the curfew would be eased in phases.', 'official', 'DC Bajaur', 'predicted']],
    ],
  ]);
});

describe('a person named and described in apposition is a named source, whatever the description', () => {
  table([
    [
      '"Malik Shah Wali, a member of the jirga, told reporters that"',
      'Malik Shah Wali, a member of the jirga, told reporters that the tribesmen would hold a sit-in.',
      [['Malik Shah Wali, a member of the jirga, told reporters that the tribesmen would hold a sit-in.', 'named', 'Malik Shah Wali, a member of the jirga', 'predicted']],
    ],
    [
      '"Shah Wali, a tribal elder, said"',
      'Shah Wali, a tribal elder, said six civilians had been killed in mortar fire.',
      [['Shah Wali, a tribal elder, said six civilians had been killed in mortar fire.', 'named', 'Shah Wali, a tribal elder', 'asserted']],
    ],
    [
      'a common noun before the apposition is no name: no source, as before',
      'A man, a member of the jirga, said the road was closed.',
      [['A man, a member of the jirga, said the road was closed.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe('a speaker who identifies himself as someone is one named source with that self-description', () => {
  table([
    [
      '"a man who identified himself as a commander of the Islamic State Khorasan Province said": not split',
      'In an audio message circulated on Telegram, a man who identified himself as a commander of the Islamic State Khorasan Province said the group would continue its campaign.',
      [
        [
          'In an audio message circulated on Telegram, a man who identified himself as a commander of the Islamic State Khorasan Province said the group would continue its campaign.',
          'named',
          'a man who identified himself as a commander of the Islamic State Khorasan Province',
          'predicted',
        ],
      ],
    ],
    [
      '"A man identifying himself as a police officer said": named, not an official',
      'A man identifying himself as a police officer said the road to the border was closed.',
      [['A man identifying himself as a police officer said the road to the border was closed.', 'named', 'A man identifying himself as a police officer', 'asserted']],
    ],
  ]);
});

describe("an introduction whose noun has a relative clause in commas leaves the source the sentence's subject", () => {
  table([
    [
      '"In the video, which was posted online, the TTP chief said": one claim, the chief\'s',
      'In the video, which was posted online, the TTP chief said his fighters would target police posts.',
      [['In the video, which was posted online, the TTP chief said his fighters would target police posts.', 'named', 'the TTP chief', 'predicted']],
    ],
    [
      'a list in commas before a postposed source: its sentence, as before',
      'The curfew in Khar, Mamund and Salarzai was eased, the deputy commissioner said on Monday.',
      [['The curfew in Khar, Mamund and Salarzai was eased, the deputy commissioner said on Monday.', 'official', 'the deputy commissioner', 'asserted']],
    ],
  ]);
});

describe('a participle after a clause opened by ", but" speaks for that clause\'s subject', () => {
  table([
    [
      '", but the DIG later corrected this, saying": the DIG\'s claim, not the police\'s',
      'Police had earlier blamed a suicide bomber, but the DIG later corrected this, saying the explosives had been planted in a motorcycle.',
      [
        ['Police had earlier blamed a suicide bomber', 'official', 'Police', 'hedged'],
        ['the DIG later corrected this, saying the explosives had been planted in a motorcycle.', 'official', 'the DIG', 'asserted'],
      ],
    ],
    [
      'with no clause between, the participle is the accuser\'s going on, as before',
      'Police accused the BLA of planting the bomb, saying four people were killed.',
      [
        ['Police accused the BLA of planting the bomb', 'official', 'Police', 'hedged'],
        ['saying four people were killed.', 'official', 'Police', 'asserted'],
      ],
    ],
  ]);
});
