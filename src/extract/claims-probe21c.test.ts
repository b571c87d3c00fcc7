import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// news51's "noticed and left alone" list of session 21, taken up by news54: each text is
// sentences of our own writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe('an adverb of sequence between the auxiliary (or the source) and its reporting verb', () => {
  table([
    [
      '"Officials had first said": the officials\' account, the later finding its own sentence part',
      'Officials had first said the fire at the school was caused by a heater, but investigators later found traces of petrol.',
      [['Officials had first said the fire at the school was caused by a heater, but investigators later found traces of petrol.', 'official', 'Officials', 'asserted']],
    ],
    [
      '"Police initially said": "initially" after "police"',
      'Police initially said the driver had fled the scene.',
      [['Police initially said the driver had fled the scene.', 'official', 'Police', 'asserted']],
    ],
    [
      '"Police originally claimed": hedged as any claim',
      'Police originally claimed that no one was hurt.',
      [['Police originally claimed that no one was hurt.', 'official', 'Police', 'hedged']],
    ],
    [
      '"the first to say" is no adverb before a verb: nothing is attributed',
      'Police were the first to say the driver had fled the scene.',
      [['Police were the first to say the driver had fled the scene.', 'unattributed', null, 'asserted']],
    ],
  ]);
});
