import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../index.ts';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';

// news56's "noticed, left alone" list, taken up by news58: each text is sentences of our own
// writing, and every claim is checked as [text, kind, source, certainty].

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

describe("a force's spokesperson, or a country, denying the state's own part is its own denial (self)", () => {
  table([
    [
      '"An army spokesman denied involvement": the spokesman speaks for the army',
      'An army spokesman denied involvement in the killings of the two shepherds.',
      [['An army spokesman denied involvement in the killings of the two shepherds.', 'self', 'An army spokesman', 'denied']],
    ],
    [
      '"A military spokeswoman denied any role": the same for "military"',
      'A military spokeswoman denied any role in the shelling of the village.',
      [['A military spokeswoman denied any role in the shelling of the village.', 'self', 'A military spokeswoman', 'denied']],
    ],
    [
      '"Pakistan denied involvement": a country speaking is its government, denying its own part',
      'Pakistan denied involvement in the strike on the camp near Khost.',
      [['Pakistan denied involvement in the strike on the camp near Khost.', 'self', 'Pakistan', 'denied']],
    ],
    [
      '"Islamabad denied any role": a capital speaking is its government too',
      'Islamabad denied any role in the strike on the camp near Khost.',
      [['Islamabad denied any role in the strike on the camp near Khost.', 'self', 'Islamabad', 'denied']],
    ],
    [
      "a country denying another's part is no own denial: official",
      'Pakistan denied that the TTP had been given shelter in the tribal districts.',
      [['Pakistan denied that the TTP had been given shelter in the tribal districts.', 'official', 'Pakistan', 'denied']],
    ],
    [
      "an army spokesman's plain account stays official (only the denial of its own part is self)",
      'An army spokesman said the convoy came under fire near the bridge.',
      [['An army spokesman said the convoy came under fire near the bridge.', 'official', 'An army spokesman', 'asserted']],
    ],
    [
      'a spokesman of the army telling its own troops\' act is self through the event, as "The army spokesman" is',
      'An army spokesman said troops killed five militants in a raid near Bannu.',
      [['An army spokesman said troops killed five militants in a raid near Bannu.', 'self', 'An army spokesman', 'asserted']],
    ],
    [
      'a spokesman of a named group before "military" stays the group\'s (the group takes the noun)',
      'The Houthi military spokesman said the attacks were a reply to the blockade.',
      [['The Houthi military spokesman said the attacks were a reply to the blockade.', 'named', 'The Houthi military spokesman', 'asserted']],
    ],
    [
      'an official of the police is still no force speaking: official',
      'A police official denied any role in the disappearance of the two students.',
      [['A police official denied any role in the disappearance of the two students.', 'official', 'A police official', 'denied']],
    ],
  ]);
});

describe('a source cited ("citing hospital staff") is a cue of the citing source\'s claim, not a teller of its own', () => {
  const cues = (t: string): string[] => analyze(t, { published: PUBLISHED }).claims.flatMap((c) => c.cues.filter((q) => q.kind === 'attribution').map((q) => q.text));
  table([
    [
      '"…, the journalist said, citing hospital staff": the journalist\'s claim (media)',
      'The real toll was likely higher, the journalist said, citing hospital staff.',
      [['The real toll was likely higher, the journalist said, citing hospital staff.', 'media', 'the journalist', 'hedged']],
    ],
    [
      '"Citing police officials, Dawn reported …": the cited before the outlet still leaves the claim the outlet\'s',
      'Citing police officials, Dawn reported that the market stayed shut for two days.',
      [['Citing police officials, Dawn reported that the market stayed shut for two days.', 'media', 'Dawn', 'asserted']],
    ],
    [
      '"he said, citing …" with no one read for "he": the cited opens no claim of its own',
      'The real toll was likely higher, he said, citing hospital staff.',
      [['The real toll was likely higher, he said, citing hospital staff.', 'unattributed', null, 'hedged']],
    ],
    [
      '"Hospital staff said": the staff of a hospital speak unnamed, as doctors do',
      'Hospital staff said nine bodies were brought to the ward overnight.',
      [['Hospital staff said nine bodies were brought to the ward overnight.', 'anonymous', 'Hospital staff', 'asserted']],
    ],
  ]);
  test('the cited source is among the claim\'s cues, after or before the teller', () => {
    assert.deepEqual(cues('The real toll was likely higher, the journalist said, citing hospital staff.'), ['the journalist said', 'citing hospital staff']);
    assert.deepEqual(cues('Citing police officials, Dawn reported that the market stayed shut for two days.'), ['Citing police officials', 'Dawn reported']);
    assert.deepEqual(cues('Dawn reported that six people died in the blast, citing Reuters.'), ['Dawn reported', 'citing Reuters']);
  });
});

