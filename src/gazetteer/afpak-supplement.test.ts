import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntityMention, PlaceEntry } from '../model/types.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { dataPath } from './load.ts';
import { loadPlaceGazetteer } from './places.ts';

// The AfPak supplement (data/places-supplement/afpak-*.json): tehsils, valleys, areas,
// villages and crossings of Khyber Pakhtunkhwa, the merged tribal districts and Balochistan,
// the former Frontier Regions, and variant spellings of Afghan border districts. Sentences in
// the style of Pakistani and wire reporting; each checks the entry picked, its admin1 on the
// event's day and how the document's country weighs against a namesake abroad.

const g = loadPlaceGazetteer();

function places(text: string): Array<EntityMention & { text: string; place: PlaceEntry }> {
  return g.match(text, tokenize(text)).map((m) => ({ ...m, text: text.slice(m.start, m.end), place: g.get(m.entity)! }));
}

function placeOf(text: string, surface: string) {
  // A mention spans its feature word too ("Shawal area").
  const m = places(text).find((x) => x.text === surface || x.text.startsWith(`${surface} `));
  assert.ok(m, `no place "${surface}" in: ${text}`);
  return m;
}

interface SupplementEntry extends PlaceEntry {
  needsContext?: boolean;
  caseSensitive?: string[];
}

test('every entry of the Pakistan supplement files is well formed: Pakistani admin1, a point inside Pakistan, an id no other entry has', () => {
  const admin1 = new Set(['Khyber Pakhtunkhwa', 'Balochistan', 'Punjab', 'Sindh', 'Gilgit-Baltistan', 'Azad Jammu and Kashmir']);
  const ids = new Set<string>();
  for (const [name, least] of [['afpak-pakistan.json', 250], ['afpak-pakistan-2.json', 1], ['afpak-pakistan-3.json', 100]] as const) {
    const file = JSON.parse(readFileSync(dataPath(`places-supplement/${name}`), 'utf8')) as { notes: string; places: SupplementEntry[] };
    assert.match(file.notes, /public facts/, name);
    assert.ok(file.places.length >= least, `${name}: only ${file.places.length} entries`);
    for (const p of file.places) {
      assert.ok(!ids.has(p.id), `${p.id} twice`);
      ids.add(p.id);
      assert.equal(p.country, 'PK', p.id);
      assert.ok(admin1.has(p.admin1 ?? ''), `${p.id}: admin1 ${p.admin1}`);
      assert.ok(p.admin2, `${p.id} has no district`);
      // Pakistan lies within 23.5-37.1 N, 60.8-77.9 E.
      assert.ok(p.lat! > 23.5 && p.lat! < 37.1 && p.lon! > 60.8 && p.lon! < 77.9, `${p.id} at ${p.lat}, ${p.lon}`);
      assert.ok(p.aliases.includes(p.name), `${p.id}: its name is among its aliases`);
      assert.ok(g.get(p.id), `${p.id} is in the compiled gazetteer`);
    }
  }
});

test('tehsils, valleys and villages of the tribal districts resolve to their district', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Security forces killed three militants in the Shawal area of North Waziristan.', 'Shawal', 'place:PK:shawal', 'North Waziristan'],
    ['Two soldiers were martyred in Boya tehsil on Tuesday.', 'Boya', 'place:PK:boya', 'North Waziristan'],
    ['Jets struck hideouts in Degan village, officials said.', 'Degan', 'place:PK:degan', 'North Waziristan'],
    ['A roadside bomb hit a convoy in Spin Wam.', 'Spin Wam', 'place:PK:spinwam', 'North Waziristan'],
    ['Clashes were reported from Makeen, South Waziristan.', 'Makeen', 'place:PK:makeen', 'South Waziristan'],
    ['Militants fled towards the Rajgal valley of Tirah.', 'Rajgal', 'place:PK:rajgal', 'Khyber'],
    ['An operation began in Akka Khel area of Bara.', 'Akka Khel', 'place:PK:akakhel', 'Khyber'],
    ['Trade resumed at the Kharlachi border crossing.', 'Kharlachi', 'place:PK:kharlachi', 'Kurram'],
    ['A landmine exploded in Mamund tehsil of Bajaur.', 'Mamund', 'place:PK:mamund', 'Bajaur'],
    ['Militants attacked a check post in Kalaya.', 'Kalaya', 'place:PK:kalaya', 'Orakzai'],
  ];
  for (const [text, surface, id, admin2] of cases) {
    const m = placeOf(text, surface);
    assert.equal(m.entity, id, text);
    assert.equal(m.place.admin2, admin2, text);
    assert.equal(m.place.admin1, 'Khyber Pakhtunkhwa', text);
  }
});

test('the tribal districts and the Frontier Regions were FATA until the merger of 31 May 2018', () => {
  for (const id of ['place:PK:boya', 'place:PK:jandola', 'admin2:PK:fr-kohat', 'place:PK:darra-adam-khel', 'place:PK:hassan-khel']) {
    assert.equal(g.admin1At(id, '2017-03-01'), 'Federally Administered Tribal Areas', id);
    assert.equal(g.admin1At(id, '2019-03-01'), 'Khyber Pakhtunkhwa', id);
  }
  // Settled districts never were.
  assert.equal(g.admin1At('place:PK:takht-bhai', '2010-01-01'), 'Khyber Pakhtunkhwa');
  assert.equal(g.admin1At('place:PK:kuchlak', '2010-01-01'), 'Balochistan');
});

test('Balochistan: sub-divisions and towns resolve there, not to namesakes', () => {
  for (const [text, surface, id] of [
    ['Gunmen opened fire on a bus near Kuchlak.', 'Kuchlak', 'place:PK:kuchlak'],
    ['Insurgents blew up a gas pipeline in Pir Koh.', 'Pir Koh', 'place:PK:pir-koh'],
    ['Security forces raided a camp in Mashkai, Awaran.', 'Mashkai', 'place:PK:mashkai'],
  ] as const) {
    assert.equal(placeOf(text, surface).entity, id, text);
  }
});

test('Afghan district spellings of the press reach the GeoNames districts', () => {
  const m = placeOf('Taliban fighters overran the centre of Nazyan district, Nangarhar, Afghanistan.', 'Nazyan');
  assert.equal(m.place.country, 'AF');
  assert.equal(m.place.admin1, 'Nangarhar');
});

test('a Pakistani village does not take a name in a document about Afghanistan', () => {
  // "Janikhel" is also the Jani Khel of FR Bannu; the document names only Afghanistan.
  const m = placeOf('Assailants shot and killed the Janikhel district chief outside his residence in Paktika, Afghanistan.', 'Janikhel');
  assert.equal(m.place.country, 'AF');
  // "Matani" is a spelling of Mattani, near Peshawar; here it is a bridge in Logar.
  const found = places('A police officer opened fire on his colleagues in Matani Bridge, Puli Alam, Logar, Afghanistan.');
  assert.ok(!found.some((x) => x.place.country === 'PK'), JSON.stringify(found.map((x) => x.entity)));
});

test('a name that is also a place abroad needs Pakistan in play ("Safi" tehsil of Mohmand, Safi in Morocco)', () => {
  assert.equal(placeOf('Mortar shells landed in Safi tehsil of Mohmand, Pakistan.', 'Safi').place.country, 'PK');
  assert.equal(placeOf('Dockworkers protested in Safi, Morocco.', 'Safi').place.country, 'MA');
});
