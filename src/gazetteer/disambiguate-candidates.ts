import type { PlaceKind } from '../model/types.ts';
import type { FeatureHint } from './place-names.ts';
import type { Segment } from './place-scan.ts';
import { POST_CURATED, POST_PREFERRED, POST_PRIMARY } from './place-store.ts';
import type { Candidate } from './disambiguate-types.ts';
import { nearBy } from './disambiguate-containment.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Candidate readings of a name and their own weight: postings, other spellings (vowels, initials, loose admin names), kind and feature-word fit.

export const MAX_CANDIDATES = 40;
/**
 * Unit words only some countries use: "Safi tehsil" is in Pakistan or India, whatever town of
 * another country is called Safi (Morocco's, a city of 290,000). A name with such a word after it
 * reads only as a place of those countries; with none, it stays unknown.
 */
const SOUTH_ASIAN_SUBDISTRICT = new Set(['PK', 'IN']);
const NATIONAL_UNIT_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tehsil', SOUTH_ASIAN_SUBDISTRICT], ['tehsils', SOUTH_ASIAN_SUBDISTRICT], ['tahsil', SOUTH_ASIAN_SUBDISTRICT],
  ['thesil', SOUTH_ASIAN_SUBDISTRICT], ['taluka', SOUTH_ASIAN_SUBDISTRICT], ['upazila', new Set(['BD'])],
  ['woreda', new Set(['ET'])], ['kebele', new Set(['ET'])], ['hromada', new Set(['UA'])], ['regency', new Set(['ID'])],
  ['barangay', new Set(['PH'])],
]);
const PRIMARY_NAME_BONUS = 1;
export const NO_WHY: string[] = [];
export const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 3, admin1: 2, 'populated-place': 1.5, admin2: 1, region: 0.5, other: 0,
};
export const GENERIC_NAMES = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'capital', 'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast',
  'southwest', 'north eastern', 'north western', 'south eastern', 'south western', 'north central', 'upper', 'lower',
  'coast', 'coastal', 'islands', 'interior', 'littoral', 'plateau', 'lakes', 'river', 'border', 'mountain',
  'greater', 'federal', 'national', 'middle', 'far north', 'sahel', 'est', 'nord', 'sud', 'ouest', 'centre est',
  'centre nord', 'centre sud', 'centre ouest', 'sud ouest', 'nord ouest', 'nord est', 'sud est', 'city', 'town',
]);
/**
 * Countries whose second-level units (GeoNames admin2) are called districts in English: the
 * word the press and event notes write after their names ("Bara district", "Kishm district",
 * "Bakhmut district"). Elsewhere the unit is a locality (Sudan), commune (Romania), county or
 * municipality, and "X district" names it less often.
 */
const DISTRICT_COUNTRIES = new Set([
  'NP', 'IN', 'PK', 'BD', 'LK', 'AF', 'BT', 'MM', 'LA', 'KH', 'VN', 'IQ', 'SY', 'LB', 'YE', 'SO',
  'UA', 'RU', 'BY', 'KZ', 'KG', 'UZ', 'TJ', 'AZ', 'ZM', 'ZW', 'MZ', 'RW', 'SL', 'GH', 'TZ',
]);
const DISTRICT_WORD_FIT = 1;

/** "Bara district": an admin2 reading in a country whose admin2 units are districts fits the word better than a namesake unit elsewhere. */
export function districtWordFit(featureWord: string | null, kind: PlaceKind, country: string | null): number {
  if (kind !== 'admin2' || !country || !featureWord) return 0;
  const w = featureWord.toLowerCase();
  return (w === 'district' || w === 'districts') && DISTRICT_COUNTRIES.has(country) ? DISTRICT_WORD_FIT : 0;
}

export function hintFit(hint: FeatureHint | null, kind: PlaceKind): number {
  if (!hint) return 0;
  switch (hint) {
    case 'admin1':
      return kind === 'admin1' ? 4 : kind === 'country' ? -2 : -1;
    case 'admin2':
      return kind === 'admin2' ? 4 : kind === 'populated-place' ? 0.5 : -1;
    case 'populated-place':
      return kind === 'populated-place' ? 2.5 : kind === 'other' ? 1 : -2;
    case 'part':
      return kind === 'populated-place' || kind === 'other' ? 1 : -1;
    case 'other':
      return 0;
  }
}

