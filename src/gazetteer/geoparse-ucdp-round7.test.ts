import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isClanName, pashtoArea } from './clan-areas.ts';
import { placeMentions, placeOf } from '../../test/place-mentions.ts';

// UCDP/Pakistan geoparsing, session 7 (issue 3): roads named by two towns, chain members read
// abroad by another spelling, Pashtun clan names, and supplement part 4. Sentences of our own
// writing; the places are real.

test('"A-B road" is read as its first-named town when no name covers the pair', () => {
  const text = 'Pakistan: two policemen were shot dead on the Mardan-Swabi road on Monday.';
  const road = placeOf(text, 'Mardan-Swabi');
  assert.equal(road.place.name, 'Mardan');
  assert.equal(road.place.country, 'PK');
  assert.match(road.rule, /Mardan|mardan/);
});

test('the road word may close the capitalised run, and the first end may be two words', () => {
  const sargodha = placeOf('Pakistan: a bomb went off near a checkpoint on the Sargodha-Faisalabad Road.', 'Sargodha-Faisalabad');
  assert.equal(sargodha.place.name, 'Sargodha');
  const dik = placeOf('Pakistan: gunmen fired on a van on the DI Khan-Kulachi road.', 'DI Khan-Kulachi');
  assert.equal(dik.place.admin2, 'Dera Ismail Khan');
});

test('a road followed by the place it runs through leaves the place to say where', () => {
  const text = 'Residents blocked the Sanliurfa-Akcakale highway in Akcakale district of Sanliurfa.';
  const road = placeMentions(text).find((m) => m.surface === 'Sanliurfa-Akcakale');
  assert.ok(!road || road.entity.startsWith('unresolved:'), road?.entity);
  assert.equal(placeOf(text, 'Akcakale').place.country, 'TR');
});

test('a chain member read abroad only by another spelling stays unknown in a text about Pakistan', () => {
  // "Godaivalla" is spelt like Guidoval, a district of Minas Gerais, 13,000 km away.
  const text = 'Pakistan.\nDosali village, Godaivalla, in Datta Khel in North Waziristan';
  const found = placeMentions(text).map((m) => `${m.surface}:${m.place.country}`);
  assert.ok(!found.some((f) => f.endsWith(':BR')), found.join(', '));
  assert.equal(placeOf(text, 'Dosali').place.admin2, 'North Waziristan');
});

test('a town named as written keeps its reading abroad, whatever country the text is about', () => {
  const text = 'On 27 February 2022, people rallied in Lead (South Dakota) in support of the people of Ukraine.';
  assert.equal(placeOf(text, 'Lead').place.country, 'US');
});

test('Pashtun clan names: "X Khel", "Xkhel", and not a bare "Khel"', () => {
  assert.ok(isClanName('watta khel'));
  assert.ok(isClanName('kotakhel'));
  assert.ok(isClanName('jandar kheil'));
  assert.ok(!isClanName('khel'));
  assert.ok(!isClanName('michel'));
  assert.ok(!isClanName('watta'));
});

test('pashtoArea reads a key by its first and last words', () => {
  assert.equal(pashtoArea('watta khel'), 'tribal-areas');
  assert.equal(pashtoArea('kotakhel'), 'tribal-areas');
  assert.equal(pashtoArea('khel'), null);
  assert.equal(pashtoArea('behranzai'), 'north-west');
  assert.equal(pashtoArea('litta sar'), 'tribal-areas');
  assert.equal(pashtoArea('sar'), null);
  assert.equal(pashtoArea('zawoon kallay'), 'north-west');
  // The first word of three, not the second: "speen" opens the name.
  assert.equal(pashtoArea('speen wari ghundi'), 'tribal-areas');
  assert.equal(pashtoArea('wari speen ghundi'), null);
  assert.equal(pashtoArea('killi pir ismail'), 'south-west');
  assert.equal(pashtoArea('zain koh'), 'south-west');
  assert.equal(pashtoArea('dasht'), null);
});

