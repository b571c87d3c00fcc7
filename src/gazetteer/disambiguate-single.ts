import type { Segment } from './place-scan.ts';
import { POST_CURATED, POST_PRIMARY } from './place-store.ts';
import type { Resolution, Candidate } from './disambiguate-types.ts';
import { GENERIC_NAMES, hintFit } from './disambiguate-candidates.ts';
import { WEAK_PREPS } from './disambiguate-chains.ts';
import { km } from './disambiguate-containment.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Resolving a single name (one outside any chain): its best reading, and whether the support for it is enough.

const ADMIN_WORDS = /\s+(district|province|region|state|governorate|county|department|oblast|municipality|prefecture)$/i;
/** The support a lone GeoNames name needs (plausible), and what it needs when the text names no other place. */
const PLAUSIBLE_SUPPORT = 2.5;
export const LONE_PLACE_SUPPORT = 1.5;

export function resolveSingle(
  this: PlaceResolver,
  s: Segment,
  countries: ReadonlyMap<string, number>,
  admins: ReadonlySet<number>,
  points: ReadonlyArray<[number, number]>,
  support = PLAUSIBLE_SUPPORT,
): Resolution | null {
  const ix = this.index;
  const placedNothing = admins.size === 0 && points.length === 0;
  // A name kept only as a possible town spelling waits for a text that has placed nothing else.
  if (!placedNothing && s.feature !== 'admin1' && s.feature !== 'admin2' && this.index.vowelSpellingsOf(s.key).length === 0 && this.mayBeTownSpelling(s)) return null;
  const cands = this.candidates(s, countries, true, placedNothing);
  const fit = this.acrossFit(s, this.documentCountryFit(cands, countries));
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    let v = c.base + (fit?.get(c.entry) ?? 0);
    // "in C-40, Tabasco": the name after the unknown one is its container, more often a unit than a town.
    if (this.afterUnknown.has(s) && (ix.kind(c.entry) === 'admin1' || ix.kind(c.entry) === 'admin2')) v += 1.5;
    const a1 = ix.admin1(c.entry);
    const a2 = ix.admin2(c.entry);
    if ((a1 >= 0 && admins.has(a1)) || (a2 >= 0 && admins.has(a2)) || admins.has(c.entry)) {
      v += 3;
      c.why = [...c.why, 'province-in-play'];
    } else if (points.length > 0 && ix.kind(c.entry) !== 'country') {
      const lat = ix.lat(c.entry);
      const lon = ix.lon(c.entry);
      if (!Number.isNaN(lat) && points.some(([y, x]) => km(lat, lon, y, x) < 150)) {
        v += 2;
        c.why = [...c.why, 'near-other-places'];
      }
    }
    if (v > bestScore) {
      bestScore = v;
      best = c;
    }
  }
  if (!best) return null;
  const needsSupport = !(best.flags & POST_CURATED) || (fit?.get(best.entry) ?? 0) < 0;
  if (needsSupport && !this.plausible(s, best, countries, admins, support)) return null;
  if (!(best.flags & POST_CURATED) && this.strayVillage(best.entry, points)) return null;
  if (support !== PLAUSIBLE_SUPPORT) best.why = [...best.why, 'only-place-named'];
  const why = [...best.why];
  if (best.fuzzy) why.push('spelling-variant');
  if (s.feature) why.push(`feature:${s.featureWord}`);
  if (s.prep) why.push(`after:${s.prep}`);
  const rule = best.fuzzy ? `place-spelling-variant:${ix.id(best.entry)}` : s.postings.length > 1 ? `place-disambiguated:${ix.id(best.entry)}` : `place-alias:${ix.id(best.entry)}`;
  return this.finish(s, best.entry, -1, why, rule);
}

/**
 * A GeoNames name outside a chain needs support, weighed as a sum: a locative preposition or
 * a feature word, a country or province in play, a large population, a name no other place
 * has. GeoNames has places called "Police", "Security" and "Sunday": a capitalised word at
 * the start of a sentence or inside a longer capitalised name is no evidence at all.
 */
export function plausible(
  this: PlaceResolver,
  s: Segment,
  c: Candidate,
  countries: ReadonlyMap<string, number>,
  admins: ReadonlySet<number>,
  support = PLAUSIBLE_SUPPORT,
): boolean {
  const ix = this.index;
  if (s.insideActor || s.embedded) return false;
  const e = c.entry;
  const kind = ix.kind(e);
  if (kind === 'country') return true;
  const pop = ix.population(e);
  const cc = ix.country(e);
  const weight = cc ? countries.get(cc) ?? 0 : 0;
  let score = 0;
  if (s.prep !== null && !WEAK_PREPS.has(s.prep)) score += 2;
  else if (s.prep !== null) score += 0.5;
  else if (s.bracketed || s.verbObject) score += 1.5;
  else if (this.afterUnknown.has(s)) score += 2;
  if (s.feature !== null) score += hintFit(s.feature, kind) > 0 ? 2.5 : 0.5;
  score += Math.min(weight, 3);
  if (admins.has(ix.admin1(e)) || admins.has(ix.admin2(e)) || admins.has(e)) score += 3;
  // The document names or places itself elsewhere: a small place here may be a namesake.
  let elsewhere = 0;
  for (const [cc2, w] of countries) if (w >= 3 && cc2 !== cc) elsewhere = 1;
  if (weight === 0) score -= elsewhere;
  if (pop > 0) score += Math.max(-1, Math.log10(pop) - 3.5);
  else if (kind === 'populated-place') score -= 1;
  if (ix.feature(e) === 'PPLC') score += 1;
  if (kind === 'admin1' || kind === 'admin2') score += weight > 0 ? 0.5 : -0.5;
  // "the Espana square", "the al-Batm area": a part of a town, in a text set elsewhere, is no
  // namesake town abroad.
  if (s.feature === 'part' && weight === 0 && elsewhere) return false;
  if (s.postings.length === 1 || this.dominant(s, e) || this.onlyOwnName(s, c) || this.unitOfOneCountry(s, e)) score += 1;
  if (!(c.flags & POST_PRIMARY)) score -= 1.5;
  if (s.key.includes(' ')) score += 0.5;
  if (s.key.length < 5) score -= 0.5;
  if (s.wholeLine) score += 2;
  else if (s.sentenceInitial) score -= 3;
  if (GENERIC_NAMES.has(s.key)) score -= 3;
  return score >= support;
}

/** The name is this entry's own and only an alternate name of the others ("Viechtach", not "Oberviechtach"). */
export function onlyOwnName(this: PlaceResolver, s: Segment, c: Candidate): boolean {
  if (!(c.flags & POST_PRIMARY)) return false;
  for (const p of s.postings) if (p.entry !== c.entry && p.flags & POST_PRIMARY) return false;
  return true;
}

/**
 * An admin unit whose name has no reading outside its country ("Tabasco": the state, a town
 * and a municipality, all Mexican): which of them is meant changes the point, not the country.
 */
export function unitOfOneCountry(this: PlaceResolver, s: Segment, e: number): boolean {
  const ix = this.index;
  const kind = ix.kind(e);
  if (kind !== 'admin1' && kind !== 'admin2') return false;
  const cc = ix.country(e);
  for (const p of s.postings) if (ix.country(p.entry) !== cc) return false;
  return true;
}

/** The entry outweighs every other reading of the name by population tenfold. */
export function dominant(this: PlaceResolver, s: Segment, e: number): boolean {
  const ix = this.index;
  const pop = ix.population(e);
  for (const p of s.postings) if (p.entry !== e && ix.population(p.entry) * 10 > pop) return false;
  return true;
}
