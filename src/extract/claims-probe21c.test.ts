import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
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

describe("a denial that the speaker's own side took part in an act is its own denial (self)", () => {
  table([
    [
      '"<group> chief <name> denied that the group was involved": self, denied',
      'BLA chief Bashir Zeb denied that the group was involved in the attack on the bus.',
      [['BLA chief Bashir Zeb denied that the group was involved in the attack on the bus.', 'self', 'BLA chief Bashir Zeb', 'denied']],
    ],
    [
      '"denied that its fighters were behind": self, denied',
      'The TTP denied that its fighters were behind the blast at the shrine.',
      [['The TTP denied that its fighters were behind the blast at the shrine.', 'self', 'TTP', 'denied']],
    ],
    [
      '"denied it was involved", no "that"',
      'The TTP denied it was involved in the blast at the shrine.',
      [['The TTP denied it was involved in the blast at the shrine.', 'self', 'TTP', 'denied']],
    ],
    [
      'another group named in the clause: a denial about it, named',
      'The TTP denied that the BLA was involved in the blast at the shrine.',
      [['The TTP denied that the BLA was involved in the blast at the shrine.', 'named', 'TTP', 'denied']],
    ],
    [
      "the group's own losses denied are no part in an act: named",
      'The TTP denied that its fighters had been killed in the raid.',
      [['The TTP denied that its fighters had been killed in the raid.', 'named', 'TTP', 'denied']],
    ],
  ]);
});

describe('an intent stated by a second verb after "and" is the subject\'s claim; the act before it the reporter\'s', () => {
  table([
    [
      '"demanded … and threatened to": the threat is the protesters\' prediction',
      'The protesters demanded the release of their leaders and threatened to block the highway.',
      [
        ['The protesters demanded the release of their leaders', 'unattributed', null, 'asserted'],
        ['threatened to block the highway.', 'anonymous', 'The protesters', 'predicted'],
      ],
    ],
    [
      '"blocked the road and vowed to": the blockade stays a fact, the vow is theirs',
      'The traders blocked the main road and vowed to continue the strike.',
      [
        ['The traders blocked the main road', 'unattributed', null, 'asserted'],
        ['vowed to continue the strike.', 'anonymous', 'The traders', 'predicted'],
      ],
    ],
    [
      '"and warned that they would" was read before: one claim of the subject\'s',
      'The traders demanded compensation and warned that they would close the market.',
      [['The traders demanded compensation and warned that they would close the market.', 'anonymous', 'The traders', 'predicted']],
    ],
    [
      '"and threatened the shopkeepers" (no "to") is no statement',
      'The gunmen stormed the market and threatened the shopkeepers with their rifles.',
      [['The gunmen stormed the market and threatened the shopkeepers with their rifles.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe('a source "quoted as saying" is a cue of the quoting source\'s claim', () => {
  const cues = (text: string): string[] => analyze(text, { published: PUBLISHED }).claims.flatMap((c) => c.cues.filter((q) => q.kind === 'attribution').map((q) => q.text));
  table([
    [
      '"The ministry quoted the army as saying": one claim, the ministry\'s',
      'The ministry quoted the army as saying that it had repulsed the attack.',
      [['The ministry quoted the army as saying that it had repulsed the attack.', 'official', 'The ministry', 'asserted']],
    ],
  ]);
  test('the army quoted is among the claim\'s cues, after the ministry', () => {
    assert.deepEqual(cues('The ministry quoted the army as saying that it had repulsed the attack.'), ['The ministry quoted', 'the army as saying']);
    assert.deepEqual(cues('Dawn quoted a police official as saying six people were killed.'), ['Dawn quoted', 'a police official as saying']);
  });
  test('with no quoting source read, the one quoted opens no claim of its own', () => {
    const text = 'The spokesperson posted on X that the reports were baseless and quoted the army as saying that no drone had crossed the border.';
    assert.equal(analyze(text, { published: PUBLISHED }).claims.length, 1);
  });
});
