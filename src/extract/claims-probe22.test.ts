import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
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

describe('a source quoted "as saying" inside the quoting source\'s parenthetical is a cue of its claim', () => {
  const text = 'Reuters, quoting a police official as saying six people were killed, said the blast hit a crowded market.';
  const cues = (t: string): string[] => analyze(t, { published: PUBLISHED }).claims.flatMap((c) => c.cues.filter((q) => q.kind === 'attribution').map((q) => q.text));
  table([
    [
      'one claim, the outlet\'s (nested speech is the outer source\'s)',
      text,
      [[text, 'media', 'Reuters', 'asserted']],
    ],
  ]);
  test('the police official is among its cues, after the outlet', () => {
    assert.deepEqual(cues(text), ['Reuters, quoting a police official as saying six people were killed, said', 'a police official as saying']);
    assert.deepEqual(cues('Dawn, quoting two residents as saying the shop was shut, reported that the market stayed closed.'), [
      'Dawn, quoting two residents as saying the shop was shut, reported',
      'two residents as saying',
    ]);
  });
  test('a quoted source with no quoting source read still opens nothing', () => {
    assert.deepEqual(cues('The spokesperson posted on X that the reports were baseless and quoted the army as saying that no drone had crossed the border.'), ['The spokesperson posted on X']);
  });
});

describe("a group's claim of its own violent act, with a figure, is its own claim: self, asserted", () => {
  table([
    [
      '"claimed that its fighters had killed 40 soldiers": as "claimed killing" and "claimed that the group had carried out" are',
      'The BLA claimed that its fighters had killed 40 soldiers in the raid on the camp.',
      [['The BLA claimed that its fighters had killed 40 soldiers in the raid on the camp.', 'self', 'BLA', 'asserted']],
    ],
    [
      '"claimed to have killed": the group itself in the perfect infinitive',
      'The TTP claimed to have killed 30 policemen in the night raid.',
      [['The TTP claimed to have killed 30 policemen in the night raid.', 'self', 'TTP', 'asserted']],
    ],
    [
      '"claimed it shot down": no "that", the pronoun its own side',
      'The TTP claimed it shot down a surveillance drone over the valley.',
      [['The TTP claimed it shot down a surveillance drone over the valley.', 'self', 'TTP', 'asserted']],
    ],
    [
      'its fighters killed (passive: a loss, no act of its own): hedged as any claim',
      'The TTP claimed that its fighters had been killed in the raid on the camp.',
      [['The TTP claimed that its fighters had been killed in the raid on the camp.', 'named', 'TTP', 'hedged']],
    ],
    [
      'another group\'s act claimed: an accusation, hedged',
      'The TTP claimed that the BLA had killed 40 soldiers in the raid on the camp.',
      [['The TTP claimed that the BLA had killed 40 soldiers in the raid on the camp.', 'named', 'TTP', 'hedged']],
    ],
    [
      'a toll with no act of its own named stays hedged (news51)',
      'The TTP claimed that 30 soldiers had been killed in the raid on the camp.',
      [['The TTP claimed that 30 soldiers had been killed in the raid on the camp.', 'named', 'TTP', 'hedged']],
    ],
  ]);
});

describe("news56's probe article: a disputed figure, an official unnamed in a relative clause, a group's Telegram channel", () => {
  table([
    [
      '"…, a figure the military disputed": the military contests the group\'s claim and is not its source',
      'In a post on its Telegram channel, the TTP said its fighters had killed 14 soldiers at the post, a figure the military disputed.',
      // Session 23 (news66): the group's figure stays its own claim; the dispute is the military's.
      [
        ['In a post on its Telegram channel, the TTP said its fighters had killed 14 soldiers at the post', 'self', 'TTP', 'asserted'],
        ['a figure the military disputed.', 'official', 'the military', 'denied'],
      ],
    ],
    [
      '"disputed … and said": the dispute denied, what the military goes on to say its own claim',
      'The military disputed the group\'s figure and said only six soldiers had died.',
      [
        ["The military disputed the group's figure", 'official', 'The military', 'denied'],
        ['said only six soldiers had died.', 'official', 'The military', 'asserted'],
      ],
    ],
    [
      '"a toll the TTP disputes": the same for a toll',
      'The interior ministry said six soldiers were killed, a toll the TTP disputes.',
      [
        ['The interior ministry said six soldiers were killed', 'official', 'The interior ministry', 'asserted'],
        ['a toll the TTP disputes.', 'named', 'TTP', 'denied'],
      ],
    ],
    [
      '"a land dispute" is no verb of denial',
      'Two brothers were shot dead over a land dispute in the village, police said.',
      [['Two brothers were shot dead over a land dispute in the village, police said.', 'official', 'police', 'asserted']],
    ],
    [
      '"an administration dispute": a source noun before the noun "dispute" is no source disputing',
      'Residents attacked the convoy over a local administration dispute.',
      [['Residents attacked the convoy over a local administration dispute.', 'unattributed', null, 'asserted']],
    ],
    [
      '"who asked not to be named": an official unnamed in the source\'s own relative clause is anonymous',
      'A senior intelligence official who asked not to be named said the attackers had crossed from Khost.',
      [['A senior intelligence official who asked not to be named said the attackers had crossed from Khost.', 'anonymous', 'A senior intelligence official who asked not to be named', 'asserted']],
    ],
    [
      'a relative clause with no anonymity leaves the source as it is',
      'A former diplomat who served in Kabul said the talks had stalled.',
      [['A former diplomat who served in Kabul said the talks had stalled.', 'official', 'A former diplomat who served in Kabul', 'asserted']],
    ],
    [
      '"A Telegram channel linked to the TTP said": one source, the channel, no fragment before the group',
      'A Telegram channel linked to the TTP said 14 soldiers were killed in the raid.',
      [['A Telegram channel linked to the TTP said 14 soldiers were killed in the raid.', 'media', 'A Telegram channel linked to the TTP', 'asserted']],
    ],
  ]);
});
