import type { Segment, ScanToken } from './place-scan.ts';
import { POST_CURATED } from './place-store.ts';
import type { Resolution, Candidate, Resolved } from './disambiguate-types.ts';
import type { PlaceResolver } from './disambiguate.ts';

// The document's context: the countries, admin units and points in play, what a text is about, and how well a reading's country fits them.

const NO_COUNTRIES: ReadonlySet<string> = new Set();
export const NO_DEMONYMS = (): ReadonlySet<string> => NO_COUNTRIES;
export const NOT_DEMONYM = (): boolean => false;
/** Below this population a town abroad is "small" for the document-country rule. */
export const SMALL_TOWN = 100_000;
/** What a text is about, before "in/on/of/against/with/for X": "the war in", "the invasion of", "solidarity with". */
const TOPIC_NOUNS = new Set([
  'war', 'wars', 'invasion', 'aggression', 'occupation', 'solidarity', 'support', 'peace', 'annexation', 'sanctions',
  'embargo',
]);
const TOPIC_LINKS = new Set(['in', 'on', 'of', 'against', 'with', 'for', 'to']);
export const TOPICAL_COUNTRY_WEIGHT = 1;

export function topicOfText(tokens: readonly ScanToken[], s: Segment): boolean {
  let k = s.first - 1;
  if (k >= 0 && tokens[k].lower === 'the') k--;
  if (k < 1 || !TOPIC_LINKS.has(tokens[k].lower)) return false;
  return TOPIC_NOUNS.has(tokens[k - 1].lower);
}

/**
 * The one country in play when no country is named outright, only through actors ("Pakistan
 * Taleban commanders killed ... | Lashora area"): the text is about that country all the same.
 */
export function onlyCountryInPlay(countries: ReadonlyMap<string, number>): string | null {
  let only: string | null = null;
  for (const [cc, w] of countries) {
    if (w <= 0) continue;
    if (only !== null) return null;
    only = cc;
  }
  return only;
}

export function addCountry(countries: Map<string, number>, cc: string | null, w: number): void {
  if (cc) countries.set(cc, Math.max(countries.get(cc) ?? 0, w));
}

/** Records a resolution and what it adds to the context of the names still to resolve. */
export function remember(this: PlaceResolver, seen: Resolved, r: Resolution): void {
  const ix = this.index;
  seen.out.set(r.segment, r);
  const e = r.entry >= 0 ? r.entry : r.container;
  if (e < 0) return;
  addCountry(seen.countries, ix.country(e), this.topical.has(r.segment) && ix.kind(e) === 'country' ? TOPICAL_COUNTRY_WEIGHT : 3);
  for (const a of [ix.admin1(e), ix.admin2(e)]) if (a >= 0) seen.admins.add(a);
  if (ix.kind(e) === 'admin1' || ix.kind(e) === 'admin2') seen.admins.add(e);
  const lat = ix.lat(e);
  if (!Number.isNaN(lat) && ix.kind(e) !== 'country') seen.points.push([lat, ix.lon(e)]);
}

/**
 * The countries whose curated places a name spelt another way may be: those named outright, or,
 * when none is, the one country its actors have ("Pakistani Taleban kill tribal elder | Matani
 * area") or, when nothing weighs at all, the one a demonym names ("Pakistani official says 3
 * killed | Matani area": Peshawar's Mattani, not Mat'ani of Georgia). Only the spellings'
 * search: they weigh on no other reading ("Indian shelling hit ... the Pakistan-ruled Neelum
 * valley", session 14).
 */
export function spellingCountries(this: PlaceResolver, countries: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  for (const w of countries.values()) if (w >= 3) return countries;
  const only = onlyCountryInPlay(countries) ?? this.demonymCountryAlone(countries);
  return only === null ? countries : new Map([[only, 3]]);
}

/**
 * The one country a demonym names ("Pakistani official says 3 killed | Zarmel area") when no
 * country, actor or place weighs at all; else null.
 */
export function demonymCountryAlone(this: PlaceResolver, countries: ReadonlyMap<string, number>): string | null {
  for (const w of countries.values()) if (w > 0) return null;
  const demonyms = this.demonymCountries();
  return demonyms.size === 1 ? [...demonyms][0] : null;
}