export function mayBeVowelSpelling(this: PlaceResolver, s: Segment): boolean {
  return !s.insideActor && (this.index.vowelSpellingsOf(s.key).length > 0 || this.mayBeTownSpelling(s));
}

/** A lone unknown name a town's initials may read ("R.Y. Khan", "TT Singh": initialsNamed). */
export function mayBeInitials(this: PlaceResolver, s: Segment): boolean {
  return s.postings.length === 0 && !s.insideActor && this.index.initialsNamed(this.text.slice(s.start, s.end)).length > 0;
}

/**
 * A lone unknown name that only a GeoNames district or town spelt with other vowels may read
 * ("Chechawatni"): tried in a text that has placed nothing below a country (resolveSingle).
 */
export function mayBeTownSpelling(this: PlaceResolver, s: Segment): boolean {
  return s.postings.length === 0 && !this.chained.has(s) && this.index.townVowelSpellingsOf(s.key).length > 0;
}

/**
 * `vowelSpellings`: an unknown name may also read as a curated place spelt with other vowels;
 * for a lone name only (inside a chain, the container's own places are searched instead).
 */
export function candidates(this: PlaceResolver, s: Segment, countries: ReadonlyMap<string, number>, vowelSpellings = false, townSpellings = false): Candidate[] {
  const ix = this.index;
  const out: Candidate[] = [];
  const postings = s.postings;
  const count = Math.min(postings.length, MAX_CANDIDATES);
  if (count === 0) {
    // An unknown name may be an admin unit spelt another way ("Zaporizhia region", "Cataluna").
    for (const e of ix.looseAdmins(s.key)) {
      const cc = ix.country(e);
      const cw = cc ? countries.get(cc) ?? 0 : 0;
      out.push({ entry: e, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) - 0.5 + 1.5 * cw, why: [`spelling-variant-of:${ix.adminName(e)}`], via: -1 });
    }
    // Or, before a unit word, one consonant away from an admin unit of a country in play
    // ("Pakthukhwa province" under a text about Pakistan is Khyber Pakhtunkhwa, not Paktika by
    // its skeleton), or written as a town's initials ("R.Y. Khan"): only when the readings there
    // are one place.
    if (s.feature === 'admin1' || s.feature === 'admin2') this.addInPlay(s, out, countries, ix.nearAdmins(s.key), 'near-spelling-of');
    this.addInPlay(s, out, countries, ix.initialsNamed(this.text.slice(s.start, s.end)), 'initials-of');
    // A unit abroad spelt loosely so does not hide a curated place of a named country spelt with
    // other vowels: "Ningolay" is Swat's Ningolai, not Nwangele (Imo) by its skeleton.
    if (vowelSpellings && !out.some((c) => (countries.get(ix.country(c.entry) ?? '') ?? 0) >= 3)) this.addVowelSpellings(s, out, this.spellingCountries(countries));
    // Then a GeoNames district or town spelt so ("Jaffarabad", "Chechawatni"), by the same test,
    // unless a unit of a named country is spelt so already (a unit abroad does not count). Only
    // `townSpellings`, in a text that has placed nothing below a country yet, and not for a
    // chain's member: "Kainama II (Beni, Nord-Kivu)" is no Kaniama of another province.
    if (townSpellings && !this.chained.has(s) && !out.some((c) => (countries.get(ix.country(c.entry) ?? '') ?? 0) >= 3)) {
      this.addVowelSpellings(s, out, countries, undefined, ix.townVowelSpellingsOf(s.key));
    }
    return out;
  }
  for (let q = 0; q < count; q++) out.push(this.candidateOf(s, q, countries));
  // Nor does a GeoNames town abroad hide one: "Alizay" is a village of Normandy, and under a
  // text about Pakistan alone it is Kurram's Alizai. Only when no reading is curated or lies in
  // a country the text names.
  if (vowelSpellings && !out.some((c) => (c.flags & POST_CURATED) !== 0 || (countries.get(ix.country(c.entry) ?? '') ?? 0) >= 3)) {
    this.addVowelSpellings(s, out, this.spellingCountries(countries));
  }
  const units = s.featureWord === null ? undefined : NATIONAL_UNIT_WORDS.get(s.featureWord);
  return units ? out.filter((c) => units.has(ix.country(c.entry) ?? '')) : out;
}

