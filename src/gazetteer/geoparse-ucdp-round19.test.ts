import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { primaryPlace } from '../eval/primary.ts';
import { eventPlace } from '../eval/resolve.ts';
import { haversineKm } from '../eval/metrics.ts';

// Session 19 (issue 3): a bracket after a place that opens with its district or town ("X (D, P)",
// ACLED's way of writing a place) states the container; a namesake of X hundreds of kilometres
// from D is not the place. Texts in the ACLED and UCDP styles, our own writing; the districts,
// towns and namesakes are real, the villages may not be.

const read = (text: string, scheme: 'acled' | 'ucdp' = 'acled') => eventPlace(analyze(text, { name: 'round19', published: '2022-06-04' }), scheme);
const kmFrom = (p: ReturnType<typeof read>, lat: number, lon: number) => (p?.lat == null || p.lon == null ? Infinity : haversineKm(p.lat, p.lon, lat, lon));

test('a namesake far from the bracketed district loses to a village of that district', () => {
  // Shahpur (Punjab), Isakhel (Punjab), Akakhel (Khyber): each hundreds of km from the district named.
  for (const [text, admin1, lat, lon] of [
    ['On 4 June 2022, militants attacked a checkpost in Shahpur (Kech, Balochistan).', 'Balochistan', 26.0, 63.05],
    ['On 4 June 2022, security forces raided Isa Khel village (Chitral, Khyber Pakhtunkhwa) and arrested two suspects.', 'Khyber Pakhtunkhwa', 35.85, 71.79],
    ['On 4 June 2022, militants attacked a checkpost in Akakhel (Dera Bugti, Balochistan).', 'Balochistan', 29.03, 69.16],
  ] as const) {
    const p = read(text);
    assert.equal(p?.name.replace(' village', ''), text.match(/(?:in|raided) ([A-Z]\w+(?: Khel)?)/)![1], text);
    assert.equal(p?.admin1, admin1, text);
    assert.ok(kmFrom(p, lat, lon) < 161, `${text}: ${p?.id} ${p?.lat},${p?.lon}`);
  }
  // The same on a UCDP location line.
  const line = read('Militants killed in Pakistan\nShahpur (Kech district)', 'ucdp');
  assert.equal(line?.admin1, 'Balochistan');
  // A bracket opening with a town: Dazhuang of Gansu is 1,100 km from Suzhou (Anhui).
  const town = read('On 29 January 2022, workers gathered in front of a town government building in Dazhuang township (Suzhou, Anhui) to demand wage arrears.');
  assert.equal(town?.admin1, 'Anhui');
});

test('a place inside its bracketed district, a bracket naming a province, and a coded place keep their readings', () => {
  // Known places inside the district they are bracketed with.
  const kisombe = read('On 18 February 2022, the Mai-Mai fought with the FARDC in Uvira (Uvira, Sud-Kivu).');
  assert.equal(kisombe?.name, 'Uvira');
  assert.equal(kisombe?.unresolved, undefined);
  // "(Texas)": Texas County (Missouri) is no district stating the container; Carthage, Texas stays.
  const carthage = read('On 22 January 2022, members of the Panola County Republican Women gathered in Carthage (Texas) to support banning abortions.');
  assert.ok(kmFrom(carthage, 32.157, -94.337) < 25, `${carthage?.id}`);
  // "around Rechytsa [coded to Minsk]": the coded name is no place inside the bracketed one.
  const coded = read('On 10 February 2022, Russian forces moved into the Gomel region around Rechytsa [coded to Minsk].');
  assert.ok(kmFrom(coded, 53.9, 27.567) < 25, `${coded?.id}`);
});

