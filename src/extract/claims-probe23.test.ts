import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';
import { run } from './events-for-tests.ts';

// Session 23 (news62): the claims and teller leftovers of session 22 (news58's and news60's
// "left" lists), each on sentences of our own writing. Claims are checked as [text, kind, source,
// certainty]; the positive cases failed before their fix, the negative ones hold both ways.

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe('a post or message on a channel carries a claim of responsibility: media reporting, not the channel claiming', () => {
  table([
    [
      '"A message on a pro-Taliban Telegram channel claimed the attack": the channel\'s report (media), the whole phrase its source',
      'A message on a pro-Taliban Telegram channel claimed the attack.',
      [['A message on a pro-Taliban Telegram channel claimed the attack.', 'media', 'A message on a pro-Taliban Telegram channel', 'asserted']],
    ],
    [
      '"A post on a Telegram channel linked to the TTP claimed responsibility": a channel linked to a group is still media (news56)',
      'A post on a Telegram channel linked to the TTP claimed responsibility for the bombing.',
      [['A post on a Telegram channel linked to the TTP claimed responsibility for the bombing.', 'media', 'A post on a Telegram channel linked to the TTP', 'asserted']],
    ],
    [
      '"The TTP claimed the attack in a message on its Telegram channel": the group claims its own act (self)',
      'The TTP claimed the attack in a message on its Telegram channel.',
      [['The TTP claimed the attack in a message on its Telegram channel.', 'self', 'TTP', 'asserted']],
    ],
    [
      '"In a post on its Telegram channel, the TTP claimed responsibility": self',
      'In a post on its Telegram channel, the TTP claimed responsibility for the attack.',
      [['In a post on its Telegram channel, the TTP claimed responsibility for the attack.', 'self', 'TTP', 'asserted']],
    ],
    [
      "a group's own outlet claiming is the group claiming (self), as before",
      'Umar Media claimed responsibility for the bombing.',
      [['Umar Media claimed responsibility for the bombing.', 'self', 'Umar Media', 'asserted']],
    ],
  ]);
  test('"pro-Taliban" is a modifier of the source noun it stands before', () => {
    const claims = analyze('A pro-Taliban Telegram channel said the fighters had returned to their bases.', { published: PUBLISHED }).claims;
    assert.deepEqual(claims.map((c) => [c.attribution.kind, c.attribution.source]), [['media', 'A pro-Taliban Telegram channel']]);
  });
});

describe('a source with two phrases chained after it ("at a checkpoint on the border") is read whole', () => {
  table([
    [
      '"Soldiers at a checkpoint on the border said": the soldiers, with both phrases',
      'Soldiers at a checkpoint on the border said the attackers fled towards the hills.',
      [['Soldiers at a checkpoint on the border said the attackers fled towards the hills.', 'official', 'Soldiers at a checkpoint on the border', 'asserted']],
    ],
    [
      '"Elders from a village on the river said": the elders',
      'Elders from a village on the river said the water had risen overnight.',
      [['Elders from a village on the river said the water had risen overnight.', 'anonymous', 'Elders from a village on the river', 'asserted']],
    ],
    [
      'a word that opens no phrase ("near") was read inside one phrase already: "Doctors at a clinic near the crossing said"',
      'Doctors at a clinic near the crossing said four of the wounded were children.',
      [['Doctors at a clinic near the crossing said four of the wounded were children.', 'anonymous', 'Doctors at a clinic near the crossing', 'asserted']],
    ],
    [
      'one phrase, as before: "Soldiers at the post said"',
      'Soldiers at the post said the attackers fled towards the hills.',
      [['Soldiers at the post said the attackers fled towards the hills.', 'official', 'Soldiers at the post', 'asserted']],
    ],
    [
      'no source noun before the phrases: still no source',
      'A truck at a checkpoint on the border said to carry fuel was set alight.',
      [['A truck at a checkpoint on the border said to carry fuel was set alight.', 'unattributed', null, 'hedged']],
    ],
  ]);
});

describe('a town speaking ("Peshawar denied involvement") is its authorities: an official source, not the government', () => {
  table([
    [
      '"Peshawar denied involvement": official, denied, not self (no actor is the town\'s authorities)',
      'Peshawar denied involvement in the strike on the camp.',
      [['Peshawar denied involvement in the strike on the camp.', 'official', 'Peshawar', 'denied']],
    ],
    [
      'after an opening phrase and its comma, the same',
      'On Tuesday, Quetta denied any role in the shelling of the border village.',
      [['On Tuesday, Quetta denied any role in the shelling of the border village.', 'official', 'Quetta', 'denied']],
    ],
    [
      'a capital is still its government, denying its own part (self)',
      'Kabul denied any role in the shelling of the border village.',
      [['Kabul denied any role in the shelling of the border village.', 'self', 'Kabul', 'denied']],
    ],
    [
      'a town after a preposition or "of" is where the speaker is, or whose people speak, not the speaker',
      'Traders who came from Peshawar said the road was shut for a week.',
      [['Traders who came from Peshawar said the road was shut for a week.', 'anonymous', 'Traders who came from Peshawar', 'asserted']],
    ],
  ]);
});

