import type { PlaceIndex } from './place-index.ts';
import { FEATURE_WORDS } from './place-names.ts';
import type { Segment, ScanToken } from './place-scan.ts';
import type { Candidate, Link } from './disambiguate-types.ts';
import { lastNameWord } from './disambiguate-chains.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Containment and distance: what holds what, and readings too far from a stated container ("X village of Y", "X, Y province").

export const FAR_NAMESAKE_COST = -8;
/** "X village of Y": a reading of X far from Y contradicts the phrase; even a curated name loses to an unknown village of Y. */
export const STATED_CONTAINER_COST = -20;
/** "X, Y province": a reading of X in another province this far from Y's point is a namesake (farFromStatedProvince). */
const STATED_PROVINCE_KM = 250;

/**
 * "Langar, Badghis": after a comma, a name that can only be a province (every reading an admin1
 * unit) states the container. A name that is also a city ("Chuhuiv, Mykolaiv") may be a list or
 * a mistaken province and is left to the chain's weaker costs.
 */
export function statedProvince(link: Link, readings: readonly Candidate[], ix: PlaceIndex): boolean {
  if (link !== ',') return false;
  let known = 0;
  for (const c of readings) {
    if (c.entry < 0) continue;
    if (ix.kind(c.entry) !== 'admin1') return false;
    known++;
  }
  return known > 0;
}

export function nearBy(ix: PlaceIndex, a: number, b: number, limitKm: number): boolean {
  const la = ix.lat(a);
  const lb = ix.lat(b);
  if (Number.isNaN(la) || Number.isNaN(lb)) return false;
  return km(la, ix.lon(a), lb, ix.lon(b)) <= limitKm;
}

export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/**
 * "Fayzabad district, Jawzjan", "Langar, Badghis": a place the gazetteer files under another
 * province of the same country, lying far from the province named right after it, is a
 * namesake; the place meant is one of the stated province that the gazetteer lacks (Jawzjan's
 * Fayzabad, Badghis's Langar), so the name is left unresolved inside the province rather than
 * moved hundreds of kilometres. Near the stated province (a border town, a unit moved between
 * provinces), the weaker FAR_NAMESAKE_COST still applies. Towns and areas only: a district
 * filed under a province made since ("Mimika regency, Papua province") keeps its reading.
 */
export function dropFarFromProvince(this: PlaceResolver, list: Candidate[], outer: readonly Candidate[]): Candidate[] {
  return list.filter((c) => c.entry < 0 || outer.some((o) => o.entry >= 0 && !this.farFromStatedProvince(c.entry, o.entry)));
}

/** A town or area in another province of the province's country, farther than STATED_PROVINCE_KM from its point. */
export function farFromStatedProvince(this: PlaceResolver, inner: number, province: number): boolean {
  const ix = this.index;
  const own = ix.admin1(inner);
  const kind = ix.kind(inner);
  if (own < 0 || own === province || (kind !== 'populated-place' && kind !== 'other') || ix.country(inner) !== ix.country(province)) return false;
  return !nearBy(ix, inner, province, STATED_PROVINCE_KM);
}

/**
 * "Ziarat area, Mohmand Agency", "Torpal checkpost, Thal tehsil, Hangu district": after a
 * comma, a name that calls itself a district (agency, tehsil) states the container as plainly
 * as "of" does; so does an alias that holds the word ("Dera Bugti district", "Chitral
 * District", whose readings include the towns of those names: session 13, "Isa Khel, Chitral
 * district" read Punjab's Isakhel, 356 km off).
 */
export function statedDistrict(this: PlaceResolver, link: Link, outer: Segment, readings: readonly Candidate[], tokens: readonly ScanToken[]): boolean {
  if (link !== ',') return false;
  if (outer.feature === 'admin2' || FEATURE_WORDS.get(lastNameWord(tokens, outer) ?? '') === 'admin2') return true;
  return readings.length > 0 && readings.every((c) => c.entry >= 0 && this.index.kind(c.entry) === 'admin2');
}

/** "X (D, P)": a reading of X farther than this from every reading of the bracketed district (town) D is a namesake. */
const BRACKETED_DISTRICT_KM = 300;
const BRACKETED_TOWN_KM = 150;