test('a village or area near a town, or after a comma before it, is no namesake hundreds of kilometres away', () => {
  // Shahpur (Punjab) is 900 km from Kech; Isakhel (Punjab) 350 km from Chitral.
  for (const [text, scheme, lat, lon] of [
    ['Militants attacked a checkpost in Shahpur village near Kech, Pakistan.', 'acled', 26.0, 63.05],
    ['Militants killed in Pakistan\nIsa Khel area near Chitral', 'ucdp', 35.85, 71.79],
    ['Militants killed in Pakistan\nIsa Khel village, Chitral', 'ucdp', 35.85, 71.79],
  ] as const) {
    const p = read(text, scheme);
    assert.ok(kmFrom(p, lat, lon) < 161, `${text}: ${p?.id} ${p?.lat},${p?.lon}`);
  }
  // A road near a town is near the town, whatever its name reads as; a list of towns keeps its towns.
  const road = analyze('11/27/2018: Assailants ambushed a military vehicle along Ali Abad road near Kunduz, Afghanistan.', { name: 'round19', published: '2018-11-27' });
  // (Read as a chain, the road went to the town of Ali Abad and Kunduz to the province.)
  assert.equal(primaryPlace(road)?.name, 'Kunduz');
  assert.equal(primaryPlace(road)?.kind, 'populated-place');
  const list = analyze('On 4 June 2022, protests were held in Lahore, Karachi, Quetta and Peshawar.', { name: 'round19', published: '2022-06-04' });
  for (const name of ['Lahore', 'Karachi', 'Quetta', 'Peshawar']) assert.ok(list.places.some((p) => p.name === name && !p.unresolved), name);
});

test('an apposition calling the name a village, or a bare name near a town, states where it is', () => {
  for (const [text, scheme, lat, lon] of [
    ['Militants attacked a checkpost in Shahpur, a village in Kech district, Pakistan.', 'acled', 26.0, 63.05],
    ['Militants killed in Pakistan\nIsa Khel near Chitral', 'ucdp', 35.85, 71.79],
  ] as const) {
    const p = read(text, scheme);
    assert.ok(kmFrom(p, lat, lon) < 161, `${text}: ${p?.id} ${p?.lat},${p?.lon}`);
  }
  // "The White House near Oktyabr district in Bishkek city": the landmark's namesake reading
  // (Casablanca, "white house") is 7,000 km from Bishkek.
  const bishkek = read('On 14 June 2022, activists protested outside The White House near Oktyabr district in Bishkek city against a bill on gambling.');
  assert.equal(bishkek?.country, 'KG');
  // A country before "near" is no place inside the next name.
  const from = analyze('On 29 April 2022, BSF personnel shot down a drone belonging to assailants from Pakistan near Dhanoe Kalan village in Amritsar sector (Amritsar-II, Amritsar district, Punjab).', { name: 'round19', published: '2022-04-29' });
  assert.ok(from.places.some((p) => p.name === 'Pakistan' && p.kind === 'country'));
});

test('a place a short stated distance from a town, or between two towns, is near the town', () => {
  for (const [text, scheme, lat, lon] of [
    ['Militants attacked a checkpost in Shahpur area, 20 km from Turbat, Pakistan.', 'acled', 26.0, 63.05],
    ['Militants killed in Pakistan\nIsa Khel area between Chitral and Dir', 'ucdp', 35.85, 71.79],
  ] as const) {
    const p = read(text, scheme);
    assert.ok(kmFrom(p, lat, lon) < 161, `${text}: ${p?.id} ${p?.lat},${p?.lon}`);
  }
  // A long way from the town says nothing about the namesake: Punjab's Shahpur stays.
  const far = read('Militants killed in Pakistan\nShahpur area, 250 km from Turbat', 'ucdp');
  assert.equal(far?.admin1, 'Punjab');
});

test('a street named after a place, written with a lower-case "street" or "avenue", is in the town named', () => {
  const sondrio = read('On 17 February 2022, hundreds of farmers gathered outside the Prefecture, in Vittorio Veneto street, in Sondrio (Sondrio, Lombardia) to protest against rising energy costs.');
  assert.equal(sondrio?.name, 'Sondrio');
  const lima = analyze('On 18 May 2022, in Lima - Lima District (Lima), unionized workers marched through Abancay avenue as a demonstration.', { name: 'round19', published: '2022-05-18' });
  assert.ok(!lima.places.some((p) => p.name === 'Abancay'));
  // The town itself, with no street word after it, is still read.
  assert.equal(read('On 18 May 2022, unionized workers marched in Abancay (Apurimac).')?.name, 'Abancay');
});
