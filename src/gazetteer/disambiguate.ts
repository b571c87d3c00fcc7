import type { PlaceKind } from '../model/types.ts';
import { AFGHAN_BORDER_CUE, CEASEFIRE_CUE, GUESS_EVIDENCE, isClanName, pashtoArea } from './clan-areas.ts';
import type { PlaceIndex } from './place-index.ts';
import { boundedEditDistance, FEATURE_WORDS, nameKey, skeletonOfKey, type FeatureHint } from './place-names.ts';
import { CAPS_LINE_WORDS, controlModifier, lineHasNoLowerCase, lowerCaseLocationLine, type Segment, type ScanToken } from './place-scan.ts';
import { POST_CURATED, POST_PREFERRED, POST_PRIMARY } from './place-store.ts';
import { nameFormFit } from './name-form.ts';

// Picks one place for each segment, using the whole document. Three kinds of evidence, in
// order of strength: the locative chain a name sits in ("Puli Alam city, Logar Province,
// Afghanistan": each name inside the next), the countries and provinces in play (named
// outright, of the actors, of the publisher, of places already resolved), and the entry's own
// weight (curated, population, feature class). A name inside a chain that no entry fits stays
// an unresolved place inside its container, with the container's point and a coarser precision.

export interface DocumentContext {
  /** Countries of the actors in play and of the publisher, with a weight each. */
  countries: ReadonlyMap<string, number>;
  /** Admin units in play before any name is read (the provinces a country cue's organisation works in). */
  admins?: ReadonlySet<number>;
  /** Countries of the organisations (country cues) the text names: "CCOO" puts Spain here. */
  cueCountries?: ReadonlySet<string>;
  /**
   * Countries named only by a demonym (PlaceMatchOptions.demonymCountries): the guesses' country
   * when nothing else names one. Asked for only then, so the text is scanned for demonyms only then.
   */
  demonymCountries?: () => ReadonlySet<string>;
  /** Whether a word is a demonym (PlaceMatchOptions.isDemonym). */
  isDemonym?: (word: string) => boolean;
}

export interface Resolution {
  segment: Segment;
  /** Entry index, or -1 for an unresolved name. */
  entry: number;
  /** For an unresolved name: the entry it sits inside (-1 when none is known). */
  container: number;
  unresolvedKind: PlaceKind;
  precision: 1 | 2 | 3;
  evidence: string[];
  rule: string;
}

interface Candidate {
  entry: number; // -1: unresolved
  flags: number;
  fuzzy: boolean;
  base: number;
  why: string[];
  /** An unknown name between two chain members: the one reading of the next member it stands inside. */
  via?: number;
}

type Link = ',' | '(' | 'of' | 'in';

/** What one document's resolutions so far say: by segment, and the countries, admin units and points in play. */
interface Resolved {
  out: Map<Segment, Resolution>;
  countries: Map<string, number>;
  admins: Set<number>;
  points: Array<[number, number]>;
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();
const NO_DEMONYMS = (): ReadonlySet<string> => NO_COUNTRIES;
const NOT_DEMONYM = (): boolean => false;
const MAX_CANDIDATES = 40;
/** A small town or misspelt reading this far from every place the text has placed is a namesake (strayVillage, farAbroad). */
const STRAY_KM = 1500;
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
/** How far down a name's postings (by population) readings inside the chain's container are looked for. */
const MAX_INSIDE_SCAN = 2000;
const PRIMARY_NAME_BONUS = 1;
const OUTER_UNRESOLVED_COST = -4;
const FAR_NAMESAKE_COST = -8;
/** "X village of Y": a reading of X far from Y contradicts the phrase; even a curated name loses to an unknown village of Y. */
const STATED_CONTAINER_COST = -20;
/** "X, Y province": a reading of X in another province this far from Y's point is a namesake (farFromStatedProvince). */
const STATED_PROVINCE_KM = 250;
/** Below this population a town abroad is "small" for the document-country rule. */
const SMALL_TOWN = 100_000;
/** Where unknown Pashto names in a text about Pakistan are placed (clanAreas). */
const TRIBAL_AREAS = { id: 'region:fata', name: 'Federally Administered Tribal Areas' };
const NORTH_WEST = { id: 'region:northwest-pakistan', name: 'North-West Pakistan' };
const SOUTH_WEST = { id: 'region:southwest-pakistan', name: 'South-West Pakistan' };
/** Where a report of firing across Pakistan's ceasefire lines with India is placed (ceasefireLine). */
const CEASEFIRE_LINES = { id: 'place:PK:ceasefire-lines', name: 'Line of Control and Working Boundary (Pakistani side)' };
/**
 * The words after an unknown name that make it a place in a text about Pakistan (unknownAreaInPakistan):
 * an area or village, and (session 8) a town, valley, bazaar, camp, checkpost, locality, ridge or range.
 */
const UNKNOWN_AREA_WORDS = new Set(['area', 'areas', 'village', 'villages', 'town', 'valley', 'bazar', 'bazaar', 'camp', 'checkpost', 'locality', 'localities', 'ridge', 'mountains']);
/**
 * Unit words after an unknown name, and the region such a unit is likeliest in (session 13): of
 * the 157 where-only and half-A UCDP rows that name a tehsil or sub-division, 136 lie within
 * 161 km of North-West Pakistan's point, 55 of the tribal areas' and 24 of the country's; of the
 * 381 naming a district or agency, 312, 186 and 41. An agency was a unit of the tribal areas only.
 */
const UNKNOWN_UNIT_WORDS = new Map<string, { id: string; name: string }>([
  ['tehsil', NORTH_WEST], ['tehsils', NORTH_WEST], ['tahsil', NORTH_WEST], ['thesil', NORTH_WEST], ['subdivision', NORTH_WEST],
  ['sub-division', NORTH_WEST], ['subdistrict', NORTH_WEST], ['sub-district', NORTH_WEST], ['district', NORTH_WEST], ['agency', TRIBAL_AREAS],
]);
/**
 * Words before "of" and an unknown name that make it a place ("15 km north of Dande", "the
 * village of Tirah", "the outskirts of X"): of the 144 where-only and half-A UCDP rows with such a
 * phrase, 102 lie within 161 km of the tribal areas' point, 71 of the north-west's and 17 of the
 * country's (session 13). Not "near X": the where-only rows "X near Y" with both names unknown are
 * Swat's, 114-145 km from the country's point and 270-290 km from the tribal areas' (four rows
 * lost, one gained, when tried).
 */
const UNKNOWN_NAME_BEFORE_OF = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
  'village', 'town', 'outskirts', 'suburbs',
]);
/** A compass word with no country after it, in a text about Pakistan alone (bareCompassRegion). */
const BARE_COMPASS = new Map<string, { id: string; name: string }>([
  ['northwest', NORTH_WEST], ['north-west', NORTH_WEST], ['northwestern', NORTH_WEST], ['north-western', NORTH_WEST],
  ['southwest', SOUTH_WEST], ['south-west', SOUTH_WEST], ['southwestern', SOUTH_WEST], ['south-western', SOUTH_WEST],
]);
/** "X, Y, Pakistan": the members of a chain are in one country. Strong enough that two readings of a repeated name abroad ("Pale town (Pale township, ..., Sagaing region)") do not outweigh it. */
const CROSS_COUNTRY_COST = -20;
/** Readings kept per chain member: the chain is scored over pairs of readings. */
const MAX_CHAIN_READINGS = 12;
/** Weight per nat of a chain reading's name-form misfit (weighByNameForm), and the misfit's cap in nats. */
const NAME_FORM_WEIGHT = 0.5;
const NAME_FORM_CAP = 6;
const NO_WHY: string[] = [];
const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 3, admin1: 2, 'populated-place': 1.5, admin2: 1, region: 0.5, other: 0,
};
const GENERIC_NAMES = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'capital', 'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast',
  'southwest', 'north eastern', 'north western', 'south eastern', 'south western', 'north central', 'upper', 'lower',
  'coast', 'coastal', 'islands', 'interior', 'littoral', 'plateau', 'lakes', 'river', 'border', 'mountain',
  'greater', 'federal', 'national', 'middle', 'far north', 'sahel', 'est', 'nord', 'sud', 'ouest', 'centre est',
  'centre nord', 'centre sud', 'centre ouest', 'sud ouest', 'nord ouest', 'nord est', 'sud est', 'city', 'town',
]);
/** Prepositions that often precede a place but as often something else ("to Smith", "of Police"). */
const WEAK_PREPS = new Set(['of', 'on', 'to', 'via', 'en', 'off']);
const ADMIN_WORDS = /\s+(district|province|region|state|governorate|county|department|oblast|municipality|prefecture)$/i;
/**
 * Capitalised words that follow "in" or "at" as often as any place and are also GeoNames towns
 * ("spoke in English", "debated in Congress", "at Christmas"): never a text's only place on
 * weak support.
 */
const NOT_LONE_PLACES = new Set([
  'english', 'arabic', 'urdu', 'pashto', 'dari', 'persian', 'farsi', 'hindi', 'bengali', 'chinese', 'russian', 'turkish',
  'kurdish', 'french', 'spanish', 'german', 'portuguese', 'italian', 'latin', 'christmas', 'easter', 'ramadan',
  'congress', 'parliament', 'senate', 'court', 'church', 'mass', 'person', 'public', 'custody', 'power', 'office',
  'hospital', 'prison', 'jail', 'government', 'march', 'may', 'june', 'july', 'august',
]);
/** The support a lone GeoNames name needs (plausible), and what it needs when the text names no other place. */
const PLAUSIBLE_SUPPORT = 2.5;
const LONE_PLACE_SUPPORT = 1.5;
const NEAR_PREPS = new Set(['near', 'outside', 'around', 'off', 'between', 'toward', 'towards']);