/**
 * "Shahpur (Kech, Balochistan)", "Kisombe village (Fizi, Sud-Kivu)", "Dazhuang township
 * (Suzhou, Anhui)": event notes give a place's district or town in a bracket after it, as
 * plainly as "X village of D" states the container; yet the bracket only cost a namesake a flat
 * 8, so Punjab's Shahpur, 900 km from Kech, or a Dazhuang of Gansu beat a village of Kech or
 * Suzhou that we do not know (session 19: ACLED's form for PK village names, "X (D, P)", read the
 * namesake in 134 of 189 texts). When the bracket opens with a district or a town (a reading of
 * that kind and none a province: "Carthage (Texas)", where Texas County is no clue, is left as
 * it was), a reading of X in that name's country farther than 300 km from every district
 * reading of it and 150 km from every town reading is dropped (a district's point is its seat,
 * and a large district reaches far from it: farFromContainer's distances). By distance alone: how GeoNames files a town under its districts
 * (regencies, constituencies, local municipalities) differs by country, so neither the district
 * a reading is filed under (inOtherDistrict) nor its province is asked ("Mondlo (Abaqulusi,
 * Zululand, KwaZulu-Natal)", "Sorong city (West Papua province)" keep their towns). A reading
 * abroad is left to the chain's cost for crossing a border ("Meulaboh town (West Aceh Regency,
 * ...)", where "West Aceh" reads only as a county of Utah). resolveChain asks the same of a name
 * that calls itself a village or an area before a comma ("Isa Khel village, Chitral").
 */
export function dropFarFromBracketed(this: PlaceResolver, list: Candidate[], readings: readonly Candidate[]): Candidate[] {
  const ix = this.index;
  const known = readings.filter((o) => o.entry >= 0 && !Number.isNaN(ix.lat(o.entry)));
  const kinds = new Set(known.map((o) => ix.kind(o.entry)));
  if (kinds.has('admin1') || !(kinds.has('admin2') || kinds.has('populated-place') || kinds.has('other'))) return list;
  const countries = new Set(known.filter((o) => ix.kind(o.entry) !== 'country').map((o) => ix.country(o.entry)));
  return list.filter((c) => c.entry < 0 || !farFromBracketed(ix, countries, known, c));
}

/** dropFarFromBracketed's test of one reading (a module function: a named closure per call costs more than the test). */
function farFromBracketed(ix: PlaceIndex, countries: ReadonlySet<string | null>, known: readonly Candidate[], c: Candidate): boolean {
  return countries.has(ix.country(c.entry)) && !Number.isNaN(ix.lat(c.entry)) && !known.some((o) => nearBy(ix, c.entry, o.entry, ix.kind(o.entry) === 'admin2' ? BRACKETED_DISTRICT_KM : BRACKETED_TOWN_KM));
}

/**
 * "Daggar village of Chagmalai region": the readings of the first name far from every reading
 * of its stated container are dropped, so that the village, unknown to us, is placed inside the
 * container instead of reading the container as nothing to keep a better-known namesake.
 */
export function dropFarFromContainer(this: PlaceResolver, list: Candidate[], outer: readonly Candidate[]): Candidate[] {
  const known = outer.filter((c) => c.entry >= 0);
  if (known.length === 0) return list;
  return list.filter((c) => c.entry < 0 || known.some((o) => !this.farFromContainer(c.entry, o.entry)));
}

/**
 * "Daggar village of Chagmalai region", "Sangan area in Kohlu district": the phrase itself
 * says the first place lies inside the second, so a reading of the first hundreds of
 * kilometres from the second is a namesake, and a village missing from the gazetteer (placed
 * inside the container) is likelier. Admin1 units are too large to judge by distance: their
 * containment (not met here) is left to the weaker cost.
 */
export function farFromContainer(this: PlaceResolver, inner: number, outer: number): boolean {
  const ko = this.index.kind(outer);
  if (ko !== 'populated-place' && ko !== 'other' && ko !== 'admin2') return false;
  if (ko === 'admin2' && this.inOtherDistrict(inner, outer)) return true;
  // A district's point is its seat, and a large district reaches far from it.
  return !nearBy(this.index, inner, outer, ko === 'admin2' ? 300 : 150);
}

/**
 * "Khazana area of Bajaur Agency": a reading that the gazetteer files under another district
 * of the same country, whose seat is more than 50 km from the stated district's, is a
 * namesake even when it lies within the 300 km a large district may reach (Khazana of
 * Peshawar is 70 km from Khar). The 50 km allow for one district held twice (a curated entry
 * and GeoNames' own, with points a few kilometres apart).
 */