describe("a said clause that takes the speaker's own part away is its denial (self, denied), as \"denied involvement\" is", () => {
  table([
    [
      '"Pakistan said it had no role in the strike": the country is its government, denying its part',
      'Pakistan said it had no role in the strike on the camp near Khost.',
      [['Pakistan said it had no role in the strike on the camp near Khost.', 'self', 'Pakistan', 'denied']],
    ],
    [
      '"The army said it was not involved"',
      'The army said it was not involved in the killings of the two shepherds.',
      [['The army said it was not involved in the killings of the two shepherds.', 'self', 'The army', 'denied']],
    ],
    [
      '"The TTP said it was not behind the bombing": a named group, the same',
      'The TTP said it was not behind the bombing of the school.',
      [['The TTP said it was not behind the bombing of the school.', 'self', 'TTP', 'denied']],
    ],
    [
      '"they had no hand in": the plural pronoun of a group',
      'The Taliban said they had no hand in the attack on the convoy.',
      [['The Taliban said they had no hand in the attack on the convoy.', 'self', 'Taliban', 'denied']],
    ],
    [
      '"said in a statement that it was not involved": a short phrase before "that"',
      'The army said in a statement that it was not involved in the killings.',
      [['The army said in a statement that it was not involved in the killings.', 'self', 'The army', 'denied']],
    ],
    [
      '"had nothing to do with"',
      'The TTP said it had nothing to do with the attack on the school.',
      [['The TTP said it had nothing to do with the attack on the school.', 'self', 'TTP', 'denied']],
    ],
    [
      '"denied on Tuesday that it was behind": the same phrase before a denial\'s clause',
      'The TTP denied on Tuesday that it was behind the bombing of the school.',
      [['The TTP denied on Tuesday that it was behind the bombing of the school.', 'self', 'TTP', 'denied']],
    ],
    [
      'a phrase before "that" and a loss of its own is no denial: official, asserted',
      'The army said in Bannu that its troops had been attacked at night.',
      [['The army said in Bannu that its troops had been attacked at night.', 'official', 'The army', 'asserted']],
    ],
    [
      "another's part taken away is no denial of its own: official, asserted",
      'The army said the TTP had no role in the strike on the camp.',
      [['The army said the TTP had no role in the strike on the camp.', 'official', 'The army', 'asserted']],
    ],
    [
      'a generic group is no one actor: residents saying so stay anonymous and asserted',
      'Residents said they had no role in the clashes near the market.',
      [['Residents said they had no role in the clashes near the market.', 'anonymous', 'Residents', 'asserted']],
    ],
    [
      'no part in an act: "had no information" is no denial',
      'The ministry said it had no information about the strike on the camp.',
      [['The ministry said it had no information about the strike on the camp.', 'official', 'The ministry', 'asserted']],
    ],
  ]);
});

describe("a toll's teller: \"it\", \"they\" through the actor that acted before, and a date with digits in the teller's words", () => {
  const attack = 'Militants attacked a checkpoint in Tank on Monday, killing nine soldiers.';
  const tellers = (text: string) => run(text).events.flatMap((e) => e.counts.map((c) => [c.value, c.toldBy?.text ?? null, c.revised ?? false]));
  test('"It put the toll at seven" after the ISPR spoke: the ISPR', () => {
    const text = `${attack} The ISPR said the attackers had fled. It put the toll at seven.`;
    assert.deepEqual(tellers(text).filter(([v]) => v === 7), [[7, 'The ISPR', false]]);
    assert.ok(run(text).events.some((e) => e.provenance.rules.some((r) => /^toll-teller:pronoun-of:\d+-\d+$/.test(r))));
  });

  test('"It" after a plural actor, or after no one, stays "It"', () => {
    assert.deepEqual(tellers(`${attack} It put the toll at seven.`), [[9, null, false], [7, 'It', false]]);
  });

  test('"They put the toll at 30" after the TTP acted in the sentence before, speaking nowhere: the TTP', () => {
    const text = `${attack} The TTP stormed two more posts in the night. They put the toll at 30.`;
    assert.deepEqual(tellers(text).filter(([v]) => v === 30), [[30, 'TTP', false]]);
    assert.ok(run(text).events.some((e) => e.provenance.rules.some((r) => /^toll-teller:pronoun-of-subject:\d+-\d+$/.test(r))));
  });

  test('a plural actor is no "it" for a claim either; a group is', () => {
    assert.deepEqual(analyze('Militants attacked a post in Tank on Monday. It said the post had fallen.', { published: PUBLISHED }).claims.map((c) => [c.attribution.kind, c.attribution.source]), [['unattributed', null], ['unattributed', null]]);
    assert.deepEqual(analyze('The TTP attacked a post in Tank on Monday. It said the post had fallen.', { published: PUBLISHED }).claims.map((c) => [c.attribution.kind, c.attribution.source]), [['unattributed', null], ['named', 'TTP']]);
  });

  test('"They" after officials spoke: the officials, as before', () => {
    assert.deepEqual(tellers(`${attack} Officials said the attackers had fled. They put the toll at seven.`), [[9, null, false], [7, 'Officials', false]]);
  });

  test('"The police late on November 23 put the toll at seven": a date\'s digits do not hide the teller', () => {
    const shooting = 'Gunmen attacked a police post in Bannu on Monday, killing nine people.';
    assert.deepEqual(tellers(`${shooting} The police late on November 23 put the toll at seven.`), [[9, null, false], [7, 'The police', false]]);
    assert.deepEqual(tellers(`${shooting} The police on 23 November revised the toll to seven.`), [[9, null, false], [7, 'The police', true]]);
  });

  test('a figure that is no date still ends the teller\'s words; since news64 "and put the toll at 14" after "Officials said" is the officials\' (the verb shares the subject of "said")', () => {
    const told = tellers('Gunmen attacked a police post in Bannu on Monday. Officials said 12 had died and put the toll at 14.').filter(([, t]) => t !== null);
    assert.deepEqual(told, [[14, 'Officials', false]]);
  });
});