export class PlaceResolver {
  /** The countries in play of the document being resolved, for the evidence of each choice. */
  private countriesInPlay: ReadonlyMap<string, number> | null = null;
  private demonymCountries: () => ReadonlySet<string> = NO_DEMONYMS;
  private isDemonym: (word: string) => boolean = NOT_DEMONYM;
  /** The text being resolved (for isDemonym's surface test). */
  private text = '';
  /** The points of the countries the document being resolved names outright (not as its topic). */
  private namedCountryPoints: Array<[number, number]> = [];
  /** Segments of the document being resolved that name what it is about, not where it is set. */
  private topical: ReadonlySet<Segment> = new Set();
  /** skeletonOfKey by segment key: the same names come back document after document. */
  private readonly skeletons = new Map<string, string>();

  constructor(private readonly index: PlaceIndex) {}

  resolve(text: string, tokens: readonly ScanToken[], segments: Segment[], ctx: DocumentContext): Resolution[] {
    const ix = this.index;
    const chains = this.chains(tokens, segments);
    this.chained = new Set(chains.flatMap((c) => c.members));
    const countries = new Map<string, number>(ctx.countries);
    this.countriesInPlay = countries;
    this.demonymCountries = ctx.demonymCountries ?? NO_DEMONYMS;
    this.isDemonym = ctx.isDemonym ?? NOT_DEMONYM;
    this.text = text;
    // "against the war in Ukraine", "in solidarity with Ukraine": the country a text is about
    // is not where it is set, and weighs like an actor's country, not like a named scene.
    const topical = new Set<Segment>();
    for (const s of segments) if (topicOfText(tokens, s)) topical.add(s);
    this.topical = topical;
    // Countries named outright and curated names with one reading set the scene.
    for (const s of segments) {
      if (s.postings.length === 0 || s.insideActor || !(s.postings[s.postings.length - 1].flags & POST_CURATED)) continue;
      if (topical.has(s)) {
        addCountry(countries, ix.country(s.postings[0].entry), TOPICAL_COUNTRY_WEIGHT);
        continue;
      }
      // Only countries, provinces and regions of one country ("northwest Pakistan", "Pakistan's
      // tribal areas": the wire's way of naming the country): a curated town may share its name
      // with a town elsewhere. Every reading must be one, all in one country.
      const ps = s.postings;
      const e = ps[0].entry;
      const cc = ix.country(e);
      let all = cc !== null && cc !== '';
      for (let q = 0; q < ps.length && all; q++) {
        const p = ps[q];
        const kind = ix.kind(p.entry);
        all = (p.flags & POST_CURATED) !== 0 && (kind === 'country' || kind === 'admin1' || kind === 'region') && ix.country(p.entry) === cc;
      }
      if (!all) continue;
      addCountry(countries, cc, ix.kind(e) === 'admin1' ? 2 : 3);
    }
    this.namedCountryPoints = this.countryPointsOf(segments, topical);
    this.across = this.acrossFrom(tokens, segments);
    this.afterUnknown = new Set(segments.filter((s) => s.prep === null && containerOfUnknown(text, tokens, segments, s)));
    const out = new Map<Segment, Resolution>();
    const admins = new Set<number>(ctx.admins ?? []);
    const points: Array<[number, number]> = [];
    const seen: Resolved = { out, countries, admins, points };

    // Chains first: their internal fit is the strongest evidence there is.
    for (const chain of chains) {
      if (chain.members.length < 2) continue;
      for (const r of this.resolveChain(chain, countries, admins, tokens)) this.remember(seen, r);
    }
    // Then single names, best-supported first, each adding to the context of the rest.
    const singles = segments.filter((s) => !out.has(s) && (s.postings.length > 0 || (s.feature === 'admin1' || s.feature === 'admin2') || ((this.mayBeVowelSpelling(s) || this.mayBeInitials(s)) && !commonWordOpening(text, tokens, s))));
    // Two passes: a name turned down in the first may find support in names resolved after it.
    // Only a resolution adds to that support (remember), so a name turned down when no name has
    // been resolved since is turned down again, and is not weighed again (most second-pass names).
    const turnedDownAt = new Map<Segment, number>();
    for (let pass = 0; pass < 2; pass++) {
      for (const s of singles) {
        if (out.has(s) || turnedDownAt.get(s) === out.size) continue;
        const r = this.resolveSingle(s, countries, admins, points);
        if (r) this.remember(seen, r);
        else turnedDownAt.set(s, out.size);
      }
    }
    // A text that names no other place: a lone name after "in", "at" or "near" is where it is set
    // ("50 people gathered in Ahlhorn"), unless it is no better than a common word.
    // "the Mayor of Munster ... demonstrated in Colmar": names read only after a weak preposition
    // ("of", "to") do not set the scene, and leave the lone name after "in" its lower bar.
    if (out.size === 0 || [...out.keys()].every((s) => s.prep !== null && WEAK_PREPS.has(s.prep))) {
      // A name of three letters only as some place's own name: "killed in Pak bombing" is an
      // abbreviation (an alternate name of Paka, Malaysia), "gathered in Bar" the town.
      const located = singles.filter((s) => !out.has(s) && ((s.prep !== null && !WEAK_PREPS.has(s.prep)) || this.afterUnknown.has(s)) && !NOT_LONE_PLACES.has(s.key) &&
        (s.key.length >= 4 || s.postings.some((p) => (p.flags & POST_PRIMARY) !== 0)));
      if (located.length === 1) {
        const r = this.resolveSingle(located[0], countries, admins, points, LONE_PLACE_SUPPORT);
        if (r) this.remember(seen, r);
      }
    }
    this.dropStrayNamesakes(seen, ctx.countries, ctx.cueCountries ?? new Set());
    if (ctx.admins && ctx.admins.size > 0) this.keepToCueProvinces(seen, ctx.admins);
    this.clanAreas(segments, seen);
    this.bareCompassRegion(text, tokens, seen);
    this.borderCue(text, tokens, seen, CEASEFIRE_CUE, CEASEFIRE_LINES, GUESS_EVIDENCE.ceasefireCue, 'place-ceasefire-line');
    this.borderCue(text, tokens, seen, AFGHAN_BORDER_CUE, TRIBAL_AREAS, GUESS_EVIDENCE.afghanBorderCue, 'place-afghan-border');
    this.unknownAreaInPakistan(text, tokens, segments, seen);
    this.unknownLineInPakistan(text, tokens, segments, seen);
    const list = [...out.values()];
    // Usually in order already; the sort is stable, so skipping it then changes nothing.
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1].segment.start > list[i].segment.start) return list.sort((a, b) => a.segment.start - b.segment.start);
    }
    return list;
  }

  private mayBeVowelSpelling(s: Segment): boolean {
    return !s.insideActor && (this.index.vowelSpellingsOf(s.key).length > 0 || this.mayBeTownSpelling(s));
  }

  /** A lone unknown name a town's initials may read ("R.Y. Khan", "TT Singh": initialsNamed). */
  private mayBeInitials(s: Segment): boolean {
    return s.postings.length === 0 && !s.insideActor && this.index.initialsNamed(this.text.slice(s.start, s.end)).length > 0;
  }

  /**
   * A lone unknown name that only a GeoNames district or town spelt with other vowels may read
   * ("Chechawatni"): tried in a text that has placed nothing below a country (resolveSingle).
   */
  private mayBeTownSpelling(s: Segment): boolean {
    return s.postings.length === 0 && !this.chained.has(s) && this.index.townVowelSpellingsOf(s.key).length > 0;
  }

  /** Records a resolution and what it adds to the context of the names still to resolve. */
  private remember(seen: Resolved, r: Resolution): void {
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

  /** Segments linked by ",", "(", "of" or "in": each (probably) inside the next. */
  private chains(tokens: readonly ScanToken[], segments: Segment[]): Array<{ members: Segment[]; links: Link[] }> {
    // Only chains of two or more are kept: resolve() has no use for a lone name here.
    const out: Array<{ members: Segment[]; links: Link[] }> = [];
    let start = 0;
    let links: Link[] = [];
    for (let i = 1; i <= segments.length; i++) {
      let link = i < segments.length ? linkBetween(tokens, segments[i - 1], segments[i]) : null;
      if (link === ',' && this.listMember(tokens, segments[i], segments[i + 1])) link = null;
      if (link) {
        links.push(link);
        continue;
      }
      if (i - start >= 2) {
        out.push({ members: segments.slice(start, i), links });
        links = [];
      }
      start = i;
    }
    // "Berea district [coded to Teyateyaneng]": resolved after the chains above, so that the pair
    // settles the area's reading (a later resolution of a segment replaces an earlier one). A
    // coded name with a container of its own ("(coded to Los Pijiguaos, Bolivar)") is placed by it.
    const chained = new Set(out.flatMap((c) => c.members));
    for (let i = 1; i < segments.length; i++) {
      if (!chained.has(segments[i]) && codedInside(tokens, segments[i - 1], segments[i])) out.push({ members: [segments[i], segments[i - 1]], links: ['('] });
    }
    // An unknown run can only be a place inside a chain whose container is known.
    return out;
  }

  /**
   * "in the Gordesh, Daba and Orgot areas of Kamdesh district": a name followed by "and" or
   * "or" after a comma is the next item of a list, not the container of the name before it,
   * unless it can be a country or province ("in Kabul, Afghanistan and Islamabad").
   */
  private listMember(tokens: readonly ScanToken[], s: Segment, after: Segment | undefined): boolean {
    const next = tokens[s.featureLast + 1]?.lower;
    if ((next !== 'and' && next !== 'or') || after?.first !== s.featureLast + 2) return false;
    const ix = this.index;
    return !s.postings.some((p) => ix.kind(p.entry) === 'country' || ix.kind(p.entry) === 'admin1');
  }

  /**
   * `vowelSpellings`: an unknown name may also read as a curated place spelt with other vowels;
   * for a lone name only (inside a chain, the container's own places are searched instead).
   */
  private candidates(s: Segment, countries: ReadonlyMap<string, number>, vowelSpellings = false, townSpellings = false): Candidate[] {
    const ix = this.index;
    const out: Candidate[] = [];
    const postings = s.postings;
    const count = Math.min(postings.length, MAX_CANDIDATES);
    if (count === 0) {
      // An unknown name may be an admin unit spelt another way ("Zaporizhia region", "Cataluna").
      for (const e of ix.looseAdmins(s.key)) {
        const cc = ix.country(e);
        const cw = cc ? countries.get(cc) ?? 0 : 0;
        out.push({ entry: e, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) - 0.5 + 1.5 * cw, why: [`spelling-variant-of:${ix.adminName(e)}`] });
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
   * The countries whose curated places a name spelt another way may be: those named outright, or,
   * when none is, the one country its actors have ("Pakistani Taleban kill tribal elder | Matani
   * area") or, when nothing weighs at all, the one a demonym names ("Pakistani official says 3
   * killed | Matani area": Peshawar's Mattani, not Mat'ani of Georgia). Only the spellings'
   * search: they weigh on no other reading ("Indian shelling hit ... the Pakistan-ruled Neelum
   * valley", session 14).
   */
  private spellingCountries(countries: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
    for (const w of countries.values()) if (w >= 3) return countries;
    const only = onlyCountryInPlay(countries) ?? this.demonymCountryAlone(countries);
    return only === null ? countries : new Map([[only, 3]]);
  }

  /**
   * The one country a demonym names ("Pakistani official says 3 killed | Zarmel area") when no
   * country, actor or place weighs at all; else null.
   */
  private demonymCountryAlone(countries: ReadonlyMap<string, number>): string | null {
    for (const w of countries.values()) if (w > 0) return null;
    const demonyms = this.demonymCountries();
    return demonyms.size === 1 ? [...demonyms][0] : null;
  }

  /**
   * An unknown name spelt like a curated place but for its vowels ("Jewani" for Jiwani, "Speen
   * Tal" for Spin Tal), in a country the document names outright: the press and UCDP spell the
   * region's small places many ways. Only when the spellings point to one place (readings
   * within 25 km of each other); elsewhere the name stays unknown.
   */
  private addVowelSpellings(
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
    out.push({ entry: e, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) - 0.5 + 1.5 * cw, why: [`spelling-variant-of:${ix.name(e)}`] });
  }

  /**
   * Readings of an unknown name (nearAdmins, initialsNamed) in the countries named outright, when
   * no reading there is on the list yet and they are one place (within 25 km of each other: a
   * district and its town).
   */
  private addInPlay(s: Segment, out: Candidate[], countries: ReadonlyMap<string, number>, readings: readonly number[], evidence: string): void {
    if (readings.length === 0) return;
    const ix = this.index;
    const inPlay = (e: number) => (countries.get(ix.country(e) ?? '') ?? 0) >= 3;
    if (out.some((c) => inPlay(c.entry))) return;
    const hits = readings.filter(inPlay);
    if (hits.length === 0 || hits.some((e) => e !== hits[0] && !nearBy(ix, e, hits[0], 25))) return;
    for (const e of hits) {
      const cw = countries.get(ix.country(e)!) ?? 0;
      out.push({ entry: e, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) - 0.5 + 1.5 * cw, why: [`${evidence}:${ix.adminName(e)}`] });
    }
  }

  /** The reading of a name by its q-th posting, with its weight before any chain or context fit. */
  private candidateOf(s: Segment, q: number, countries: ReadonlyMap<string, number>): Candidate {
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
    return { entry: e, flags: p.flags, fuzzy: false, base, why: NO_WHY };
  }

  /**
   * A common village name has more readings than are weighed ("Oleksandrivka" has dozens in
   * Ukraine alone): the readings inside a reading of the next member of the chain are added from
   * beyond the first MAX_CANDIDATES, and kept first when the list is cut.
   */
  private addInsideOuter(s: Segment, list: Candidate[], outer: Candidate[], countries: ReadonlyMap<string, number>): Set<number> {
    const ix = this.index;
    const admins = new Set<number>();
    for (const c of outer) {
      if (c.entry < 0) continue;
      const k = ix.kind(c.entry);
      if (k === 'admin1' || k === 'admin2') admins.add(c.entry);
    }
    const inside = new Set<number>();
    if (admins.size === 0) return inside;
    const fits = (e: number) => admins.has(ix.admin1(e)) || admins.has(ix.admin2(e));
    for (const c of list) if (c.entry >= 0 && fits(c.entry)) inside.add(c.entry);
    const limit = Math.min(s.postings.length, MAX_INSIDE_SCAN);
    for (let q = MAX_CANDIDATES; q < limit; q++) {
      const e = s.postings[q].entry;
      if (inside.has(e) || !fits(e)) continue;
      inside.add(e);
      list.push(this.candidateOf(s, q, countries));
    }
    return inside;
  }

  private readonly townCounts = new Map<number, number>();
  /** Entries inside an admin unit (memoised). */
  private townCount(admin: number): number {
    let n = this.townCounts.get(admin);
    if (n === undefined) {
      n = this.index.childrenOf(admin).length;
      this.townCounts.set(admin, n);
    }
    return n;
  }

  /** The entry's own weight: kind, population, feature class (compiled with the gazetteer). */
  private prior(e: number): number {
    return this.index.prior(e);
  }

  private resolveChain(
    chain: { members: Segment[]; links: Link[] },
    countries: ReadonlyMap<string, number>,
    admins: ReadonlySet<number>,
    tokens: readonly ScanToken[],
  ): Resolution[] {
    const ix = this.index;
    let members = chain.members;
    let links = chain.links;
    let cands: Candidate[][] = members.map((s, i) => {
      const list = this.candidates(s, countries).filter((c) => !this.farAbroad(c, countries));
      for (const c of list) {
        if (admins.size > 0 && (admins.has(ix.admin1(c.entry)) || admins.has(ix.admin2(c.entry)))) c.base += 1;
        // "Kote Sangi, Ghazni, Afghanistan": a name with something inside it is more likely the
        // province than the town of the same name, unless a feature word says otherwise.
        if (i > 0 && !s.feature) c.base += ix.kind(c.entry) === 'admin1' ? 3.5 : ix.kind(c.entry) === 'admin2' ? 1 : 0;
      }
      return list;
    });
    // An outer name spelt another way than our admin units ("(Mokolo, Mayo-Tsanaga,
    // Extreme-Nord)", "Granada (Andalucia)"): the admin units of the inner readings may fit it.
    for (let i = 0; i + 1 < members.length; i++) this.addOuterVariants(members[i + 1], cands[i], cands[i + 1]);
    const inside: Array<Set<number>> = members.map((s, i) => (i + 1 < members.length ? this.addInsideOuter(s, cands[i], cands[i + 1], countries) : new Set<number>()));
    for (let i = 0; i + 1 < members.length; i++) if (links[i] === 'of' || links[i] === 'in' || this.statedDistrict(links[i], members[i + 1], cands[i + 1], tokens)) cands[i] = this.dropFarFromContainer(cands[i], cands[i + 1]);
    for (let i = 0; i + 1 < members.length; i++) if (statedProvince(links[i], cands[i + 1], this.index)) cands[i] = this.dropFarFromProvince(cands[i], cands[i + 1]);
    // "the town of Jewani in Pakistan": a curated place spelt with other vowels, inside the container.
    for (let i = 0; i + 1 < members.length; i++) {
      if (cands[i].length > 0) continue;
      const outer = cands[i + 1];
      this.addVowelSpellings(members[i], cands[i], countries, (e) => outer.some((o) => o.entry >= 0 && this.contains(o.entry, e)));
    }
    // Unknown members at the broad end say nothing about where the rest is.
    while (members.length > 0 && cands[members.length - 1].length === 0) {
      members = members.slice(0, -1);
      links = links.slice(0, -1);
      cands = cands.slice(0, -1);
    }
    const m = members.length;
    if (m < 2) return [];
    // The unresolved reading: an unknown name, or a known one no reading of which fits.
    members.forEach((s, i) => {
      if (cands[i].length > MAX_CHAIN_READINGS) {
        const holds = this.holdingInner(cands, i);
        const keep = (c: Candidate) => c.base + (inside[i].has(c.entry) ? 100 : 0) + (holds.has(c.entry) ? 50 : 0);
        cands[i] = cands[i].sort((x, y) => keep(y) - keep(x)).slice(0, MAX_CHAIN_READINGS);
      }
      // A known name at the broad end of the chain is its container: reading it as nothing, so
      // that a namesake of an inner name abroad fits ("Bane, Boulgou" is not Baneh in Iran), costs more.
      // Only for a chain that reads as a location ("in X, Y", "X (Y, Z)", "X village, Y"), not for
      // "Kubum Martin, Principal of the school".
      const located = links.includes('(') || members[0].feature !== null || (members[0].prep !== null && !WEAK_PREPS.has(members[0].prep));
      const unknownCost = s.postings.length === 0 ? 0 : located && i === m - 1 && !GENERIC_NAMES.has(s.key) ? OUTER_UNRESOLVED_COST : -1;
      cands[i].push({ entry: -1, flags: 0, fuzzy: false, base: unknownCost, why: NO_WHY });
    });
    // "Nuwara Eliya (Nuwara, Central)": an unknown name in the middle of a chain is inside some
    // reading of the next member; one unknown reading per outer reading lets the inner members
    // reach each of them (with a single one, the middle name would settle on the outer reading
    // that weighs most alone, whatever the inner names say).
    for (let i = 1; i + 1 < m; i++) {
      if (members[i].postings.length > 0 || cands[i].length !== 1 || cands[i + 1].length < 2) continue;
      const base = cands[i][0].base;
      cands[i] = cands[i + 1].map((_, b) => ({ entry: -1, flags: 0, fuzzy: false, base, why: NO_WHY, via: b }));
    }
    this.weighByNameForm(members, cands);
    // Viterbi from the broadest (last) member back to the most specific.
    const best: number[][] = cands.map((l) => l.map(() => -Infinity));
    const back: number[][] = cands.map((l) => l.map(() => -1));
    for (let k = 0; k < cands[m - 1].length; k++) best[m - 1][k] = cands[m - 1][k].base;
    for (let i = m - 2; i >= 0; i--) {
      // A name no entry fits may be a spelling variant of a place inside its container.
      this.addFuzzy(members[i], cands[i], cands[i + 1], best[i + 1]);
      best[i] = cands[i].map(() => -Infinity);
      back[i] = cands[i].map(() => -1);
      for (let a = 0; a < cands[i].length; a++) {
        for (let b = 0; b < cands[i + 1].length; b++) {
          if (best[i + 1][b] === -Infinity) continue;
          const via = cands[i][a].via;
          if (via !== undefined && via !== b) continue;
          const v = cands[i][a].base + best[i + 1][b] + this.linkScore(cands[i][a].entry, this.effective(cands, best, back, i + 1, b), links[i], members[i].feature === 'part');
          if (v > best[i][a]) {
            best[i][a] = v;
            back[i][a] = b;
          }
        }
      }
    }
    let k = 0;
    for (let a = 1; a < cands[0].length; a++) if (best[0][a] > best[0][k]) k = a;
    const picks: Candidate[] = [];
    for (let i = 0; i < m; i++) {
      picks.push(cands[i][k]);
      k = back[i][k];
    }
    const out: Resolution[] = [];
    for (let i = m - 1; i >= 0; i--) {
      const s = members[i];
      const c = picks[i];
      let container = -1;
      for (let j = i + 1; j < m; j++) {
        if (picks[j].entry >= 0) {
          container = picks[j].entry;
          break;
        }
      }
      // "the Afghan border areas of Khyber Pakhtunkhwa": a demonym before a feature word is no unknown place.
      if (c.entry < 0 && (container < 0 || !unknownIsPlace(s, members, i, tokens) || (s.first === s.last && this.isDemonym(this.text.slice(s.start, s.end))))) continue;
      // A neighbourhood, market or section inside a named town is coded to the town, as ACLED
      // and GTD code it ("Abchakan area, Puli Alam city"; "Kinama market, Bujumbura").
      const town = container >= 0 && (ix.kind(container) === 'populated-place' || ix.kind(container) === 'other') &&
        (c.entry < 0 || s.feature === 'part' || (ix.feature(c.entry) === 'PPLX' && this.contains(container, c.entry))) &&
        this.isPartOfTown(s, members[members.findIndex((x, j) => j > i && picks[j].entry === container)], container);
      if (town) {
        const why = [`part-of:${ix.id(container)}`, `part:${s.key}`];
        if (s.feature) why.push(`feature:${s.featureWord}`);
        out.push(this.finish(s, container, -1, why, `place-part-of-town:${ix.id(container)}`, true));
        continue;
      }
      const why = [...c.why];
      if (container >= 0) why.push(`${c.entry >= 0 && this.contains(container, c.entry) ? 'inside' : 'next-to'}:${ix.id(container)}`);
      if (c.fuzzy) why.push('spelling-variant');
      if (s.feature) why.push(`feature:${s.featureWord}`);
      out.push(this.finish(s, c.entry, container, why, c.entry >= 0 ? `place-chain:${ix.id(c.entry)}` : `place-unresolved-in-chain`));
    }
    return out;
  }

  /**
   * "Orugodawatta (Orugodawatta, Western)", "Kalaiya area (Bara district)": when the inner
   * names of a chain are unknown, the readings of the first known name lie in several countries
   * (Sri Lanka's, Gambia's, Ghana's Western province; Nepal's Bara district, Romanian and Sudanese
   * namesakes) and nothing else in the text tells them apart, the unknown names' spelling does:
   * each reading loses weight by how much worse its country's town names fit them (name-form.ts),
   * capped so that a stated country or a known town still decides.
   */
  private weighByNameForm(members: readonly Segment[], cands: Candidate[][]): void {
    const ix = this.index;
    const j = members.findIndex((s) => s.postings.length > 0);
    if (j < 1 || !GENERIC_NAMES.has(members[j].key)) return;
    const countries = new Set<string>();
    for (const c of cands[j]) if (c.entry >= 0 && ix.country(c.entry)) countries.add(ix.country(c.entry)!);
    if (countries.size < 2) return;
    const fit = nameFormFit(ix, members.slice(0, j).map((s) => s.key), [...countries]);
    if (!fit) return;
    for (const c of cands[j]) {
      const f = c.entry >= 0 ? fit.get(ix.country(c.entry) ?? '') : undefined;
      if (f === undefined || f === 0) continue;
      c.base += NAME_FORM_WEIGHT * Math.max(f, -NAME_FORM_CAP);
      c.why = [...c.why, `name-form-misfit:${Math.round(f)}`];
    }
  }

  /**
   * A named part of a town is coded to the town when the town is explicit ("Puli Alam city"),
   * when its name means nothing else (Bujumbura), or when the part is a neighbourhood, market
   * or area of a city big enough to have them ("Khair Khana area, Kabul").
   */
  private isPartOfTown(part: Segment, townSeg: Segment | undefined, town: number): boolean {
    const ix = this.index;
    if (!townSeg) return false;
    if (townSeg.feature === 'populated-place') return true;
    const otherReadings = townSeg.postings.some((p) => p.entry !== town && ix.kind(p.entry) !== 'populated-place' && ix.kind(p.entry) !== 'other');
    if (!otherReadings && part.feature === 'part') return true;
    if (part.feature === 'part' && ix.population(town) >= 100_000) return true;
    // In a city of millions an unknown name is far more often a neighbourhood than a village.
    return part.postings.length === 0 && part.feature !== 'admin1' && part.feature !== 'admin2' && ix.population(town) >= 1_000_000;
  }

  /**
   * "San Jose del Cabo, Baja California": a province named by the first words of the name of the
   * province that holds the town (Baja California Sur; Kasai for Kasai-Oriental) is that
   * province written short, not a province where a namesake must be looked for.
   */
  private namedByPrefix(inner: number, outer: number): boolean {
    const ix = this.index;
    const a1 = ix.admin1(inner);
    if (a1 < 0 || a1 === outer) return false;
    const short = nameKey(ix.adminName(outer));
    const long = nameKey(ix.adminName(a1));
    return short.length >= 4 && long.length > short.length && long.startsWith(short) && long[short.length] === ' ';
  }

  /**
   * Readings of chain member i that hold a reading of a member before it. "Nuwara Eliya (Nuwara,
   * Central)": "Central" has dozens of readings and only the first few by weight are scored;
   * Sri Lanka's Central Province, which holds the town Nuwara Eliya across the unknown middle
   * name, must not be cut before the chain is scored.
   */
  private holdingInner(cands: Candidate[][], i: number): Set<number> {
    const out = new Set<number>();
    // The nearest inner member with a known reading: past unknown names only ("Al Jafr (Al
    // Wahat, East)" must not keep Saudi Arabia's Eastern Province for a namesake of Al Jafr when
    // Al Wahat, known, lies in Libya).
    let j = i - 1;
    while (j >= 0 && !cands[j].some((d) => d.entry >= 0)) j--;
    if (j < 0) return out;
    for (const c of cands[i]) {
      if (c.entry < 0) continue;
      const k = this.index.kind(c.entry);
      if (k !== 'admin1' && k !== 'admin2' && k !== 'country') continue;
      if (cands[j].some((d) => d.entry >= 0 && this.contains(c.entry, d.entry))) out.add(c.entry);
    }
    return out;
  }

  private addOuterVariants(outer: Segment, inner: Candidate[], list: Candidate[]): void {
    if (list.some((c) => c.entry >= 0 && inner.some((d) => d.entry >= 0 && this.contains(c.entry, d.entry)))) return;
    const ix = this.index;
    const want = ix.looseKey(outer.key);
    if (want.length < 3) return;
    const seen = new Set(list.map((c) => c.entry));
    for (const d of inner) {
      if (d.entry < 0) continue;
      for (const a of [ix.admin1(d.entry), ix.admin2(d.entry)]) {
        if (a < 0 || seen.has(a)) continue;
        const have = ix.looseKeyOf(a);
        const close = have === want || (want.length >= 5 && boundedEditDistance(have, want, 1) <= 1);
        if (!close) continue;
        seen.add(a);
        list.push({ entry: a, flags: 0, fuzzy: true, base: KIND_PRIOR[ix.kind(a)] + hintFit(outer.feature, ix.kind(a)) - 0.5, why: [`spelling-variant-of:${ix.adminName(a)}`] });
      }
    }
  }

  /** The entry a chain position stands for in the link score: itself, or what contains it. */
  private effective(cands: Candidate[][], _best: number[][], back: number[][], i: number, b: number): number {
    let e = cands[i][b].entry;
    let k = b;
    let j = i;
    while (e < 0 && j + 1 < cands.length) {
      k = back[j][k];
      if (k < 0) break;
      j++;
      e = cands[j][k].entry;
    }
    return e;
  }

  private addFuzzy(s: Segment, list: Candidate[], outer: Candidate[], outerBest: number[]): void {
    if (list.some((c) => c.entry >= 0 && c.base > 2)) return;
    const ix = this.index;
    let skel = this.skeletons.get(s.key);
    if (skel === undefined) {
      skel = skeletonOfKey(s.key);
      if (this.skeletons.size >= 50_000) this.skeletons.clear();
      this.skeletons.set(s.key, skel);
    }
    if (skel.length < 3) return;
    // Containers: every admin reading of the next member, and the admin units of its towns.
    const containers = new Set<number>();
    for (let b = 0; b < outer.length; b++) {
      const e = outer[b].entry;
      if (e < 0 || outerBest[b] === -Infinity) continue;
      const kind = ix.kind(e);
      if (kind === 'admin1' || kind === 'admin2') containers.add(e);
      else if (kind === 'populated-place' || kind === 'other') {
        if (ix.admin2(e) >= 0) containers.add(ix.admin2(e));
        else if (ix.admin1(e) >= 0) containers.add(ix.admin1(e));
      }
    }
    if (containers.size === 0 || containers.size > 6) return;
    const seen = new Set(list.map((c) => c.entry));
    for (const container of containers) for (const e of ix.fuzzyChildren(container, skel)) {
      if (seen.has(e)) continue;
      const name = ix.name(e);
      const pop = ix.population(e);
      const base = KIND_PRIOR[ix.kind(e)] + hintFit(s.feature, ix.kind(e)) + (pop > 0 ? Math.min(Math.log10(pop), 7) / 4 : 0) - 1;
      list.push({ entry: e, flags: 0, fuzzy: true, base, why: [`spelling-variant-of:${name}`] });
      seen.add(e);
      if (list.length > MAX_CANDIDATES + 10) break;
    }
  }

  private linkScore(inner: number, outer: number, link: Link, innerIsPart = false): number {
    if (inner < 0 || outer < 0) return 0;
    const ix = this.index;
    // "Jenin city (Jenin, West Bank)": the same place named twice.
    if (inner === outer) return 3;
    if (this.contains(outer, inner)) {
      const townInTown = ix.kind(outer) === 'populated-place' || ix.kind(outer) === 'other';
      return townInTown ? 4 : link === 'in' ? 5 : 7;
    }
    // "X, Y, Pakistan": a name in a chain is in the country the chain ends in.
    if (ix.country(inner) !== ix.country(outer)) return CROSS_COUNTRY_COST;
    // Same country, not nested: a list ("Kabul, Kandahar and Herat"), a neighbour, or a wrong
    // reading of a small place ("San Lorenzo (Santa Fe)" is not the one in Corrientes).
    // "Heathrow airport in London", "Daggar village of Chagmalai region": a place "in" or "of"
    // another hundreds of kilometres away is a namesake (Heathrow, Florida, and London, Ohio),
    // not the place meant (farFromContainer). A named part ("Bra Square in Verona") is coded to
    // its town whatever its name reads as.
    if (link === 'in' || link === 'of') return !innerIsPart && this.farFromContainer(inner, outer) ? STATED_CONTAINER_COST : -1;
    if (link === '(') return -8;
    // "Ivanivka, Kharkiv": next to a province that does not hold it, or a city hundreds of
    // kilometres away, a namesake is less likely than a village missing from the gazetteer.
    // "Bagh, Tirah": nor can a district lie inside a town or a valley far from it.
    const ko = ix.kind(outer);
    if (ko === 'admin1' && this.namedByPrefix(inner, outer)) return -1;
    if (ko === 'admin1' || ko === 'admin2') return FAR_NAMESAKE_COST;
    const ki = ix.kind(inner);
    const townOuter = ko === 'populated-place' || ko === 'other';
    const innerFits = ki === 'populated-place' || ki === 'other' || ki === 'admin2';
    if (townOuter && innerFits && !nearBy(ix, inner, outer, 150)) return FAR_NAMESAKE_COST;
    return -3;
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
  private dropFarFromProvince(list: Candidate[], outer: readonly Candidate[]): Candidate[] {
    return list.filter((c) => c.entry < 0 || outer.some((o) => o.entry >= 0 && !this.farFromStatedProvince(c.entry, o.entry)));
  }

  /** A town or area in another province of the province's country, farther than STATED_PROVINCE_KM from its point. */
  private farFromStatedProvince(inner: number, province: number): boolean {
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
  private statedDistrict(link: Link, outer: Segment, readings: readonly Candidate[], tokens: readonly ScanToken[]): boolean {
    if (link !== ',') return false;
    if (outer.feature === 'admin2' || FEATURE_WORDS.get(lastNameWord(tokens, outer) ?? '') === 'admin2') return true;
    return readings.length > 0 && readings.every((c) => c.entry >= 0 && this.index.kind(c.entry) === 'admin2');
  }

  /**
   * "Daggar village of Chagmalai region": the readings of the first name far from every reading
   * of its stated container are dropped, so that the village, unknown to us, is placed inside the
   * container instead of reading the container as nothing to keep a better-known namesake.
   */
  private dropFarFromContainer(list: Candidate[], outer: readonly Candidate[]): Candidate[] {
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
  private farFromContainer(inner: number, outer: number): boolean {
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
  private inOtherDistrict(inner: number, district: number): boolean {
    const ix = this.index;
    const own = ix.admin2(inner);
    if (own < 0 || own === district || ix.country(inner) !== ix.country(district)) return false;
    return !nearBy(ix, own, district, 50);
  }

  /** True when `outer` contains `inner` (country, admin1, admin2, or a town and its parts). */
  contains(outer: number, inner: number): boolean {
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

  private resolveSingle(
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
   * "4 soldiers killed in suicide bombing in Pakistan | Watta Khel": an unknown name closing in
   * a Pashtun clan word or a Pashto place word (clan-areas.ts), in a text whose only country is
   * Pakistan, is placed at region precision in the former tribal areas (clans, seasonal camps,
   * peaks, passes, streams) or in the north-west (villages, valleys, hills). Of the UCDP rows
   * whose location names a "khel", 90% lie in the former tribal areas and 96% within 161 km of
   * their middle (docs/evaluation.md). Not in chains, whose other members place such a name, nor
   * where Afghanistan or another country is in play: Afghanistan is full of such names too; nor
   * where the text places anything smaller than a region itself.
   */
  private clanAreas(segments: readonly Segment[], seen: Resolved): void {
    // A guess for a text that places nothing itself: a town or province it names says more.
    if (!this.pakistanAlone(seen, true)) return;
    for (const s of segments) {
      if (seen.out.has(s) || s.postings.length > 0 || s.insideActor) continue;
      const area = pashtoArea(s.key);
      if (area === null) continue;
      const e = this.regionEntry(area === 'tribal-areas' ? TRIBAL_AREAS : area === 'south-west' ? SOUTH_WEST : NORTH_WEST);
      if (e < 0) continue;
      const word = area === 'south-west' ? GUESS_EVIDENCE.balochWord : area === 'tribal-areas' && isClanName(s.key) ? GUESS_EVIDENCE.clanName : GUESS_EVIDENCE.placeWord;
      const why = [word, `name:${s.key}`, 'country-in-play:PK'];
      seen.out.set(s, this.finish(s, e, -1, why, `place-pashto-area:${this.index.id(e)}`));
    }
  }

  /**
   * "Pakistani jets hit militant hideout in northwest, kill 22", "tribal elder killed in the
   * north-west": a compass word after "in" (or "in the") with no country or other name after it,
   * in a text whose only country is Pakistan, is Pakistan's north-west (or south-west): the
   * region at region precision, rule `place-bare-compass:<region>`. Only where the text places
   * no region or anything smaller itself, and never before a capitalised word ("in northwest
   * Nigeria" is that country's, and "northwest Pakistan" is a name of its own).
   */
  private bareCompassRegion(text: string, tokens: readonly ScanToken[], seen: Resolved): void {
    if (!this.pakistanAlone(seen, false)) return;
    const ix = this.index;
    for (let k = 1; k < tokens.length; k++) {
      const region = BARE_COMPASS.get(tokens[k].lower);
      if (!region) continue;
      const before = tokens[k - 1].lower === 'the' && k >= 2 ? tokens[k - 2] : tokens[k - 1];
      if (before.lower !== 'in' || before.sentence !== tokens[k].sentence) continue;
      const next = tokens[k + 1];
      if (next && next.sentence === tokens[k].sentence && /^[A-Z]/.test(text.slice(next.start, next.start + 1))) continue;
      const e = this.regionEntry(region);
      if (e < 0) continue;
      const s = guessedSegment(tokens, k, k, tokens[k].lower, 'in', null);
      seen.out.set(s, this.finish(s, e, -1, [GUESS_EVIDENCE.compassWord, `word:${tokens[k].lower}`, 'country-in-play:PK'], `place-bare-compass:${ix.id(e)}`));
      return;
    }
  }

  /**
   * A text about Pakistan alone that places nothing below the country and whose cue (`cue`, its
   * first match) sets the report on one of its borders is placed in that
   * border's region (`region`) at region precision, with the cue's evidence and rule. Two borders:
   * - "Pak says 6 killed in ceasefire violations | village Bini Sulariyan": firing across the
   *   ceasefire lines with India (CEASEFIRE_CUE) is on the Pakistani side of the Line of Control and
   *   the Working Boundary (evidence `ceasefire-line-cue`), before the tribal-areas guesses for its
   *   unknown names;
   * - "Pakistani soldiers killed near the Afghan border" (AFGHAN_BORDER_CUE) goes to the former
   *   tribal areas, where the border's fighting is (evidence `afghan-border-cue`); asked after the
   *   ceasefire lines (a text about both borders reads as the one with India) and before the
   *   guesses for unknown names.
   */
  private borderCue(text: string, tokens: readonly ScanToken[], seen: Resolved, cue: RegExp, region: typeof TRIBAL_AREAS, evidence: string, rule: string): void {
    if (!this.pakistanAlone(seen, false)) return;
    const at = cue.exec(text)?.index;
    if (at === undefined) return;
    const e = this.regionEntry(region);
    const k = tokens.findIndex((t) => t.start >= at);
    if (e < 0 || k < 0) return;
    const s = guessedSegment(tokens, k, k, tokens[k].lower, null, null);
    seen.out.set(s, this.finish(s, e, -1, [evidence, `word:${tokens[k].lower}`, 'country-in-play:PK'], `${rule}:${this.index.id(e)}`));
  }

  /**
   * "Attack on pro-government fighters kills two in Pakistan | Mazdak area": an unknown
   * capitalised name before "area" or "village", in a text whose only country is Pakistan and
   * that places nothing but the country, is placed in the former tribal areas at region
   * precision (rule `place-unknown-area:region:fata`, evidence `unknown-area-pakistan`). A prior,
   * not a reading of the name: of the 224 half-A and where-only UCDP rows we could place no
   * closer than the country, 117 lie within 161 km of the tribal areas' middle and 42 of the
   * country's point (Islamabad) (docs/evaluation.md, ucdp, session 7 round 2). Since session 13
   * also an unknown unit ("Shamozai tehsil", "X sub-division", "X district": the north-west's
   * point; "X agency": the tribal areas'), and an unknown name after "<compass> of" or "village
   * of" ("5 km south of Dande"), which had stayed at the country's point: the leave-names-out test
   * (scripts/ucdp-unknown-village.ts) showed those forms, with the village renamed, falling to
   * Islamabad.
   */
  private unknownAreaInPakistan(text: string, tokens: readonly ScanToken[], segments: readonly Segment[], seen: Resolved): void {
    if (!this.pakistanAlone(seen, false)) return;
    const ix = this.index;
    const covered = (k: number) => segments.some((s) => (seen.out.has(s) || s.insideActor) && s.first <= k && k <= s.last);
    // A location line written without capitals ("sheratala area") reads as if its names had them.
    const locationLine = lowerCaseLocationLine(text);
    const lowerLine = (at: number) => locationLine !== null && locationLine[0] <= at && at < locationLine[1] && /^[a-z]/.test(text.slice(at, at + 1));
    const upper = (k: number) => /^[A-Z]/.test(text.slice(tokens[k].start, tokens[k].start + 1)) || (!CAPS_LINE_WORDS.has(tokens[k].lower) && lowerLine(tokens[k].start));
    // A line written in capitals ("SHERATALA AREA", "5 KM SOUTH OF DANDE") reads as if in mixed case.
    const capsLine = (k: number) => lineHasNoLowerCase(text, tokens[k].start);
    const word = (k: number) => upper(k) && /^[a-z][a-z'-]*$/i.test(tokens[k].lower) && (!/^[A-Z]+$/.test(text.slice(tokens[k].start, tokens[k].end)) || capsLine(k));
    const place = (first: number, last: number, region: typeof TRIBAL_AREAS, featureAt: number | null, prep: string | null): boolean => {
      for (let k = first; k <= last; k++) if (covered(k)) return false;
      const e = this.regionEntry(region);
      if (e < 0) return false;
      const key = tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
      const s = guessedSegment(tokens, first, last, key, prep, featureAt);
      seen.out.set(s, this.finish(s, e, -1, [GUESS_EVIDENCE.unknownArea, `name:${key}`, 'country-in-play:PK'], `place-unknown-area:${ix.id(e)}`));
      return true;
    };
    // "Mazdak area", "Shamozai tehsil": the words after the name.
    for (let f = 1; f < tokens.length; f++) {
      const unit = UNKNOWN_UNIT_WORDS.get(tokens[f].lower);
      if ((!UNKNOWN_AREA_WORDS.has(tokens[f].lower) && !unit) || (/^[A-Z]/.test(text.slice(tokens[f].start, tokens[f].start + 1)) && !capsLine(f))) continue;
      let first = f;
      while (first - 1 >= 0 && f - first < 3 && tokens[first - 1].sentence === tokens[f].sentence && upper(first - 1) && /^[a-z]/i.test(tokens[first - 1].lower)) first--;
      if (first === f) continue;
      if (place(first, f - 1, unit ?? TRIBAL_AREAS, f, null)) return;
    }
    // "15 km north of Dande", "the village of Tirah": the words before it, on a line after the
    // first (a headline's "north of Peshawar" reads a known name anyway). One to three
    // capitalised words, not followed by another.
    for (let f = 1; f + 1 < tokens.length; f++) {
      const w = tokens[f].lower;
      if (w !== 'of' || !UNKNOWN_NAME_BEFORE_OF.has(tokens[f - 1].lower) || !text.slice(0, tokens[f].start).includes('\n')) continue;
      const first = f + 1;
      let last = first;
      if (!word(first) || tokens[first].sentence !== tokens[f].sentence) continue;
      while (last + 1 < tokens.length && last - first < 2 && tokens[last + 1].sentence === tokens[f].sentence && word(last + 1) && !text.slice(tokens[last].end, tokens[last + 1].start).includes('\n')) last++;
      if (last + 1 < tokens.length && word(last + 1) && !text.slice(tokens[last].end, tokens[last + 1].start).includes('\n')) continue;
      if (place(first, last, TRIBAL_AREAS, null, w)) return;
    }
  }

  /**
   * "Two soldiers killed in Pakistan | Wali Kor": a later line that is nothing but an unknown
   * capitalised name of one to three words, in a text that places only Pakistan, is such a place
   * too and goes where unknownAreaInPakistan puts an "X area" (the former tribal areas, region
   * precision): of the 131 UCDP rows without headlines that we placed no closer than the country,
   * 62 lie within 161 km of the tribal areas' point and 30 of the country's (docs/evaluation.md,
   * session 8). Not a line in capitals ("TOTAL"), nor a name inside an actor.
   */
  private unknownLineInPakistan(text: string, tokens: readonly ScanToken[], segments: readonly Segment[], seen: Resolved): void {
    if (tokens.length < 2 || !this.pakistanAlone(seen, false)) return;
    const taken = (k: number) => segments.some((s) => (seen.out.has(s) || s.insideActor) && s.first <= k && k <= s.last);
    let end = tokens.length - 1;
    // Lines from the last up, the first line (a headline) left out.
    while (end > 0) {
      let first = end;
      while (first > 0 && !text.slice(tokens[first - 1].end, tokens[first].start).includes('\n')) first--;
      if (first > 0 && end - first < 3 && this.unknownNameRun(text, tokens, first, end, taken)) {
        const e = this.regionEntry(TRIBAL_AREAS);
        if (e < 0) return;
        const key = tokens.slice(first, end + 1).map((t) => t.lower).join(' ');
        const s = guessedSegment(tokens, first, end, key, null, null);
        seen.out.set(s, this.finish(s, e, -1, [GUESS_EVIDENCE.unknownArea, `name:${key}`, 'whole-line', 'country-in-play:PK'], `place-unknown-area:${this.index.id(e)}`));
        return;
      }
      end = first - 1;
    }
  }

  /**
   * Tokens first..last are capitalised words (not all capitals), none placed or an actor's. A
   * word may join capitalised parts with hyphens ("Banda-Gai", "Zulamkot-Serai").
   */
  private unknownNameRun(text: string, tokens: readonly ScanToken[], first: number, last: number, taken: (k: number) => boolean): boolean {
    for (let k = first; k <= last; k++) {
      const w = text.slice(tokens[k].start, tokens[k].end);
      if (!/^\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*$/u.test(w) || taken(k)) return false;
    }
    return true;
  }

  /**
   * The gate of the guesses about unknown names in Pakistan (clanAreas, bareCompassRegion,
   * unknownAreaInPakistan): the text names one country, Pakistan, or names none and has only
   * Pakistani actors, and places nothing smaller than a country itself (nor than a region, with
   * `regionsToo`).
   */
  private pakistanAlone(seen: Resolved, regionsToo: boolean): boolean {
    let named: string | null = null;
    for (const [cc, w] of seen.countries) {
      if (w < 3) continue;
      if (named !== null && named !== cc) return false;
      named = cc;
    }
    // Or the one country a demonym names when nothing else weighs (session 13).
    if (named === null) named = onlyCountryInPlay(seen.countries) ?? this.demonymCountryAlone(seen.countries);
    if (named !== 'PK') return false;
    const ix = this.index;
    for (const r of seen.out.values()) {
      if (r.entry < 0) continue;
      const kind = ix.kind(r.entry);
      if (kind !== 'country' && !(regionsToo && kind === 'region')) return false;
    }
    return true;
  }

  private readonly regionEntries = new Map<string, number>();

  /** The entry of a curated region by its id and name (region:fata, "Federally Administered Tribal Areas"), or -1. */
  private regionEntry(region: { id: string; name: string }): number {
    const known = this.regionEntries.get(region.id);
    if (known !== undefined) return known;
    const ix = this.index;
    const k = ix.key(nameKey(region.name));
    let found = -1;
    if (k >= 0) {
      const [a, b] = ix.postingRange(k);
      for (let p = a; p < b && found < 0; p++) if (ix.id(ix.postingEntry(p)) === region.id) found = ix.postingEntry(p);
    }
    this.regionEntries.set(region.id, found);
    return found;
  }

  /** Segments of the document being resolved that name a place across a line from the next ("X, opposite Y sector"). */
  private across: ReadonlySet<Segment> = new Set();
  /** Names after an unknown name and a comma, itself after "in/at/near" (containerOfUnknown). */
  private afterUnknown: ReadonlySet<Segment> = new Set();
  /** Members of the document's chains ("X village, Y ward (Z, W)"): their containers place them, not a spelling. */
  private chained: ReadonlySet<Segment> = new Set();

  /**
   * "Athmuqam, opposite Kupwara sector in Kupwara District of Jammu and Kashmir": a name followed
   * by "opposite" is across the Line of Control (or a border) from what follows, so the country
   * of the places after it says nothing against its own readings.
   */
  private acrossFrom(tokens: readonly ScanToken[], segments: readonly Segment[]): Set<Segment> {
    const out = new Set<Segment>();
    for (const s of segments) {
      let k = s.featureLast + 1;
      if (tokens[k]?.lower === ',') k++;
      if (tokens[k]?.lower === 'opposite' && tokens[k].sentence === tokens[s.last].sentence) out.add(s);
    }
    return out;
  }

  /** documentCountryFit for a name across a line from the next (acrossFrom): its penalties dropped. */
  private acrossFit(s: Segment, fit: Map<number, number> | null): Map<number, number> | null {
    if (!fit || !this.across.has(s)) return fit;
    for (const [e, v] of fit) if (v < 0) fit.delete(e);
    return fit;
  }

  /** The points of the countries named outright by the segments (not inside an actor's name, not as the text's topic). */
  private countryPointsOf(segments: readonly Segment[], topical: ReadonlySet<Segment>): Array<[number, number]> {
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

  /**
   * "Dosali village, Godaivalla, in Datta Khel" in a text that names Pakistan: a chain member
   * read, by another spelling, as a small GeoNames town or district (Godaivalla as Guidoval in
   * Minas Gerais) of a country the text gives no sign of, more than 1,500 km from every country
   * it names outright, is a village we do not know; the member stays unknown (inside the chain's
   * other members, if they place it). Names matched as written keep their readings ("rally in
   * Lead (South Dakota) in support of Ukraine"), and so do curated places, cities of 100,000 or
   * more and provinces.
   */
  private farAbroad(c: Candidate, countries: ReadonlyMap<string, number>): boolean {
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
  private strayVillage(e: number, points: ReadonlyArray<[number, number]>): boolean {
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
  private dropStrayNamesakes(seen: Resolved, prior: ReadonlyMap<string, number>, cueCountries: ReadonlySet<string>): void {
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
  private keepToCueProvinces(seen: Resolved, provinces: ReadonlySet<number>): void {
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
  private farFromAll(e: number, points: ReadonlyArray<[number, number]>): boolean {
    const lat = this.index.lat(e);
    const lon = this.index.lon(e);
    if (Number.isNaN(lat)) return false;
    return points.every(([y, x]) => km(lat, lon, y, x) > STRAY_KM);
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
  private documentCountryFit(cands: readonly Candidate[], countries: ReadonlyMap<string, number>): Map<number, number> | null {
    const ix = this.index;
    let named: string | null = null;
    let namedCount = 0;
    for (const [cc, w] of countries) {
      if (w < 3) continue;
      named = cc;
      namedCount++;
    }
    if (namedCount === 0 || cands.length === 0) return null;
    const small = (e: number) => {
      const k = ix.kind(e);
      return (k === 'populated-place' || k === 'other') && ix.population(e) < SMALL_TOWN;
    };
    let out: Map<number, number> | null = null;
    const set = (e: number, v: number) => (out ??= new Map()).set(e, v);
    for (const c of cands) {
      if (c.entry < 0 || !(c.flags & POST_CURATED) || !small(c.entry)) continue;
      const cc = ix.country(c.entry);
      if (cc && (countries.get(cc) ?? 0) === 0) set(c.entry, -3);
    }
    if (namedCount === 1) {
      const home = cands.some((c) => c.entry >= 0 && ix.country(c.entry) === named);
      const smallAbroad = cands.some((c) => c.entry >= 0 && ix.country(c.entry) !== named && small(c.entry));
      if (home && smallAbroad) for (const c of cands) if (c.entry >= 0 && ix.country(c.entry) === named) set(c.entry, 1.5);
    }
    return out;
  }

  /**
   * A GeoNames name outside a chain needs support, weighed as a sum: a locative preposition or
   * a feature word, a country or province in play, a large population, a name no other place
   * has. GeoNames has places called "Police", "Security" and "Sunday": a capitalised word at
   * the start of a sentence or inside a longer capitalised name is no evidence at all.
   */
  private plausible(
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
  private onlyOwnName(s: Segment, c: Candidate): boolean {
    if (!(c.flags & POST_PRIMARY)) return false;
    for (const p of s.postings) if (p.entry !== c.entry && p.flags & POST_PRIMARY) return false;
    return true;
  }

  /**
   * An admin unit whose name has no reading outside its country ("Tabasco": the state, a town
   * and a municipality, all Mexican): which of them is meant changes the point, not the country.
   */
  private unitOfOneCountry(s: Segment, e: number): boolean {
    const ix = this.index;
    const kind = ix.kind(e);
    if (kind !== 'admin1' && kind !== 'admin2') return false;
    const cc = ix.country(e);
    for (const p of s.postings) if (ix.country(p.entry) !== cc) return false;
    return true;
  }

  /** The entry outweighs every other reading of the name by population tenfold. */
  private dominant(s: Segment, e: number): boolean {
    const ix = this.index;
    const pop = ix.population(e);
    for (const p of s.postings) if (p.entry !== e && ix.population(p.entry) * 10 > pop) return false;
    return true;
  }

  private finish(s: Segment, entry: number, container: number, why: string[], rule: string, part = false): Resolution {
    const ix = this.index;
    if (entry >= 0 && !part) {
      const posting = s.postings.find((p) => p.entry === entry);
      if (posting && posting.flags & POST_CURATED) why.unshift('curated');
      else if (posting && !(posting.flags & POST_PRIMARY)) why.unshift('alternate-name');
      const cc = ix.country(entry);
      if (cc && ix.kind(entry) !== 'country' && this.countriesInPlay?.has(cc)) why.push(`country-in-play:${cc}`);
    }
    let precision: 1 | 2 | 3;
    const near = s.prep !== null && NEAR_PREPS.has(s.prep);
    let unresolvedKind: PlaceKind = 'populated-place';
    if (entry >= 0) {
      const k = ix.kind(entry);
      // A named part of a town is coded to the town at precision 1, as ACLED does ("City - District").
      precision = k === 'populated-place' || k === 'other' ? (near && !part ? 2 : 1) : k === 'admin2' ? 2 : 3;
      // "in Kani township": the township around the town, coded to its seat (ACLED's 2).
      if (precision === 1 && !part && s.featureWord?.toLowerCase() === 'township') precision = 2;
    } else {
      const ck = container >= 0 ? ix.kind(container) : 'country';
      precision = ck === 'populated-place' || ck === 'other' || ck === 'admin2' ? 2 : 3;
      unresolvedKind = s.feature === 'admin2' ? 'admin2' : s.feature === 'admin1' ? 'admin1' : s.feature === 'other' ? 'other' : 'populated-place';
    }
    const pop = entry >= 0 ? ix.population(entry) : 0;
    // First occurrences in order, as a Set would keep them (why lists are short).
    const evidence: string[] = [];
    for (let i = 0; i < why.length; i++) if (!evidence.includes(why[i])) evidence.push(why[i]);
    if (entry >= 0 && pop > 0) evidence.push(`population:${pop}`);
    if (entry >= 0 && !ix.isCurated(entry)) evidence.push(`geonames:${ix.feature(entry)}`);
    return { segment: s, entry, container, unresolvedKind, precision, evidence, rule };
  }
}

/**
 * "Attack kills 3 in Punjab": one unknown capitalised word opening a sentence, a lower-case word
 * after it, is an ordinary word whose capital says nothing; read by its spelling it became Attock
 * District once Punjab was named. A name alone on its line ("Jaffarabad") or with a feature or
 * unit word ("Kusar area") stays a possible spelling.
 */
function commonWordOpening(text: string, tokens: readonly ScanToken[], s: Segment): boolean {
  if (s.postings.length > 0 || !s.sentenceInitial || s.wholeLine || s.feature !== null || s.first !== s.last) return false;
  const next = tokens[s.last + 1];
  if (!next || next.sentence !== tokens[s.last].sentence) return false;
  const c = text.charCodeAt(next.start);
  return c >= 97 && c <= 122;
}

/** What a text is about, before "in/on/of/against/with/for X": "the war in", "the invasion of", "solidarity with". */
const TOPIC_NOUNS = new Set([
  'war', 'wars', 'invasion', 'aggression', 'occupation', 'solidarity', 'support', 'peace', 'annexation', 'sanctions',
  'embargo',
]);
const TOPIC_LINKS = new Set(['in', 'on', 'of', 'against', 'with', 'for', 'to']);
const TOPICAL_COUNTRY_WEIGHT = 1;

function topicOfText(tokens: readonly ScanToken[], s: Segment): boolean {
  let k = s.first - 1;
  if (k >= 0 && tokens[k].lower === 'the') k--;
  if (k < 1 || !TOPIC_LINKS.has(tokens[k].lower)) return false;
  return TOPIC_NOUNS.has(tokens[k - 1].lower);
}

/**
 * The one country in play when no country is named outright, only through actors ("Pakistan
 * Taleban commanders killed ... | Lashora area"): the text is about that country all the same.
 */
function onlyCountryInPlay(countries: ReadonlyMap<string, number>): string | null {
  let only: string | null = null;
  for (const [cc, w] of countries) {
    if (w <= 0) continue;
    if (only !== null) return null;
    only = cc;
  }
  return only;
}

function addCountry(countries: Map<string, number>, cc: string | null, w: number): void {
  if (cc) countries.set(cc, Math.max(countries.get(cc) ?? 0, w));
}

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

/** Prepositions that put an event in a place, before an unknown name and its container. */
const SCENE_PREPS = new Set(['in', 'at', 'near', 'outside', 'around', 'inside']);
/** Tokens an unknown place name may hold: capitalised words, numbers and their joining marks. */
const UNKNOWN_NAME_TOKEN = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.\/-]*|[-\/])$/u;

/**
 * "in C-40, Tabasco", "at Khaldah junction, Aley": the name after a comma that closes a name
 * the gazetteer does not know, itself after a scene preposition ("in", "at", "near"). Event
 * notes write a small place this way with its municipality or province after it; the known
 * name is where the event was, as surely as if "in" stood before it.
 */
export function containerOfUnknown(text: string, tokens: readonly ScanToken[], segments: readonly Segment[], s: Segment): boolean {
  const comma = s.first - 1;
  if (comma < 2 || tokens[comma].lower !== ',') return false;
  // The name before the comma must be one the gazetteer does not know.
  if (segments.some((x) => x.postings.length > 0 && x.last < comma && x.last >= comma - 6)) return false;
  for (let i = comma - 1, n = 0; i >= 0 && n <= 4; i--, n++) {
    const t = tokens[i];
    if (n > 0 && SCENE_PREPS.has(t.lower)) return true;
    const word = text.slice(t.start, t.end);
    if (!UNKNOWN_NAME_TOKEN.test(word) && !FEATURE_WORDS.has(t.lower)) return false;
  }
  return false;
}

function hintFit(hint: FeatureHint | null, kind: PlaceKind): number {
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

/** Unit words after the second name of "X of Y agency" that state the container. */
const DISTRICT_AFTER_OF = new Set(['agency', 'district', 'tehsil']);

function linkBetween(tokens: readonly ScanToken[], a: Segment, b: Segment): Link | null {
  const from = a.featureLast + 1;
  // "village in the Pakistan-ruled Neelum valley": who holds the container does not part it from the name.
  const to = b.first - 1 > from && controlModifier(tokens[b.first - 1].lower) ? b.first - 1 : b.first;
  if (to <= from || tokens[a.last].sentence !== tokens[b.first].sentence) return null;
  // "Sanjo in the district of Misungwi", "Olan in the countryside of Al Bab": the phrase states
  // the container, whatever the first name is.
  if (to - from >= 3 && to - from <= 4 && tokens[from].lower === 'in' && tokens[to - 1].lower === 'of') {
    const unit = tokens[to - 2].lower;
    const article = to - from === 4 ? tokens[from + 1].lower : null;
    if ((article === null || article === 'the') && FEATURE_WORDS.has(unit)) return 'in';
  }
  if (to - from > 2) return null;
  const joined = to - from === 1 ? tokens[from].lower : `${tokens[from].lower} ${tokens[from + 1].lower}`;
  if (joined === ',' || joined === ', the') return ',';
  // "X (coded as Y) (Z, W)": the second bracket holds the first one's place too.
  if (joined === '(' || joined === ', (' || joined === ') (') return '(';
  // "Kishm district (coded to Mashhad), Badakhshan": the name after the bracket holds the coded place.
  if ((joined === ') ,' || joined === '] ,') && codedName(tokens, a)) return ',';
  // "Dasht area of district Kech", "Boya village of tehsil Datta Khel": the unit word before the name.
  if (joined === 'of' || joined === 'of the' || joined === 'of district' || joined === 'of tehsil') {
    // "Khazana of Bajaur agency": the unit word after the second name states the container as well.
    return featured(tokens, a) || (joined === 'of' && DISTRICT_AFTER_OF.has(b.featureWord ?? (b.last > b.first ? tokens[b.last].lower : ''))) ? 'of' : null;
  }
  if (joined === 'in' || joined === 'in the') return featured(tokens, a) ? 'in' : null;
  return null;
}

/**
 * The name has a feature word after it ("Thal tehsil"), or its matched name ends in a district's,
 * a village's or an area's word: an alias that holds the word ("Tagab district", "Kurram Agency",
 * "Bazid Khel village", "Takhtaband area") leaves `feature` empty, yet "Tagab district in
 * Badakhshan" states the container as plainly as "Thal tehsil of Hangu", and "Bazid Khel village
 * of Kech district" is another Bazid Khel than Khyber's (session 13: the curated alias made the
 * namesake 1,000 km off win). Not "Ghazni city in Ghazni": a city named after its province is no
 * district inside it.
 */
function featured(tokens: readonly ScanToken[], a: Segment): boolean {
  if (a.feature !== null) return true;
  const word = lastNameWord(tokens, a);
  if (word === null) return false;
  const hint = FEATURE_WORDS.get(word);
  return hint === 'admin2' || hint === 'part' || word === 'village' || word === 'villages';
}

/** The last word of a name of several words ("Dera Bugti district" → "district"), where a matched alias may hold its feature word; null for one word. */
function lastNameWord(tokens: readonly ScanToken[], a: Segment): string | null {
  return a.last > a.first ? tokens[a.last].lower : null;
}

/** The name follows "coded to" or "coded as" (past "the"): the place an event note is coded to. */
function codedName(tokens: readonly ScanToken[], s: Segment): boolean {
  const before = s.first - (tokens[s.first - 1]?.lower === 'the' ? 2 : 1);
  return tokens[before - 1]?.lower === 'coded' && (tokens[before]?.lower === 'to' || tokens[before]?.lower === 'as');
}

/**
 * "Berea district [coded to Teyateyaneng]", "Kishm district (coded to Mashhad)": the place the
 * note is coded to, in a bracket right after an area's name, lies in that area (or is it). The
 * pair is read as a chain, inner name first, whatever the other names of the sentence say.
 */
export function codedInside(tokens: readonly ScanToken[], area: Segment, coded: Segment): boolean {
  const open = tokens[area.featureLast + 1]?.lower;
  if ((open !== '(' && open !== '[') || !codedName(tokens, coded)) return false;
  const gap = coded.first - area.featureLast - 1;
  return gap === 3 || (gap === 4 && tokens[coded.first - 1].lower === 'the');
}

/**
 * An unknown capitalised run counts as a place only with a locative cue: a preposition before
 * it, a feature word after it, or at least two known places after it in the chain.
 */
function unknownIsPlace(s: Segment, members: Segment[], i: number, tokens: readonly ScanToken[]): boolean {
  if (s.insideActor) return false;
  if (s.postings.length > 0) return true;
  // "(coded to Vysne Nemecke)", "coded as Kyauk Aing": the note says it is a location.
  if (codedName(tokens, s)) return true;
  const locative = s.prep !== null && s.prep !== 'of' && s.prep !== 'to' && s.prep !== 'on';
  const known = members.slice(i + 1).filter((x) => x.postings.length > 0).length;
  return (locative && !s.embedded) || s.feature !== null || known >= 2;
}

/**
 * "Langar, Badghis": after a comma, a name that can only be a province (every reading an admin1
 * unit) states the container. A name that is also a city ("Chuhuiv, Mykolaiv") may be a list or
 * a mistaken province and is left to the chain's weaker costs.
 */
function statedProvince(link: Link, readings: readonly Candidate[], ix: PlaceIndex): boolean {
  if (link !== ',') return false;
  let known = 0;
  for (const c of readings) {
    if (c.entry < 0) continue;
    if (ix.kind(c.entry) !== 'admin1') return false;
    known++;
  }
  return known > 0;
}

function nearBy(ix: PlaceIndex, a: number, b: number, limitKm: number): boolean {
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
 * The segment of a name the gazetteer holds no entry for, made by one of the guesses in Pakistan
 * (tokens `first`..`last`, with the feature word at `featureAt` when there is one).
 */
function guessedSegment(tokens: readonly ScanToken[], first: number, last: number, key: string, prep: string | null, featureAt: number | null): Segment {
  return {
    start: tokens[first].start, end: tokens[last].end, first, last, key, postings: [],
    feature: null, featureWord: featureAt === null ? null : tokens[featureAt].lower, featureLast: featureAt ?? last, prep,
    sentenceInitial: false, embedded: false, insideActor: false, wholeLine: false, bracketed: false, verbObject: false,
  };
}