test('an unknown clan area in a text about Pakistan alone is placed in the former tribal areas', () => {
  const text = 'Four soldiers killed in suicide bombing in Pakistan.\nWatta Khel';
  const m = placeOf(text, 'Watta Khel');
  assert.equal(m.place.id, 'region:fata');
  assert.equal(m.precision, 3);
  assert.ok(m.evidence?.includes('pashtun-clan-name'));
});

test('no clan-area guess where Afghanistan is in play too', () => {
  const text = 'Afghan and Pakistani forces exchanged fire in Afghanistan and Pakistan.\nWatta Khel';
  assert.ok(!placeMentions(text).some((m) => m.surface === 'Watta Khel' && m.place?.id === 'region:fata'));
});

test('supplement part 4: districts at their own headquarters, not another district\'s point', () => {
  const torGhar = placeOf('Pakistan: a landslide blocked roads in Torghar district.', 'Torghar district');
  assert.equal(torGhar.place.admin1, 'Khyber Pakhtunkhwa');
  assert.ok(torGhar.place.lat! > 34.4, `Tor Ghar at ${torGhar.place.lat}`);
  const kohistan = placeOf('Pakistan: militants attacked a bus in Kohistan district.', 'Kohistan');
  assert.equal(kohistan.place.country, 'PK');
  const nagar = placeOf('Pakistan: floods cut off villages in Nagar district of Gilgit-Baltistan.', 'Nagar');
  assert.equal(nagar.place.admin1, 'Gilgit-Baltistan');
  assert.ok(nagar.place.lat! > 36, `Nagar at ${nagar.place.lat}`);
});

test('supplement part 4: Karachi neighbourhoods', () => {
  for (const name of ['Gadap', 'Shah Faisal Colony', 'Golimar', 'Ibrahim Hyderi']) {
    const m = placeOf(`Pakistan: a man was shot dead in ${name} on Monday.`, name);
    assert.equal(m.place.admin2, 'Karachi', name);
  }
});

test('"X, opposite Y sector": X is across the Line of Control from Y, in the other country', () => {
  const text = 'Jammu and Kashmir: shelling across the Line of Control.\nAthmuqam, opposite Kupwara sector in Kupwara District of Jammu and Kashmir';
  const m = placeOf(text, 'Athmuqam');
  assert.equal(m.place.country, 'PK');
  assert.equal(m.place.admin1, 'Azad Jammu and Kashmir');
  assert.equal(placeOf(text, 'Kupwara').place.country, 'IN');
});

test('Pashto place words: peaks and seasonal camps in the tribal areas, villages and valleys in the north-west', () => {
  assert.equal(placeOf('Militants attacked a post in Pakistan.\nLitta Sar', 'Litta Sar').place.id, 'region:fata');
  assert.equal(placeOf('Militants attacked a post in Pakistan.\nZawoon Kallay', 'Zawoon Kallay').place.id, 'region:northwest-pakistan');
});

test('region names with an adjective: "Pakistan\'s restive northwest", "Pak\'s restive NW"', () => {
  assert.equal(placeOf("Suicide bomber kills five in Pakistan's restive northwest", "Pakistan's restive northwest").place.id, 'region:northwest-pakistan');
  assert.equal(placeOf("Blast at a mosque in Pak's restive NW", "Pak's restive NW").place.id, 'region:northwest-pakistan');
});

test('no Pashto-word guess where the text places a town itself, and one-word endings ("Behranzai")', () => {
  const guessed = placeOf('Militants attacked a post in Pakistan.\nBehranzai area', 'Behranzai');
  assert.equal(guessed.place.id, 'region:northwest-pakistan');
  const text = 'Gunmen kill two policemen in Quetta, Pakistan.\nBehranzai area';
  assert.ok(!placeMentions(text).some((m) => m.surface === 'Behranzai' && m.place?.kind === 'region'));
});
