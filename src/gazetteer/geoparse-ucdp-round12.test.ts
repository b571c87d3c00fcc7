import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { eventPlace } from '../eval/resolve.ts';
import { loadPlaceIndex } from './place-index.ts';

// Session 12 (issue 3): general fallbacks for places we do not know inside containers we do.

function ucdpPlace(text: string, day = '2010-06-01') {
  return eventPlace(analyze(text, { name: 'round12', published: day }), 'ucdp');
}

test('a curated town names a GeoNames-only district as its admin2, and the compiled index links it', () => {
  // Rashakai and Fatehpur (Swat) have no GeoNames town folded into them, and we hold no curated
  // entry for Nowshera or Swat district: the link is by the district's name without "District".
  const ix = loadPlaceIndex().index;
  for (const [id, district] of [['place:PK:rashakai', 'Nowshera'], ['place:PK:fatehpur-swat', 'Swat']]) {
    const i = ix.indexOfId(id);
    assert.ok(i >= 0, id);
    const a2 = ix.admin2(i);
    assert.ok(a2 >= 0, `${id} has an admin2 entry`);
    assert.equal(ix.kind(a2), 'admin2', id);
    assert.match(ix.name(a2), new RegExp(`^${district}`), id);
  }
});

test('"X of Y agency": a curated namesake of X filed under another district is not the place', () => {
  // Rashakai of Nowshera is 94 km from Bajaur's seat, within the 300 km a district may reach: only
  // its own district tells it from the Bajaur village.
  const p = ucdpPlace('Pakistani jets pound militant hideouts in tribal area\nRashakai of Bajaur agency');
  assert.equal(p?.admin1, 'Federally Administered Tribal Areas');
  assert.notEqual(p?.id, 'place:PK:rashakai');
  assert.equal(ucdpPlace('Blast kills 3 in northwest Pakistan\nRashakai area of Nowshera district')?.id, 'place:PK:rashakai');
});

test('"frontier region of X", in any case, is the Frontier Region, not the district town', () => {
  for (const [line, id] of [
    ['frontier region of Peshawar', 'admin2:PK:fr-peshawar'],
    ['Frontier Region of Kohat', 'admin2:PK:fr-kohat'],
    ['frontier region Bannu', 'admin2:PK:fr-bannu'],
  ]) {
    const p = ucdpPlace(`Pakistan\n${line}`);
    assert.equal(p?.id, id, line);
    assert.equal(p?.admin1, 'Federally Administered Tribal Areas', line);
  }
  // The district town itself is still the town.
  assert.equal(ucdpPlace('Pakistan\nPeshawar city')?.id, 'place:PK:peshawar');
});

test('a where-line name read only by its spelling, far outside the region the headlines name, gives way to that region', () => {
  // "Badan" is read as Sindh's Badin and "Kusar" as Punjab's Kasur by their consonants; under a
  // headline about the north-west neither can be the village meant.
  for (const line of ['Badan area', 'Kusar']) {
    assert.equal(ucdpPlace(`Militants killed in northwest Pakistan\n${line}`)?.id, 'region:northwest-pakistan', line);
    // With no region in the headlines the spelling reading stays.
    assert.equal(ucdpPlace(`Pakistan\n${line}`)?.evidence?.includes('spelling-variant'), true, line);
  }
  // A spelling reading inside the headlines' province stays (Paleri read as Palai of Khyber Pakhtunkhwa).
  assert.equal(ucdpPlace('Militants killed in northwest Pakistan\nPaleri area')?.id, 'place:PK:palai');
  // An exact name far away keeps its reading: headlines are loose.
  assert.equal(ucdpPlace('Militants killed in northwest Pakistan\nSanghar area')?.admin1, 'Sindh');
});

test('a town\'s cantonment or bypass is in the town, not an unknown name for the tribal areas', () => {
  for (const [line, id] of [
    ['near Dera Allah Yar Bypass', 'place:PK:dera-allah-yar'],
    ['Quetta Bypass', 'place:PK:quetta'],
    ['Bannu Cantt', 'place:PK:bannu'],
    ['Zhob Cantonment', 'place:PK:zhob'],
  ]) {
    assert.equal(ucdpPlace(`Pakistan\n${line}`)?.id, id, line);
  }
  // A roundabout named after a town is not read as that town ("chowk" is no feature word).
  assert.notEqual(ucdpPlace('Pakistan\nBannu Chowk')?.id, 'place:PK:bannu');
});

test('a town named before a paramilitary force or a facility ("Panjgur FC camp", "Jamrud Fort") is that town', () => {
  for (const [line, id] of [
    ['Panjgur FC camp', 'place:PK:panjgur'],
    ['near Turbat Levies post', 'place:PK:turbat'],
    ['Zhob Militia headquarters', 'place:PK:zhob'],
    ['near Jamrud Fort', 'place:PK:jamrud'],
    ['near Quetta Bus Terminal', 'place:PK:quetta'],
  ]) {
    assert.equal(ucdpPlace(`Pakistan\n${line}`)?.id, id, line);
  }
});

test('a town named only as a road\'s name gives way to the town the line places the road in', () => {
  assert.equal(ucdpPlace('Pakistan\nPeerdil Khel check post, Miranshah road, Bannu, NWFP')?.id, 'place:PK:bannu');
  assert.equal(ucdpPlace('Blast kills 2 in northwest Pakistan\nKohat Road in Peshawar')?.id, 'place:PK:peshawar');
  // With no other town on the line, the road's town is kept.
  assert.equal(ucdpPlace('Blast kills 2 in northwest Pakistan\nBannu Road')?.id, 'place:PK:bannu');
  // A town named as itself as well as in a road's name stays.
  assert.equal(ucdpPlace('Pakistan\nTabbi area of Ghulam Khan road in Miranshah')?.id, 'place:PK:miranshah');
});