/**
 * "Athmuqam, opposite Kupwara sector in Kupwara District of Jammu and Kashmir": a name followed
 * by "opposite" is across the Line of Control (or a border) from what follows, so the country
 * of the places after it says nothing against its own readings.
 */
export function acrossFrom(this: PlaceResolver, tokens: readonly ScanToken[], segments: readonly Segment[]): Set<Segment> {
  const out = new Set<Segment>();
  for (const s of segments) {
    let k = s.featureLast + 1;
    if (tokens[k]?.lower === ',') k++;
    if (tokens[k]?.lower === 'opposite' && tokens[k].sentence === tokens[s.last].sentence) out.add(s);
  }
  return out;
}

/** documentCountryFit for a name across a line from the next (acrossFrom): its penalties dropped. */
export function acrossFit(this: PlaceResolver, s: Segment, fit: Map<number, number> | null): Map<number, number> | null {
  if (!fit || !this.across.has(s)) return fit;
  for (const [e, v] of fit) if (v < 0) fit.delete(e);
  return fit;
}

/** The points of the countries named outright by the segments (not inside an actor's name, not as the text's topic). */
export function countryPointsOf(this: PlaceResolver, segments: readonly Segment[], topical: ReadonlySet<Segment>): Array<[number, number]> {
  const ix = this.index;
  const out: Array<[number, number]> = [];
  for (const s of segments) {
    if (s.insideActor || topical.has(s)) continue;
    for (const p of s.postings) {
      if (!(p.flags & POST_CURATED) || ix.kind(p.entry) !== 'country' || Number.isNaN(ix.lat(p.entry))) continue;
      out.push([ix.lat(p.entry), ix.lon(p.entry)]);
    }
  }
  return out;
}

/** A town or other place of fewer than SMALL_TOWN people. */
function isSmallPlace(ix: PlaceResolver['index'], e: number): boolean {
  const k = ix.kind(e);
  return (k === 'populated-place' || k === 'other') && ix.population(e) < SMALL_TOWN;
}

/**
 * What the document's own countries say about a lone name's readings (an adjustment per
 * entry, or null when they say nothing). Countries named outright or resolved weigh 3.
 * - A small curated place (a village or area of the AfPak supplement) in a country that is
 *   not in play, while the document names another country, loses its curated weight and needs
 *   the support a GeoNames town needs: "Janikhel district chief ... Paktika, Afghanistan" is
 *   not the Jani Khel of Bannu.
 * - When the countries named are all one, the name's readings there are preferred to small
 *   towns abroad ("Pakistan's ... Boya" is not Boya in Australia).
 */
export function documentCountryFit(this: PlaceResolver, cands: readonly Candidate[], countries: ReadonlyMap<string, number>): Map<number, number> | null {
  const ix = this.index;
  let named: string | null = null;
  let namedCount = 0;
  for (const [cc, w] of countries) {
    if (w < 3) continue;
    named = cc;
    namedCount++;
  }
  if (namedCount === 0 || cands.length === 0) return null;
  // No named closures here: under tsx (esbuild's keepNames) each costs a defineProperty of its
  // name per call, and this runs per place mention (session 19, perf18).
  let out: Map<number, number> | null = null;
  for (const c of cands) {
    if (c.entry < 0 || !(c.flags & POST_CURATED) || !isSmallPlace(ix, c.entry)) continue;
    const cc = ix.country(c.entry);
    if (cc && (countries.get(cc) ?? 0) === 0) (out ??= new Map<number, number>()).set(c.entry, -3);
  }
  if (namedCount === 1) {
    const home = cands.some((c) => c.entry >= 0 && ix.country(c.entry) === named);
    const smallAbroad = cands.some((c) => c.entry >= 0 && ix.country(c.entry) !== named && isSmallPlace(ix, c.entry));
    if (home && smallAbroad) for (const c of cands) if (c.entry >= 0 && ix.country(c.entry) === named) (out ??= new Map<number, number>()).set(c.entry, 1.5);
  }
  return out;
}
