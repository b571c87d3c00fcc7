import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeMentions, placeOf } from '../../test/place-mentions.ts';

// UCDP/Pakistan geoparsing, session 7 round 2 (issue 3): a bare compass word ("in the
// northwest") in a text whose only country is Pakistan. Sentences of our own writing.

test('"in northwest" with no country after it, in a text about Pakistan alone, is Pakistan\'s north-west', () => {
  const m = placeOf('Pakistan air strikes kill 30 militants in northwest', 'northwest');
  assert.equal(m.place.id, 'region:northwest-pakistan');
  assert.ok(m.evidence?.includes('bare-compass-word'), m.evidence?.join(', '));
  assert.equal(placeOf('Pakistan: a tribal elder was shot dead in the north-west', 'north-west').place.id, 'region:northwest-pakistan');
  assert.equal(placeOf('Pakistan: rebels blew up a gas pipeline in the southwest', 'southwest').place.id, 'region:southwest-pakistan');
});

test('no bare-compass guess before a country name, with another country in play, or where a town is named', () => {
  const nigeria = placeMentions('Gunmen kill three in northwest Nigeria');
  assert.ok(!nigeria.some((m) => m.place?.id === 'region:northwest-pakistan'));
  const two = placeMentions('Afghanistan and Pakistan: militants killed in the northwest');
  assert.ok(!two.some((m) => m.surface === 'northwest'));
  const town = placeMentions('Pakistan: a bomb in Peshawar kills four in the northwest');
  assert.ok(!town.some((m) => m.surface === 'northwest'));
});

test('Pashto names opening with a colour or size word are placed in the former tribal areas', () => {
  // "Speen" white, "Tor" black, "Sheen" green: unknown names in a text about Pakistan alone.
  assert.equal(placeOf('Militants attacked a post in Pakistan.\nSpeen Qabrai area', 'Speen Qabrai').place.id, 'region:fata');
  assert.equal(placeOf('Militants attacked a post in Pakistan.\nTor Kanrai', 'Tor Kanrai').place.id, 'region:fata');
  assert.equal(placeOf('Militants attacked a post in Pakistan.\nShpola Wam', 'Shpola Wam').place.id, 'region:fata');
});

test('more Pashto village and valley words: "Kaley", "Kellay", "Dara", "Kada"', () => {
  for (const name of ['Starai Kaley', 'Jabbar Kellay', 'Parangai Dara', 'Gulzai Kadda']) {
    assert.equal(placeOf(`Militants attacked a post in Pakistan.\n${name} village`, name).place.id, 'region:northwest-pakistan', name);
  }
});

test('"Charmang Bajaur agency": a tribal agency closing a longer capitalised run before "agency" is that agency', () => {
  const m = placeOf('Pakistan.\nCharmang Bajaur agency', 'Bajaur agency');
  assert.equal(m.place.admin2 ?? m.place.name, 'Bajaur');
  assert.equal(m.place.country, 'PK');
});

test('before "district" a longer run stays one name: "Pashtun Kot district" is not Kot district', () => {
  const found = placeMentions('Afghanistan: gunmen attacked a checkpoint in Pashtun Kot district, Faryab province.');
  assert.ok(!found.some((m) => m.surface.startsWith('Kot') && m.place?.kind === 'admin2'), found.map((m) => m.surface).join(', '));
});

test('an unknown "X area" or "X village" in a text that places only Pakistan is put in the former tribal areas', () => {
  const m = placeOf('Attack on a checkpoint kills two in Pakistan.\nQazdak area', 'Qazdak');
  assert.equal(m.place.id, 'region:fata');
  assert.ok(m.evidence?.includes('unknown-area-pakistan'), m.evidence?.join(', '));
  assert.equal(m.precision, 3);
});

test('no unknown-area guess where another country is in play or the text places a town itself', () => {
  const two = placeMentions('Clashes in Afghanistan and Pakistan kill four.\nQazdak area');
  assert.ok(!two.some((m) => m.surface === 'Qazdak'));
  const town = placeMentions('Gunmen kill two policemen in Quetta, Pakistan.\nQazdak area');
  assert.ok(!town.some((m) => m.surface === 'Qazdak' && m.place?.kind === 'region'));
});
