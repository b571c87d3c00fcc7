import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.ts';
import { eventPlace } from '../eval/resolve.ts';
import { ucdpText } from '../eval/ucdp.ts';
import { loadPlaceGazetteer } from './places.ts';

// Rules written for the small places of the AfPak region (issue 3, session 5): a stated
// container beats a namesake far from it, curated places spelt with other vowels, "Pak" and
// "NWA" as the Indian and Pakistani press write them, and places of the second part of the
// Pakistan supplement (its entries are checked with the first part's, in
// afpak-supplement.test.ts). Sentences of our own writing, in the style of wire reports and
// UCDP's location notes; the places are real.

const g = loadPlaceGazetteer();

function placesOf(text: string, published = '2017-06-01') {
  return analyze(text, { name: 'test', published }).places;
}

test('"X village of Y region": an unknown village inside Y beats a namesake of X far from Y', () => {
  // Daggar is also the seat of Buner, some 300 km from Chagmalai in South Waziristan.
  const ps = placesOf('Security forces raided a compound in Daggar village of Chagmalai region on Sunday.');
  const daggar = ps.find((p) => p.name === 'Daggar');
  assert.ok(daggar, JSON.stringify(ps.map((p) => p.name)));
  assert.equal(daggar.id.startsWith('place:PK:daggar'), false, 'not the Daggar of Buner');
  assert.equal(daggar.admin1, 'Federally Administered Tribal Areas');
  assert.ok(Math.abs(daggar.lat! - 32.4) < 0.2, `at ${daggar.lat}, ${daggar.lon}`);
  // Daggar near its own district still reads as itself.
  const own = placesOf('A bomb went off in Daggar town of Buner district.').find((p) => p.name === 'Daggar');
  assert.equal(own?.id, 'place:PK:daggar');
});

test('a district of another province does not capture a chain that names its own province', () => {
  // "Maqur" is Muqur of Badghis here, not the better-known Muqur of Ghazni.
  const ps = placesOf("Assailants detonated explosives at a girls' school in Kecha area, Maqur district, Badghis province, Afghanistan.", '2016-02-29');
  assert.ok(ps.some((p) => p.kind === 'admin2' && p.admin1 === 'Badghis'), JSON.stringify(ps.map((p) => [p.name, p.admin1])));
  assert.ok(!ps.some((p) => p.admin1 === 'Ghazni'));
});

test('an unknown name spelt like a curated place but for its vowels is that place, when its country is named', () => {
  const jiwani = placesOf('Separatists killed two naval officers near the town of Jewani in Pakistan.').find((p) => p.name === 'Jiwani');
  assert.ok(jiwani, 'Jewani is Jiwani');
  assert.equal(jiwani.admin1, 'Balochistan');
  assert.ok(jiwani.evidence?.includes('spelling-variant'), (jiwani.evidence ?? []).join(' '));
  const lone = placesOf('Pakistan: two naval officers were killed near Jewani.').find((p) => p.name === 'Jiwani');
  assert.ok(lone?.mentions.some((m) => m.rule === 'place-spelling-variant:place:PK:jiwani'));
  const spinTal = placesOf('A Pakistani soldier was killed in Speen Tal on Monday.').find((p) => p.id === 'place:PK:spin-tal');
  assert.ok(spinTal, 'Speen Tal is Spin Tal of Hangu');
  // With no country named, an unknown name stays unknown.
  assert.ok(!placesOf('A soldier was killed in Jewani on Monday.').some((p) => p.name === 'Jiwani'));
});

test('"Pak" (exact case) is Pakistan; NWA and SWA are the Waziristans', () => {
  assert.ok(placesOf('Two soldiers killed in explosion in Pak').some((p) => p.id === 'country:PK'));
  assert.ok(!placesOf('The workers of the Zeal Pak Cement Factory protested.').some((p) => p.id === 'country:PK'));
  assert.ok(placesOf('Drone strike kills four in Datta Khel, NWA').some((p) => p.id === 'admin2:PK:north-waziristan'));
  assert.ok(placesOf('Troops cleared Makeen in SWA').some((p) => p.id === 'admin2:PK:south-waziristan'));
});

test('the second part of the Pakistan supplement resolves to its districts and, in Mastung, to Mastung\'s Dasht', () => {
  for (const [text, id, admin2] of [
    ['Frontier Corps personnel were ambushed in Suntsar area.', 'place:PK:suntsar', 'Gwadar'],
    ['Gunmen attacked a check post in Parom tehsil of Panjgur.', 'place:PK:parom', 'Panjgur'],
    ['Indian shelling hit houses in Dudhnial sector of Neelum valley.', 'place:PK:dudhnial', 'Neelum'],
    ['Clashes broke out in Para Chamkani, Kurram.', 'place:PK:para-chamkani', 'Kurram'],
  ] as const) {
    const p = placesOf(text).find((x) => x.id === id);
    assert.ok(p, text);
    assert.equal(g.get(id)?.admin2, admin2, text);
  }
  const dasht = placesOf('Ten labourers were shot dead in Mastung\nDasht').find((p) => p.name === 'Dasht');
  assert.equal(dasht?.id, 'place:PK:dasht-mastung');
});

