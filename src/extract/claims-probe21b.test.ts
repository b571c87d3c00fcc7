import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// news47's "noticed, left alone" list of session 21, taken up by news51: each text is sentences
// of our own writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe("a long office with its holder's name in apposition is one named source, before a participle too", () => {
  table([
    [
      '", but the <office of ... range>, <name>, later corrected this, saying": the holder\'s claim',
      'Officials had earlier said that the fire at the depot was set by militants, but the Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later corrected this, saying an electrical fault was to blame.',
      [
        ['Officials had earlier said that the fire at the depot was set by militants', 'official', 'Officials', 'asserted'],
        [
          'the Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later corrected this, saying an electrical fault was to blame.',
          'named',
          'the Deputy Inspector General of Police for Zhob range, Karim Bakhsh',
          'asserted',
        ],
      ],
    ],
    [
      'the same office and holder opening the sentence before the participle',
      'The Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later revised the figure, saying six guards had been hurt.',
      [
        [
          'The Deputy Inspector General of Police for Zhob range, Karim Bakhsh, later revised the figure, saying six guards had been hurt.',
          'named',
          'The Deputy Inspector General of Police for Zhob range, Karim Bakhsh',
          'asserted',
        ],
      ],
    ],
    [
      'an apposition that is no name ("an old rival,") makes no holder: the office alone speaks',
      'The district police chief, an old rival of the mayor, later withdrew the complaint, saying it had been a misunderstanding.',
      [['The district police chief, an old rival of the mayor, later withdrew the complaint, saying it had been a misunderstanding.', 'official', 'The district police chief', 'asserted']],
    ],
  ]);
});