/**
 * An unknown name spelt like a curated place but for its vowels ("Jewani" for Jiwani, "Speen
 * Tal" for Spin Tal), in a country the document names outright: the press and UCDP spell the
 * region's small places many ways. Only when the spellings point to one place (readings
 * within 25 km of each other); elsewhere the name stays unknown.
 */
export function addVowelSpellings(
  this: PlaceResolver,
  s: Segment,
  out: Candidate[],
  countries: ReadonlyMap<string, number>,
  fits: (e: number) => boolean = () => true,
  spellings: readonly number[] = this.index.vowelSpellingsOf(s.key),
): void {
  const ix = this.index;
  const hits = spellings.filter((e) => (countries.get(ix.country(e) ?? '') ?? 0) >= 3 && fits(e));
  if (hits.length === 0 || hits.some((e) => !nearBy(ix, e, hits[0], 25) && e !== hits[0])) return;
  const e = hits[0];
  const cw = countries.get(ix.country(e)!) ?? 0;
  out.push({ entry: e, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) - 0.5 + 1.5 * cw, why: [`spelling-variant-of:${ix.name(e)}`], via: -1 });
}

/**
 * Readings of an unknown name (nearAdmins, initialsNamed) in the countries named outright, when
 * no reading there is on the list yet and they are one place (within 25 km of each other: a
 * district and its town).
 */
export function addInPlay(this: PlaceResolver, s: Segment, out: Candidate[], countries: ReadonlyMap<string, number>, readings: readonly number[], evidence: string): void {
  if (readings.length === 0) return;
  const ix = this.index;
  const inPlay = (e: number) => (countries.get(ix.country(e) ?? '') ?? 0) >= 3;
  if (out.some((c) => inPlay(c.entry))) return;
  const hits = readings.filter(inPlay);
  if (hits.length === 0 || hits.some((e) => e !== hits[0] && !nearBy(ix, e, hits[0], 25))) return;
  for (const e of hits) {
    const cw = countries.get(ix.country(e)!) ?? 0;
    out.push({ entry: e, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) - 0.5 + 1.5 * cw, why: [`${evidence}:${ix.adminName(e)}`], via: -1 });
  }
}

/** The reading of a name by its q-th posting, with its weight before any chain or context fit. */
export function candidateOf(this: PlaceResolver, s: Segment, q: number, countries: ReadonlyMap<string, number>): Candidate {
  const ix = this.index;
  const p = s.postings[q];
  const e = p.entry;
  // "Northern", "East", "Capital": an admin unit by that name needs the chain to place it.
  let base = this.prior(e) + (GENERIC_NAMES.has(s.key) ? -6 : 0);
  if (p.flags & POST_CURATED) base += 3;
  if (p.flags & POST_PREFERRED) base += 1;
  if (p.flags & POST_PRIMARY) base += PRIMARY_NAME_BONUS;
  if (s.feature) base += hintFit(s.feature, ix.kind(e));
  base += districtWordFit(s.featureWord, ix.kind(e), ix.country(e));
  // Of two admin units by one name ("Eastern": Sri Lanka's province or American Samoa's
  // district), the one with more towns is more often in the news.
  if (ix.kind(e) === 'admin1' || ix.kind(e) === 'admin2') base += Math.min(1, 0.6 * Math.log10(1 + this.townCount(e)));
  const cc = ix.country(e);
  const cw = cc ? countries.get(cc) ?? 0 : 0;
  if (cw > 0) base += 1.5 * cw;
  return { entry: e, flags: p.flags, fuzzy: false, base, why: NO_WHY, via: -1 };
}

/** Entries inside an admin unit (memoised). */
export function townCount(this: PlaceResolver, admin: number): number {
  let n = this.townCounts.get(admin);
  if (n === undefined) {
    n = this.index.childrenOf(admin).length;
    this.townCounts.set(admin, n);
  }
  return n;
}

/** The entry's own weight: kind, population, feature class (compiled with the gazetteer). */
export function prior(this: PlaceResolver, e: number): number {
  return this.index.prior(e);
}
