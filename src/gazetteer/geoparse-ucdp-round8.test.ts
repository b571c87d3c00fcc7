import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeMentions, placeOf } from '../../test/place-mentions.ts';
import { analyze } from '../analyze.ts';
import { eventPlace } from '../eval/resolve.ts';
import { ucdpText } from '../eval/ucdp.ts';

// UCDP/Pakistan geoparsing, session 8 (issue 3). Sentences of our own writing.

test('an unknown name spelt like a GeoNames town of the named country but for its vowels and doubled letters is that town', () => {
  // Chichawatni (Sahiwal) and Burewala (Vehari) are GeoNames towns; the spellings are not.
  const m = placeOf('Police in Pakistan said a blast hit a market.\nChichawatnee', 'Chichawatnee');
  assert.equal(m.place.name, 'Chichawatni');
  assert.equal(m.place.admin1, 'Punjab');
  assert.ok(m.evidence?.includes('spelling-variant'), m.evidence?.join(', '));
  assert.equal(placeOf('Gunmen shot a policeman in Pakistan.\nBurewaala', 'Burewaala').place.name, 'Burewala');
});

test('an unknown name spelt like a GeoNames district of the named country is that district', () => {
  const m = placeOf('Rebels blew up a railway track in Pakistan.\nJafferabad', 'Jafferabad');
  assert.equal(m.place.kind, 'admin2');
  assert.equal(m.place.admin1, 'Balochistan');
});

test('no town-spelling reading without the country named outright, or with another country named', () => {
  // No country named: the spelling alone is too weak.
  assert.ok(!placeMentions('A blast hit a market.\nChichawatnee').some((m) => m.surface === 'Chichawatnee'));
  // Named country elsewhere: Chichawatni is in Pakistan, not in Nigeria.
  assert.ok(!placeMentions('Police in Nigeria said a blast hit a market.\nChichawatnee').some((m) => m.surface === 'Chichawatnee'));
});

test('supplement part 5: tehsils and towns of Sindh, Punjab and Balochistan found missing by a coverage check', () => {
  for (const [name, admin1] of [
    ['Latifabad', 'Sindh'],
    ['Nagarparkar', 'Sindh'],
    ['Thari Mirwah', 'Sindh'],
    ['Karor Lal Esan', 'Punjab'],
    ['Fateh Jang', 'Punjab'],
    ['Saranan', 'Balochistan'],
  ] as const) {
    const m = placeOf(`Militants attacked a police post in Pakistan.\n${name}`, name);
    assert.equal(m.place.country, 'PK', name);
    assert.equal(m.place.admin1, admin1, name);
  }
  // "Isakhel" is Mianwali's tehsil, not a clan area of the tribal belt.
  assert.equal(placeOf('Militants attacked a police post in Pakistan.\nIsakhel', 'Isakhel').place.admin2, 'Mianwali');
});

test('supplement part 5: neighbourhoods and suburbs of Karachi, Quetta, Peshawar, Islamabad and Rawalpindi', () => {
  for (const [name, admin2] of [
    ['Safoora Goth', 'Karachi'],
    ['Gulshan-e-Hadeed', 'Karachi'],
    ['Killi Almas', 'Quetta'],
    ['Kohati Gate', 'Peshawar'],
    ['Bhara Kahu', 'Islamabad'],
    ['Pirwadhai', 'Rawalpindi'],
  ] as const) {
    const m = placeOf(`A grenade attack was reported in Pakistan.\n${name} area`, name);
    assert.equal(m.place.country, 'PK', name);
    assert.equal(m.place.admin2, admin2, name);
  }
});

test('UCDP: a place named before "N km east of Y" but far from Y is a namesake; Y is where it is, near but not at', () => {
  // Dargai of Malakand is 300 km from Wana: the Dargai meant is an unknown village 20 km from Wana.
  const a = analyze(ucdpText('Militants attack a checkpoint in South Waziristan', 'Dargai area, 20 kilometres east of Wana'), { name: 'test' });
  const p = eventPlace(a, 'ucdp');
  assert.equal(p?.name, 'Wana');
  assert.equal(p?.precision, 2);
  // A place near the one measured from stays: Mir Ali is some 25 km from Miranshah.
  const b = analyze(ucdpText('Blast kills two in northwest Pakistan', 'Mir Ali, some 25 kilometres east of Miranshah'), { name: 'test' });
  assert.equal(eventPlace(b, 'ucdp')?.name, 'Mir Ali');
});

