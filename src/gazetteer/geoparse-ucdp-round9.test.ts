import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeOf } from '../../test/place-mentions.ts';
import { analyze } from '../analyze.ts';
import { eventPlace } from '../eval/resolve.ts';
import { ucdpText } from '../eval/ucdp.ts';
import { haversineKm } from '../eval/metrics.ts';
import type { PlaceOut } from '../model/analysis.ts';

// UCDP/Pakistan geoparsing, session 9 (issue 3): classes found on new text about the region (the
// Pakistan and Afghanistan rows of GTD and ACLED dev, scripts/afpak-geo-misses.ts) and on UCDP's
// where-only rows. Sentences of our own writing.

function placeNamed(text: string, surface: string): PlaceOut {
  const a = analyze(text, { published: '2016-05-01' });
  const p = a.places.find((x) => x.mentions.some((m) => a.text.slice(m.start, m.end) === surface));
  assert.ok(p, `no place "${surface}" in: ${text}`);
  return p;
}

test('"X, Y" with Y a name that is only a province: a reading of X in another province far from Y is a namesake', () => {
  // GeoNames has Langar in Samangan only; Badghis has a Langar of its own that it lacks.
  const p = placeNamed('Gunmen attacked a police checkpost in Langar, Badghis, Afghanistan.', 'Langar');
  assert.equal(p.admin1, 'Badghis');
  assert.equal(p.precision, 3);
  // Karachi's Lyari is in Sindh; the text places its Lyari in Balochistan.
  assert.equal(placeNamed('Gunmen shot dead two men in Lyari, Balochistan.', 'Lyari').admin1, 'Balochistan');
});

test('the stated province keeps its own reading, a city-named container and a container abroad are left to the chain', () => {
  // Langar of Samangan is inside the stated province.
  const own = placeNamed('Gunmen attacked a police checkpost in Langar, Samangan, Afghanistan.', 'Langar');
  assert.equal(own.admin1, 'Samangan');
  assert.equal(own.precision, 1);
  // "FCT" is Nigeria's only: no rule across countries.
  assert.equal(placeNamed('Protesters gathered in Islamabad city (Islamabad, FCT).', 'Islamabad').country, 'PK');
});

test("Pakistan's south-west is placed where Balochistan's violence is: within 161 km of Quetta and of the Marri and Bugti hills", () => {
  const p = placeNamed('Gunmen kill two in southwest Pakistan', 'southwest Pakistan');
  assert.equal(p.id, 'region:southwest-pakistan');
  // Quetta; Dera Bugti and Kohlu towns (our own approximate points).
  for (const [lat, lon] of [[30.18, 67.0], [29.03, 69.15], [29.9, 69.25]]) assert.ok(haversineKm(p.lat!, p.lon!, lat, lon) <= 161, `${lat}, ${lon}`);
});

test('UCDP: a GeoNames place in a country the text does not name is no event place when the text names a country', () => {
  // Zafar is a town of Tashkent Region in GeoNames; the line's other names are unknown.
  const a = analyze(ucdpText('Militants attack check post in Pakistan', 'Makane Bagh, Zafar'), { published: '2010-05-01' });
  assert.ok(a.places.some((p) => p.country === 'UZ'), 'the namesake is still read by analyze');
  assert.equal(eventPlace(a, 'ucdp')?.country, 'PK');
  // "Tapi" is a village of Albania: the chain's Pakistani district is the place.
  const b = analyze(ucdpText('Two killed in blast in Pakistan', 'Tabi Ghundi Kala village (Tapi), North Waziristan'), { published: '2010-05-01' });
  assert.equal(eventPlace(b, 'ucdp')?.name, 'North Waziristan');
  // A headline that names only the United States keeps the curated places of Pakistan.
  const c = analyze(ucdpText('US drone attack kills 5 in N Waziristan', 'Sokhel area, Mir Ali town, NWA'), { published: '2012-05-01' });
  assert.equal(eventPlace(c, 'ucdp')?.country, 'PK');
});

test('"the Pakistan-ruled Neelum valley": a word of control before a name is no part of it and does not break the chain', () => {
  const valley = placeNamed('Indian shelling hit a village in the Pakistan-ruled Neelum valley', 'Neelum valley');
  assert.equal(valley.admin1, 'Azad Jammu and Kashmir');
  // Shahkot has a namesake in Punjab (GeoNames); the one inside the valley is meant.
  assert.equal(placeNamed('Pakistan\nShahkot village in the Pakistan-ruled Neelum valley, Kashmir', 'Shahkot').admin1, 'Azad Jammu and Kashmir');
});