describe('"a post on <a channel, website or account>" is that place speaking, and "post" stays no source noun', () => {
  table([
    [
      '"A post on a Telegram channel linked to the TTP said": one source, media, no fragment "A post on"',
      'A post on a Telegram channel linked to the TTP said 14 soldiers were killed in the raid.',
      [['A post on a Telegram channel linked to the TTP said 14 soldiers were killed in the raid.', 'media', 'A post on a Telegram channel linked to the TTP', 'asserted']],
    ],
    [
      '"A message on the TTP website said": the group\'s own website is the group speaking (named)',
      'A message on the TTP website said the fighters had returned to their bases.',
      [['A message on the TTP website said the fighters had returned to their bases.', 'named', 'A message on the TTP website', 'asserted']],
    ],
    [
      '"In a post on its Telegram channel, the TTP said": the group is still the teller',
      'In a post on its Telegram channel, the TTP said its fighters had killed 14 soldiers at the post.',
      [['In a post on its Telegram channel, the TTP said its fighters had killed 14 soldiers at the post.', 'self', 'TTP', 'asserted']],
    ],
    [
      'a post on a road is a checkpost: no source',
      'A post on the highway near Tank came under fire late on Monday.',
      [['A post on the highway near Tank came under fire late on Monday.', 'unattributed', null, 'asserted']],
    ],
  ]);
});

describe("a state's claim of its own violent act is its own claim (self, asserted), as a named group's is since news56", () => {
  table([
    [
      '"The army claimed that its troops had killed 25 militants": the army\'s own act, told by itself',
      'The army claimed that its troops had killed 25 militants in the hideouts.',
      [['The army claimed that its troops had killed 25 militants in the hideouts.', 'self', 'The army', 'asserted']],
    ],
    [
      '"claimed to have destroyed": the state force itself, in the perfect infinitive',
      'The military claimed to have destroyed six militant hideouts near the border.',
      [['The military claimed to have destroyed six militant hideouts near the border.', 'self', 'The military', 'asserted']],
    ],
    [
      '"Pakistan claimed it had shot down": a country is its government, and "it" its own side',
      'Pakistan claimed it had shot down two drones over the Kurram valley.',
      [['Pakistan claimed it had shot down two drones over the Kurram valley.', 'self', 'Pakistan', 'asserted']],
    ],
    [
      'a loss ("its soldiers had been killed") is no act of its own: hedged',
      'The army claimed that its soldiers had been killed by fire from across the border.',
      [['The army claimed that its soldiers had been killed by fire from across the border.', 'official', 'The army', 'hedged']],
    ],
    [
      "another's act claimed is an accusation: hedged",
      'The army claimed that the TTP had killed 12 soldiers in the ambush.',
      [['The army claimed that the TTP had killed 12 soldiers in the ambush.', 'official', 'The army', 'hedged']],
    ],
    [
      'a toll with no act of its own named stays hedged, as for a group',
      'The army claimed that 25 militants had been killed in the operation.',
      [['The army claimed that 25 militants had been killed in the operation.', 'official', 'The army', 'hedged']],
    ],
    [
      'an arrest is no violent act: hedged',
      'Police claimed they had arrested 14 suspects after the raid.',
      [['Police claimed they had arrested 14 suspects after the raid.', 'official', 'Police', 'hedged']],
    ],
    [
      'officials, no actor, claiming: hedged',
      'Officials claimed that their men had killed 25 militants in the hideouts.',
      [['Officials claimed that their men had killed 25 militants in the hideouts.', 'official', 'Officials', 'hedged']],
    ],
  ]);
});
