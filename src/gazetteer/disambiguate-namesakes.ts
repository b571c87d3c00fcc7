import { POST_CURATED } from './place-store.ts';
import type { Candidate, Resolved } from './disambiguate-types.ts';
import { SMALL_TOWN } from './disambiguate-context.ts';
import { km } from './disambiguate-containment.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Namesakes: readings abroad or far from every place the text has placed, dropped after the names are resolved.

/** A small town or misspelt reading this far from every place the text has placed is a namesake (strayVillage, farAbroad). */
const STRAY_KM = 1500;

/**
 * "Dosali village, Godaivalla, in Datta Khel" in a text that names Pakistan: a chain member
 * read, by another spelling, as a small GeoNames town or district (Godaivalla as Guidoval in
 * Minas Gerais) of a country the text gives no sign of, more than 1,500 km from every country
 * it names outright, is a village we do not know; the member stays unknown (inside the chain's
 * other members, if they place it). Names matched as written keep their readings ("rally in
 * Lead (South Dakota) in support of Ukraine"), and so do curated places, cities of 100,000 or
 * more and provinces.
 */
export function farAbroad(this: PlaceResolver, c: Candidate, countries: ReadonlyMap<string, number>): boolean {
  const ix = this.index;
  const pts = this.namedCountryPoints;
  if (pts.length === 0 || c.entry < 0 || !c.fuzzy || c.flags & POST_CURATED) return false;
  const k = ix.kind(c.entry);
  if ((k !== 'populated-place' && k !== 'other' && k !== 'admin2') || ix.population(c.entry) >= SMALL_TOWN) return false;
  const cc = ix.country(c.entry);
  if (!cc || (countries.get(cc) ?? 0) > 0) return false;
  return this.farFromAll(c.entry, pts);
}

/**
 * "Neelum valley (Pakistan), near Lala village, 80 kilometers northeast of Muzaffarabad": a
 * small GeoNames town (under 100,000) more than 1,500 km from every place the document has
 * placed so far (two at least) is a namesake of a village we do not know, not a place the
 * text wanders off to; the name stays unresolved.
 */
export function strayVillage(this: PlaceResolver, e: number, points: ReadonlyArray<[number, number]>): boolean {
  const ix = this.index;
  if (points.length < 2 || ix.kind(e) !== 'populated-place' || ix.population(e) >= SMALL_TOWN) return false;
  return this.farFromAll(e, points);
}

/**
 * "Ukrainian forces shelled DPR positions in the area of Mine 6/7, Donetsk": a small GeoNames
 * town (under 100,000, not curated) read as a lone name, in a country that nothing before the
 * names pointed to (no actor, cue or publisher of it, while some other country has one), that
 * no other place of the text shares and that lies more than STRAY_KM from every other place
 * the text has placed, is a namesake of a place we do not know (Mine in Japan): it is dropped,
 * whatever order the lone names were read in (strayVillage only sees the places read before).
 * The text's only place is dropped too when it names an organisation of another country.
 */
export function dropStrayNamesakes(this: PlaceResolver, seen: Resolved, prior: ReadonlyMap<string, number>, cueCountries: ReadonlySet<string>): void {
  const ix = this.index;
  const placed = [...seen.out.values()];
  for (const r of placed) {
    const e = r.entry;
    if (e < 0 || r.rule.startsWith('place-chain') || ix.kind(e) !== 'populated-place' || ix.population(e) >= SMALL_TOWN) continue;
    if (r.segment.postings.some((p) => p.entry === e && p.flags & POST_CURATED)) continue;
    const cc = ix.country(e);
    if (!cc || (prior.get(cc) ?? 0) > 0) continue;
    const others = placed.filter((o) => o !== r).map((o) => (o.entry >= 0 ? o.entry : o.container)).filter((o) => o >= 0);
    // "CCOO and USO gathered outside the Solvay factory": the text's only place, when an
    // organisation of another country is named (a country cue), is a namesake too; the text
    // is then placed in the cue's country (places.ts).
    if (others.length === 0 && [...cueCountries].some((c) => c !== cc)) {
      seen.out.delete(r.segment);
      continue;
    }
    if (others.length === 0 || others.some((o) => ix.country(o) === cc)) continue;
    // Something else must set the scene: an actor's or a cue's country, or a place that weighs
    // more than a small town (a province, a district, a city).
    const strong = (o: number) => ix.kind(o) === 'admin1' || ix.kind(o) === 'admin2' || ix.population(o) >= SMALL_TOWN;
    if (![...prior].some(([c, w]) => c !== cc && w > 0) && !others.some(strong)) continue;
    const points: Array<[number, number]> = [];
    for (const o of others) if (ix.kind(o) !== 'country' && !Number.isNaN(ix.lat(o))) points.push([ix.lat(o), ix.lon(o)]);
    if (points.length > 0 && this.farFromAll(e, points)) seen.out.delete(r.segment);
  }
}

/**
 * "the OSCE SMM observed 20 explosions near Pervomaiskyi": an organisation that works in a few
 * provinces only (a cue's admin1 list) says where its text is; a small town read alone outside
 * them (Pervomaiskyi in Kharkiv oblast), when none of the name's readings lies inside them, is a
 * village of theirs we do not know. It stays an unresolved name inside the first of them.
 */
export function keepToCueProvinces(this: PlaceResolver, seen: Resolved, provinces: ReadonlySet<number>): void {
  const ix = this.index;
  const first = provinces.values().next().value as number;
  for (const r of [...seen.out.values()]) {
    const e = r.entry;
    if (e < 0 || r.rule.startsWith('place-chain') || ix.kind(e) !== 'populated-place' || ix.population(e) >= SMALL_TOWN) continue;
    const s = r.segment;
    if (s.postings.some((p) => p.flags & POST_CURATED || provinces.has(ix.admin1(p.entry)) || provinces.has(ix.admin2(p.entry)))) continue;
    seen.out.set(s, this.finish(s, -1, first, [`cue-province:${ix.id(first)}`], 'place-unresolved-in-cue-province'));
  }
}

/** Entry `e` has a point, and it lies more than STRAY_KM from every one of `points`. */
export function farFromAll(this: PlaceResolver, e: number, points: ReadonlyArray<[number, number]>): boolean {
  const lat = this.index.lat(e);
  const lon = this.index.lon(e);
  if (Number.isNaN(lat)) return false;
  return points.every(([y, x]) => km(lat, lon, y, x) > STRAY_KM);
}