test('UCDP: a row without where_description reads its last line as a headline like the others', () => {
  const text = ucdpText('Pakistan: Gunmen kill 2 policemen in southwestern Quetta;Islamic State claims killing two policemen in Pakistan', '');
  const a = analyze(text, { name: 'test', published: '2018-01-01' });
  assert.equal(eventPlace(a, 'ucdp', false)?.name, 'Quetta');
});

test('"X area of Y district": a reading of X filed under another district is a namesake, even when near', () => {
  // Khazana of Peshawar lies some 70 km from Khar, within reach of a large district's seat.
  const ps = placesOf('Militants attacked a checkpost in Khazana area of Bajaur Agency.', '2010-06-01');
  const khazana = ps.find((p) => p.name === 'Khazana');
  assert.ok(khazana, JSON.stringify(ps.map((p) => p.name)));
  assert.notEqual(khazana.id, 'place:PK:khazana');
  assert.equal(khazana.admin1, 'Federally Administered Tribal Areas');
  // Named with its own city it is itself.
  const own = placesOf('A bomb exploded in Khazana, Peshawar.').find((p) => p.name === 'Khazana');
  assert.equal(own?.id, 'place:PK:khazana');
});

test('supplement part 3: areas of the former agencies and Karachi towns resolve to their district', () => {
  const cases: Array<[string, string, string]> = [
    ['Jets pounded hideouts in Khadezai area, officials said.', 'place:PK:khadezai', 'Orakzai'],
    ['Clashes were reported from the Shireen Darra area on Friday.', 'place:PK:shirin-darra', 'Orakzai'],
    ['Troops cleared Nari Baba area of Bazaar valley.', 'place:PK:nari-baba', 'Khyber'],
    ['A roadside bomb hit a convoy in Batwar area.', 'place:PK:batwar', 'Bajaur'],
    ['Militants attacked the Salala checkpost in Baizai tehsil.', 'place:PK:salala', 'Mohmand'],
    ['Two men were shot dead in Sohrab Goth on Monday.', 'place:PK:sohrab-goth', 'Karachi'],
    ['Security forces besieged Sherwangi in South Waziristan.', 'place:PK:sherwangi', 'South Waziristan'],
  ];
  for (const [text, id, admin2] of cases) {
    const p = placesOf(text, '2010-06-01').find((x) => x.id === id);
    assert.ok(p, `${id} in: ${text}`);
    assert.equal(g.get(id)?.admin2, admin2, text);
  }
});

test('a small town abroad, far from every place the text has placed, is a namesake of an unknown village', () => {
  // Lala is also a town in Assam, 2,100 km from the Neelum valley.
  const text = 'Aid worker dies in Indian shelling in Pakistani Kashmir\nNeelum valley (Pakistan), near Lala village, 80 kilometers northeast of Muzaffarabad, as he travelled to Athmuqam in the Neelum valley.';
  const ps = placesOf(text, '2016-11-20');
  assert.ok(!ps.some((p) => p.admin1 === 'Assam'), JSON.stringify(ps.map((p) => [p.name, p.admin1])));
  assert.equal(eventPlace(analyze(text, { name: 'test', published: '2016-11-20' }), 'ucdp')?.admin1, 'Azad Jammu and Kashmir');
  // The same town where the text is set in India is itself.
  assert.ok(placesOf('Police fired tear gas at protesters in Lala, Hailakandi district, Assam.').some((p) => p.admin1 === 'Assam'));
});

test('"X area, Y Agency": a district after a comma is a stated container too', () => {
  // Ziarat is also the hill town of Balochistan, 580 km from Mohmand.
  const ps = placesOf('Militants attacked a checkpost in Ziarat area, Mohmand Agency.', '2011-03-01');
  const ziarat = ps.find((p) => p.name === 'Ziarat');
  assert.ok(ziarat, JSON.stringify(ps.map((p) => p.name)));
  assert.equal(ziarat.admin1, 'Federally Administered Tribal Areas');
  assert.ok(Math.abs(ziarat.lat! - 34.4) < 0.3, `at ${ziarat.lat}, ${ziarat.lon}`);
  // The town with its own district stays itself.
  assert.equal(placesOf('A blast hit a market in Ziarat, Ziarat district.').find((p) => p.name === 'Ziarat')?.admin1, 'Balochistan');
});