test('a report of firing across the ceasefire lines that places nothing below Pakistan is set on the Pakistani side of the Line of Control', () => {
  const a = analyze('Pakistan says two villagers killed in ceasefire violations\nvillage Sher Mastana', { published: '2017-05-01' });
  const p = eventPlace(a, 'ucdp');
  assert.equal(p?.id, 'place:PK:ceasefire-lines');
  assert.ok(p?.evidence?.includes('ceasefire-line-cue'), p?.evidence?.join(', '));
  // Within 161 km of Sialkot's border villages and of the Neelum valley (our own approximate points).
  for (const [lat, lon] of [[32.46, 74.84], [34.6, 73.92]]) assert.ok(haversineKm(p!.lat!, p!.lon!, lat, lon) <= 161, `${lat}, ${lon}`);
  // Not without the cue, and not when the text places something itself.
  assert.notEqual(eventPlace(analyze('Pakistan says two villagers killed\nvillage Sher Mastana', { published: '2017-05-01' }), 'ucdp')?.id, 'place:PK:ceasefire-lines');
  assert.equal(eventPlace(analyze('Pakistan says two killed in ceasefire violations\nNakyal sector, Kotli', { published: '2017-05-01' }), 'ucdp')?.name, 'Nakyal');
});

test('"subdistrict" and "subdivision" are unit words like "tehsil": "Landi Kotal Subdistrict" is Landi Kotal', () => {
  assert.equal(placeNamed('Pakistan\nnear a railway station in Landi Kotal Subdistrict', 'Landi Kotal').admin1, 'Federally Administered Tribal Areas');
  assert.equal(placeNamed('Pakistan\nclashes in Bara subdivision', 'Bara').country, 'PK');
});

test('plural unit words after a list ("Bazaar and Tirah Valleys", "Ladha and Makeen Tehsils") are feature words', () => {
  assert.equal(placeNamed('Pakistan\nBazaar and Tirah Valleys', 'Tirah').admin1, 'Federally Administered Tribal Areas');
  const p = placeNamed('Pakistan\nclashes in the Kurram and Orakzai agencies', 'Orakzai');
  assert.equal(p.admin1, 'Federally Administered Tribal Areas');
});

test('a lone unknown line of hyphen-joined capitalised words is an unknown name like any other', () => {
  const a = analyze('Two soldiers killed in Pakistan\nZawodin-Bhukkar', { published: '2010-05-01' });
  const p = eventPlace(a, 'ucdp');
  assert.equal(p?.id, 'region:fata');
  assert.ok(p?.evidence?.includes('whole-line'), p?.evidence?.join(', '));
  // A line in capitals is still no name.
  assert.equal(eventPlace(analyze('Two soldiers killed in Pakistan\nTOTAL-TWO', { published: '2010-05-01' }), 'ucdp')?.kind, 'country');
});

test('supplement part 6: tehsils of Khyber Pakhtunkhwa, Gilgit-Baltistan and Azad Kashmir found missing by a coverage check', () => {
  for (const [name, admin1, admin2] of [
    ['Bisham', 'Khyber Pakhtunkhwa', 'Shangla'],
    ['Torkhow', 'Khyber Pakhtunkhwa', 'Upper Chitral'],
    ['Gadezai', 'Khyber Pakhtunkhwa', 'Buner'],
    ['Allai', 'Khyber Pakhtunkhwa', 'Battagram'],
    ['Judba', 'Khyber Pakhtunkhwa', 'Torghar'],
    ['Babuzai', 'Khyber Pakhtunkhwa', 'Swat'],
    ['Danyore', 'Gilgit-Baltistan', 'Gilgit'],
    ['Darel', 'Gilgit-Baltistan', 'Diamer'],
    ['Gupis', 'Gilgit-Baltistan', 'Ghizer'],
    ['Dadyal', 'Azad Jammu and Kashmir', 'Mirpur'],
  ] as const) {
    const m = placeOf(`Militants attacked a police post in Pakistan.\n${name} tehsil`, name);
    assert.equal(m.place.country, 'PK', name);
    assert.equal(m.place.admin1, admin1, name);
    assert.equal(m.place.admin2, admin2, name);
  }
});
