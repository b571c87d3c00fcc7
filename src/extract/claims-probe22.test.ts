import { describe } from 'node:test';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// news54's "noticed, left alone" list, taken up by news56, and news56's probe article: each text
// is sentences of our own writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe("a state force denying its own part in an act is its own denial (self), as a group's is", () => {
  table([
    [
      '"The army denied involvement": the army read as a lexicon noun still is the actor denying',
      'The army denied involvement in the killings of the two shepherds.',
      [['The army denied involvement in the killings of the two shepherds.', 'self', 'The army', 'denied']],
    ],
    [
      '"Police denied any role", with a country in play from the sentence before',
      'Two students went missing in Quetta last week. Police denied any role in their disappearance.',
      [
        ['Two students went missing in Quetta last week.', 'unattributed', null, 'asserted'],
        ['Police denied any role in their disappearance.', 'self', 'Police', 'denied'],
      ],
    ],
    [
      '"The army denied that its troops were involved": the clause of its own side',
      'The army denied that its troops were involved in the shooting at the market.',
      [['The army denied that its troops were involved in the shooting at the market.', 'self', 'The army', 'denied']],
    ],
    [
      'another actor\'s part denied is no own denial: official',
      'The army denied that the Taliban were involved in the shooting at the market.',
      [['The army denied that the Taliban were involved in the shooting at the market.', 'official', 'The army', 'denied']],
    ],
    [
      '"any involvement of <another>" is someone else\'s part: official',
      'The government denied any involvement of the Taliban in the killings.',
      [['The government denied any involvement of the Taliban in the killings.', 'official', 'The government', 'denied']],
    ],
    [
      'a group denying "any involvement of" another group: named, as before news56 it was self',
      'The TTP denied any involvement of the BLA in the attack on the bus.',
      [['The TTP denied any involvement of the BLA in the attack on the bus.', 'named', 'TTP', 'denied']],
    ],
    [
      'an official of the police is no force speaking: official',
      'A police official denied any role in the disappearance of the two students.',
      [['A police official denied any role in the disappearance of the two students.', 'official', 'A police official', 'denied']],
    ],
  ]);
});
