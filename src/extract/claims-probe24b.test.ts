import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// Session 24 (news70): the claims leftovers of the lead's session-24 probes, each on sentences of
// our own writing. Claims are checked as [text, kind, source, certainty]. The positive cases
// failed before their fix, the negative ones hold both ways.

const PUBLISHED = '2026-11-27';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe('a group that distances itself from an act denies its own part in it', () => {
  table([
    [
      '"The BLA distanced itself from the attack, saying …": its own denial',
      'The BLA distanced itself from the attack, saying its fighters never target schools.',
      [['The BLA distanced itself from the attack, saying its fighters never target schools.', 'self', 'BLA', 'denied']],
    ],
    [
      '"dissociated themselves from Friday\'s bombing"',
      'The Taliban dissociated themselves from Friday\'s bombing in Kabul.',
      [['The Taliban dissociated themselves from Friday\'s bombing in Kabul.', 'self', 'Taliban', 'denied']],
    ],
    [
      'distancing itself from words, not an act: the group\'s own denial of them, not of a part',
      'The TTP distanced itself from the remarks of a former commander.',
      [['The TTP distanced itself from the remarks of a former commander.', 'named', 'TTP', 'denied']],
    ],
  ]);
});
