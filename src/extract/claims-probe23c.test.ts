import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';
import { run } from './events-for-tests.ts';

// Session 23 (news66): the claims leftovers of the lead's probe article a3 and of news64, each on
// sentences of our own writing. Claims are checked as [text, kind, source, certainty]; counts as
// values. The positive cases failed before their fix, the negative ones hold both ways.

const PUBLISHED = '2026-11-27';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

/** Every count of the text's events of one kind. */
const counts = (text: string, kind = 'killed') => run(text).events.flatMap((e) => e.counts.filter((c) => c.kind === kind).map((c) => c.value));

describe('a said-clause that says the act did not happen is a denial', () => {
  table([
    [
      '"and said no strike had taken place": the spokesman\'s denial',
      'A spokesman for the provincial government, Ahmad Khan, said no strike had taken place in the district.',
      [['A spokesman for the provincial government, Ahmad Khan, said no strike had taken place in the district.', 'named', 'A spokesman for the provincial government, Ahmad Khan', 'denied']],
    ],
    ['"said no one was killed"', 'Police said no one was killed in the blast near the bazaar.', [['Police said no one was killed in the blast near the bazaar.', 'official', 'Police', 'denied']]],
    ['"said there was no attack"', 'The army said there was no attack on the checkpoint.', [['The army said there was no attack on the checkpoint.', 'official', 'The army', 'denied']]],
    [
      '"said that no such operation had been carried out"',
      'Officials said that no such operation had been carried out in the valley.',
      [['Officials said that no such operation had been carried out in the valley.', 'official', 'Officials', 'denied']],
    ],
    ['"no group had claimed" is no denial of an act', 'Police said no group had claimed the bombing.', [['Police said no group had claimed the bombing.', 'official', 'Police', 'asserted']]],
    ['"no one was arrested" is no denial of an act', 'Police said no one was arrested after the clash.', [['Police said no one was arrested after the clash.', 'official', 'Police', 'asserted']]],
    [
      '"claimed that no one was hurt" keeps the verb\'s hedge',
      'Police originally claimed that no one was hurt in the fire.',
      [['Police originally claimed that no one was hurt in the fire.', 'official', 'Police', 'hedged']],
    ],
  ]);
});

describe('a contested-object apposition leaves the accusation its own claim', () => {
  table([
    [
      '"has long accused …, a charge the Taliban deny": the accuser hedged, the Taliban denying',
      'Islamabad has long accused Kabul of harbouring militants, a charge the Taliban deny.',
      [
        ['Islamabad has long accused Kabul of harbouring militants', 'official', 'Islamabad', 'hedged'],
        ['a charge the Taliban deny.', 'official', 'Taliban', 'denied'],
      ],
    ],
    [
      '", which the government rejects": the same with a relative clause',
      'Provincial officials have accused the federal government of hiding the toll, which the government rejects.',
      [
        ['Provincial officials have accused the federal government of hiding the toll', 'official', 'Provincial officials', 'hedged'],
        ['which the government rejects.', 'official', 'the government', 'denied'],
      ],
    ],
    [
      'a "charge" that is no apposition stays one claim',
      'Police said the charge against the two men was dropped.',
      [['Police said the charge against the two men was dropped.', 'official', 'Police', 'asserted']],
    ],
  ]);
});

describe("the claims' source leaves out the date's time of day", () => {
  table([
    [
      '"The police in Bannu late on 23/11/2026 said": the police in Bannu',
      'The police in Bannu late on 23/11/2026 said seven people were killed.',
      [['The police in Bannu late on 23/11/2026 said seven people were killed.', 'official', 'The police in Bannu', 'asserted']],
    ],
    ['"The army late on Sunday said": the army', 'The army late on Sunday said the operation was over.', [['The army late on Sunday said the operation was over.', 'official', 'The army', 'asserted']]],
  ]);
});

describe('a conditional "would" after "If confirmed" is speculative; a reported plan stays predicted', () => {
  table([
    [
      '"If confirmed, the killing would be …, analysts said"',
      'If confirmed, the killing would be the heaviest loss for the group this year, analysts said.',
      [['If confirmed, the killing would be the heaviest loss for the group this year, analysts said.', 'expert', 'analysts', 'speculative']],
    ],
    [
      '"said that, if true, the report would …"',
      'Analysts said that, if true, the report would embarrass the provincial government.',
      [['Analysts said that, if true, the report would embarrass the provincial government.', 'expert', 'Analysts', 'speculative']],
    ],
    ['"said the crossing would reopen" stays predicted', 'Officials said the crossing would reopen on Monday.', [['Officials said the crossing would reopen on Monday.', 'official', 'Officials', 'predicted']]],
    ['a condition of another kind ("If he wins,") is no cue', 'If he wins, he would lead the party.', [['If he wins, he would lead the party.', 'unattributed', null, 'asserted']]],
  ]);
});

describe('"N more died" on a later day adds to the latest violent act\'s toll', () => {
  const bomb = 'A bomb killed nine people at a market in Quetta on Monday.';
  test('"Three more people died in hospital on Tuesday": 12', () => {
    assert.deepEqual(counts(`${bomb} Three more people died in hospital on Tuesday.`), [12]);
  });
  test('"On Tuesday, three more people died": 12', () => {
    assert.deepEqual(counts(`${bomb} On Tuesday, three more people died in hospital.`), [12]);
  });
  test('"Two more policemen were killed in Bannu on Tuesday" stays another incident', () => {
    assert.deepEqual(counts(`${bomb} Two more policemen were killed in Bannu on Tuesday.`), [9, 2]);
  });
});