test('UCDP: the place measured from is not the event place when the distance is over 161 km', () => {
  const a = analyze(
    ucdpText('Drone strike kills four in Pakistan', 'North Waziristan tribal region, 320 km (200 miles) southwest of the capital Islamabad'),
    { name: 'test' },
  );
  assert.equal(eventPlace(a, 'ucdp')?.name, 'North Waziristan');
});

test('an unknown "X area" in a text whose only country comes from Pakistani actors is put in the former tribal areas', () => {
  // "Pakistani Taliban" names no place, but the text is about Pakistan all the same.
  const a = analyze('Pakistani Taliban commanders killed in clash with security forces\nQazdak area', { name: 'test' });
  assert.deepEqual(a.places.map((p) => p.id), ['region:fata']);
  // An Afghan actor beside it: no guess.
  const b = analyze('Pakistani Taliban and Afghan Taliban commanders killed in clash\nQazdak area', { name: 'test' });
  assert.ok(!b.places.some((p) => p.id === 'region:fata'), b.places.map((p) => p.id).join(', '));
});

test('a later line that is only an unknown name, in a text that places only Pakistan, is put in the former tribal areas', () => {
  // analyze, not the bare matcher: its sentences end at the line break.
  const placesOf = (text: string) => analyze(text, { name: 'test' }).places;
  const guess = placesOf('Two soldiers killed in a roadside blast in Pakistan\nZarkai Mor').find((p) => p.id === 'region:fata');
  assert.ok(guess, 'no guess');
  assert.ok(guess.evidence?.includes('unknown-area-pakistan'), guess.evidence?.join(', '));
  assert.equal(guess.mentions[0].text, 'Zarkai Mor');
  // Not a line in capitals, not where a town is placed, not where another country is named.
  assert.ok(!placesOf('Two soldiers killed in a roadside blast in Pakistan\nTOTAL').some((p) => p.id === 'region:fata'));
  assert.ok(!placesOf('Two soldiers killed in a roadside blast in Peshawar, Pakistan\nZarkai Mor').some((p) => p.id === 'region:fata'));
  assert.ok(!placesOf('Two soldiers killed in a roadside blast in Nigeria\nZarkai Mor').some((p) => p.id === 'region:fata'));
});

test('"tahsil" and "thesil" are spellings of "tehsil"', () => {
  const places = analyze('Militants attacked a police post in Pakistan.\nKabbal Tahsil', { name: 'test' }).places;
  assert.ok(places.some((p) => p.id === 'place:PK:kabal'), places.map((p) => p.id).join(', '));
  const safi = analyze('Militants attacked a police post in Pakistan.\nSafi thesil', { name: 'test' }).places;
  assert.ok(safi.some((p) => p.name === 'Safi' && p.country === 'PK'), safi.map((p) => p.id).join(', '));
});

test('Balochi place words ("Wadh", "Koh", "Kaur") and an opening "Killi" or "Dasht" place an unknown name in the south-west', () => {
  for (const name of ['Sangsila Wadh', 'Marav Koh', 'Nodiz Kaur', 'Killi Shadi Khan', 'Dasht Bolan']) {
    const places = analyze(`Security forces raided a hideout in Pakistan\n${name}`, { name: 'test' }).places;
    const guess = places.find((p) => p.id === 'region:southwest-pakistan');
    assert.ok(guess, `${name}: ${places.map((p) => p.id).join(', ')}`);
    assert.ok(guess.evidence?.includes('baloch-place-word'), guess.evidence?.join(', '));
  }
  // A Pashtun clan name still goes to the tribal areas; a text about Afghanistan gets no guess.
  assert.ok(analyze('Security forces raided a hideout in Pakistan\nSpinkai Koh Khel', { name: 'test' }).places.some((p) => p.id === 'region:fata'));
  assert.ok(!analyze('Security forces raided a hideout in Afghanistan\nSangsila Wadh', { name: 'test' }).places.some((p) => p.id === 'region:southwest-pakistan'));
});

test('an unknown name before "checkpost", "bazar", "camp", "town", "valley" or "localities" is an unknown area too', () => {
  for (const [line, name] of [['Zardad checkpost', 'Zardad'], ['Ghundikot bazar', 'Ghundikot'], ['Marghob valley', 'Marghob'], ['Shpolan town', 'Shpolan']]) {
    const m = placeOf(`Attack on a checkpoint kills two in Pakistan.\n${line}`, name);
    assert.equal(m.place.id, 'region:fata', line);
  }
});