export function inOtherDistrict(this: PlaceResolver, inner: number, district: number): boolean {
  const ix = this.index;
  const own = ix.admin2(inner);
  if (own < 0 || own === district || ix.country(inner) !== ix.country(district)) return false;
  return !nearBy(ix, own, district, 50);
}

/** True when `outer` contains `inner` (country, admin1, admin2, or a town and its parts). */
export function contains(this: PlaceResolver, outer: number, inner: number): boolean {
  const ix = this.index;
  if (outer === inner) return false;
  const ko = ix.kind(outer);
  const cc = ix.country(outer);
  if (!cc || ix.country(inner) !== cc) return false;
  switch (ko) {
    case 'country':
      return ix.kind(inner) !== 'country';
    case 'admin1':
      return ix.admin1(inner) === outer;
    case 'admin2':
      return ix.admin2(inner) === outer || (ix.admin2(inner) < 0 && ix.admin1(inner) >= 0 && ix.admin1(inner) === ix.admin1(outer) && ix.kind(inner) !== 'admin1' && ix.kind(inner) !== 'admin2' && nearBy(ix, inner, outer, 60));
    case 'populated-place':
    case 'other': {
      const ki = ix.kind(inner);
      // A city of millions reaches further: its satellite towns ("Warnes (Santa Cruz)") lie 30-40 km out.
      return (ki === 'populated-place' || ki === 'other') && nearBy(ix, inner, outer, ix.population(outer) >= 1_000_000 ? 40 : 25);
    }
    case 'region':
      return false;
  }
  return false;
}

/**
 * "Fayzabad, Jawzjan", "Fayzabad district in Jawzjan province": after a comma, inside a bracket
 * or after "in" / "of", a name one of whose readings is a province states the province, and when the first
 * name has a reading inside that province, its readings elsewhere in the same country are
 * namesakes (session 19, geoucdp18: GTD read Faryab's Fayzabad, 100 km from Jawzjan's point and
 * so within dropFarFromProvince's distance, for Jawzjan's Fayzabad five times; "Faizabad,
 * Faryab" Badakhshan's, because Faryab is also a town of Iran and statedProvince wants a name
 * that is only a province). A name with a feature word that is no province's ("Ghazni city",
 * "Kharkiv district") states no province. Readings abroad are left to the chain's costs.
 */
export function statedProvinceReadings(this: PlaceResolver, link: Link, outer: Segment, readings: readonly Candidate[]): number[] {
  if (link !== ',' && link !== '(' && link !== 'in' && link !== 'of') return [];
  if (outer.feature !== null && outer.feature !== 'admin1') return [];
  const ix = this.index;
  // By push, not filter and map: see resolveChain.
  const out: number[] = [];
  for (const o of readings) if (o.entry >= 0 && ix.kind(o.entry) === 'admin1') out.push(o.entry);
  return out;
}

export function keepInsideStatedProvince(this: PlaceResolver, list: Candidate[], provinces: readonly number[]): Candidate[] {
  if (provinces.length === 0) return list;
  const ix = this.index;
  const inside = (e: number) => provinces.includes(ix.admin1(e)) || provinces.includes(e);
  if (!list.some((c) => c.entry >= 0 && inside(c.entry))) return list;
  const countries = new Set(provinces.map((p) => ix.country(p)));
  return list.filter((c) => c.entry < 0 || inside(c.entry) || !countries.has(ix.country(c.entry)));
}

/**
 * "Bagh, Tirah", "Kismet Sur and Sanghar, Tirah Valley": after a comma, a name that reads only as
 * an area (a valley, a plain: no town, district or province of that name) states the area the
 * place lies in, as "X area of Y" does; a namesake of the first name hundreds of kilometres from
 * it (Bagh of Azad Kashmir, 260 km from Tirah; Sanghar of Sindh, 880 km) is not the place meant,
 * which stays unresolved inside the area (session 19, geoucdp18). A list of towns ("Lahore,
 * Karachi") has town readings and is not asked.
 */
export function statedArea(this: PlaceResolver, link: Link, readings: readonly Candidate[]): boolean {
  if (link !== ',') return false;
  const known = readings.filter((c) => c.entry >= 0);
  return known.length > 0 && known.every((c) => this.index.kind(c.entry) === 'other');
}
