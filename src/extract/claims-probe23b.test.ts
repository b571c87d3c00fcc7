import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsTable, type ExpectedClaim } from '../../test/claims-table.ts';
import { run } from './events-for-tests.ts';

// Session 23 (news64): the claims and toll leftovers of news62, each on sentences of our own
// writing. Counts are checked as [value, teller]; claims as [text, kind, source, certainty]. The
// positive cases failed before their fix, the negative ones hold both ways.

const PUBLISHED = '2026-11-24';

const table = (cases: Array<[name: string, text: string, claims: ExpectedClaim[]]>): void => claimsTable(PUBLISHED, cases);

/** Every count of the text's events of one kind, as [value, teller or null]. */
const counts = (text: string, kind = 'killed') => run(text).events.flatMap((e) => e.counts.filter((c) => c.kind === kind).map((c) => [c.value, c.toldBy?.text ?? null]));

describe("a source's later figure of the same dead is a rival figure, never added to the count", () => {
  const bomb = 'A bomb killed nine people at a market in Bannu on Monday.';
  test('"Police said 12 people died in the blast": 9, and the police\'s 12 beside it', () => {
    assert.deepEqual(counts(`${bomb} Police said 12 people died in the blast.`), [[9, null], [12, 'Police']]);
  });

  test('"Police said 12 died and put the toll at 14": both figures the police\'s ("put" shares the subject of "said")', () => {
    assert.deepEqual(counts(`${bomb} Police said 12 died and put the toll at 14.`), [[9, null], [12, 'Police'], [14, 'Police']]);
  });

  test('the same figure told again agrees and adds nothing', () => {
    assert.deepEqual(counts(`${bomb} Police said nine people died.`), [[9, null]]);
  });

  test('other people ("two attackers") still add up', () => {
    assert.deepEqual(counts('A bomb killed nine soldiers at a market in Bannu on Monday. Police said two attackers died in the blast.'), [[11, null]]);
  });

  test('"three more people" still add up', () => {
    assert.deepEqual(counts(`${bomb} Police said three more people died in hospital.`), [[12, null]]);
  });

  test('"at least 10 died on the militants\' side": one side\'s dead, added as before', () => {
    assert.deepEqual(counts("Militants attacked a post in Tank on Monday, killing a soldier. The army said at least 10 died on the militants' side."), [[11, null]]);
  });
});

describe('"put the toll higher, saying seven people had died": a rival figure of the same act', () => {
  const shell = 'At least five civilians were killed when a mortar shell hit a house in Kurram on Sunday.';
  test('higher', () => {
    assert.deepEqual(counts(`${shell} Local elders put the death toll higher, saying seven people had died.`), [[5, null], [7, 'Local elders']]);
  });

  test('"put the death toll higher, at seven", "much higher at 11": the elders\' figure, with no "saying" clause', () => {
    assert.deepEqual(counts(`${shell} Local elders put the death toll higher, at seven.`), [[5, null], [7, 'Local elders']]);
    assert.deepEqual(counts(`${shell} Local elders put the toll much higher at 11.`), [[5, null], [11, 'Local elders']]);
  });

  test('lower', () => {
    assert.deepEqual(counts(`${shell} Local officials put the death toll lower, saying three people had died.`), [[5, null], [3, 'Local officials']]);
  });
});

describe("a toll's teller reached through a relative clause, and a date that is no word of the teller", () => {
  test('"released a statement in which it put the toll at 40": the TTP', () => {
    assert.deepEqual(counts('Militants attacked a checkpoint in Tank on Monday, killing nine soldiers. The TTP released a statement in which it put the toll at 40.'), [[9, null], [40, 'TTP']]);
  });

  test('"Doctors at the hospital, who put the toll at 14, said …": the doctors', () => {
    assert.deepEqual(counts('Gunmen attacked a police post in Bannu on Monday, killing nine people. Doctors at the hospital, who put the toll at 14, said many of the wounded were children.'), [[9, null], [14, 'Doctors at the hospital']]);
  });

  test('"The police in Bannu late on 23/11/2026 put the toll at seven": the police in Bannu', () => {
    assert.deepEqual(counts('Gunmen attacked a police post in Bannu on Monday, killing nine people. The police in Bannu late on 23/11/2026 put the toll at seven.'), [[9, null], [7, 'The police in Bannu']]);
  });
});

describe('"said it played no role", "did not have any role": own-part denials', () => {
  table([
    [
      '"Pakistan said it played no role"',
      'Pakistan said it played no role in the strike on the camp near Khost.',
      [['Pakistan said it played no role in the strike on the camp near Khost.', 'self', 'Pakistan', 'denied']],
    ],
    [
      '"The army said it did not have any role"',
      'The army said it did not have any role in the killings.',
      [['The army said it did not have any role in the killings.', 'self', 'The army', 'denied']],
    ],
    [
      '"never played any part"',
      'The TTP said it never played any part in the bombing.',
      [['The TTP said it never played any part in the bombing.', 'self', 'TTP', 'denied']],
    ],
    [
      '"didn\'t play a role"',
      "The army said it didn't play a role in the raid.",
      [["The army said it didn't play a role in the raid.", 'self', 'The army', 'denied']],
    ],
    [
      'a part played is no denial',
      'The army said it played a role in the rescue.',
      [['The army said it played a role in the rescue.', 'official', 'The army', 'asserted']],
    ],
    [
      "another's part taken away is no denial of its own",
      'The army said the TTP played no role in the strike.',
      [['The army said the TTP played no role in the strike.', 'official', 'The army', 'asserted']],
    ],
  ]);
});

describe('a channel "of" a group is its own outlet: the group claiming (self)', () => {
  table([
    [
      '"A video on a Telegram channel of the Islamic State claimed the attack"',
      'A video on a Telegram channel of the Islamic State claimed the attack.',
      [['A video on a Telegram channel of the Islamic State claimed the attack.', 'self', 'A video on a Telegram channel of the Islamic State', 'asserted']],
    ],
    [
      '"The Telegram channel of the TTP claimed the attack"',
      'The Telegram channel of the TTP claimed the attack.',
      [['The Telegram channel of the TTP claimed the attack.', 'self', 'The Telegram channel of the TTP', 'asserted']],
    ],
    [
      'a channel of no known actor still carries the claim (media)',
      'A message on a Telegram channel of a pro-Taliban cleric claimed the attack.',
      [['A message on a Telegram channel of a pro-Taliban cleric claimed the attack.', 'media', 'A message on a Telegram channel of a pro-Taliban cleric', 'asserted']],
    ],
  ]);
});
