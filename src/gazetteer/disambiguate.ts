import { AFGHAN_BORDER_CUE, CEASEFIRE_CUE, GUESS_EVIDENCE } from './clan-areas.ts';
import type { PlaceIndex } from './place-index.ts';
import type { Segment, ScanToken } from './place-scan.ts';
import { POST_CURATED, POST_PRIMARY } from './place-store.ts';
import type { DocumentContext, Resolution, Resolved } from './disambiguate-types.ts';
import { NO_DEMONYMS, NOT_DEMONYM, TOPICAL_COUNTRY_WEIGHT, topicOfText, addCountry, remember, spellingCountries, demonymCountryAlone, acrossFrom, acrossFit, countryPointsOf, documentCountryFit } from './disambiguate-context.ts';
import { TRIBAL_AREAS, CEASEFIRE_LINES, clanAreas, bareCompassRegion, borderCue, unknownAreaInPakistan, unknownLineInPakistan, unknownNameRun, pakistanAlone, regionEntry } from './disambiguate-fallbacks.ts';
import { WEAK_PREPS, commonWordOpening, containerOfUnknown, chains, chainMembers, listMember, broadName } from './disambiguate-chains.ts';
import { LONE_PLACE_SUPPORT, resolveSingle, plausible, onlyOwnName, unitOfOneCountry, dominant } from './disambiguate-single.ts';
import { mayBeVowelSpelling, mayBeInitials, mayBeTownSpelling, candidates, addVowelSpellings, addInPlay, candidateOf, townCount, prior } from './disambiguate-candidates.ts';
import { resolveChain, weighByNameForm, provinceInProvince, isPartOfTown, namedByPrefix, holdingInner, addOuterVariants, effective, addFuzzy, linkScore, addInsideOuter } from './disambiguate-chain-scoring.ts';
import { statedArea, statedProvinceReadings, keepInsideStatedProvince, dropFarFromProvince, farFromStatedProvince, statedDistrict, dropFarFromContainer, dropFarFromBracketed, farFromContainer, inOtherDistrict, contains } from './disambiguate-containment.ts';
import { finish } from './disambiguate-precision.ts';
import { withoutStreetTowns } from './street-of-town.ts';
import { farAbroad, strayVillage, dropStrayNamesakes, keepToCueProvinces, farFromAll } from './disambiguate-namesakes.ts';

export type { DocumentContext, Resolution } from './disambiguate-types.ts';
export { districtWordFit } from './disambiguate-candidates.ts';
export { containerOfUnknown, codedInside } from './disambiguate-chains.ts';
export { km } from './disambiguate-containment.ts';

// Picks one place for each segment, using the whole document. Three kinds of evidence, in
// order of strength: the locative chain a name sits in ("Puli Alam city, Logar Province,
// Afghanistan": each name inside the next), the countries and provinces in play (named
// outright, of the actors, of the publisher, of places already resolved), and the entry's own
// weight (curated, population, feature class). A name inside a chain that no entry fits stays
// an unresolved place inside its container, with the container's point and a coarser precision.
//
// This module holds the resolver's state and resolve(), which runs the steps; the steps live
// beside it by concern (session 17), as functions of the resolver installed on its prototype:
// disambiguate-context (the countries, admin units and points in play), -candidates (readings and
// their own weight), -chains (finding "X district, Y province" chains), -chain-scoring (resolving
// a chain), -containment (what holds what, stated containers and distances), -single (a name
// outside any chain), -precision (precision and evidence), -namesakes (readings far from the
// text's places, dropped), -fallbacks (unknown names in a text about Pakistan) and -types.

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

export class PlaceResolver {
  /** The countries in play of the document being resolved, for the evidence of each choice. */
  countriesInPlay: ReadonlyMap<string, number> | null = null;
  demonymCountries: () => ReadonlySet<string> = NO_DEMONYMS;
  isDemonym: (word: string) => boolean = NOT_DEMONYM;
  /** The text being resolved (for isDemonym's surface test). */
  text = '';
  /** The points of the countries the document being resolved names outright (not as its topic). */
  namedCountryPoints: Array<[number, number]> = [];
  /** Segments of the document being resolved that name what it is about, not where it is set. */
  topical: ReadonlySet<Segment> = new Set();
  /** skeletonOfKey by segment key: the same names come back document after document. */
  readonly skeletons = new Map<string, string>();

  constructor(readonly index: PlaceIndex) {}

  resolve(text: string, tokens: readonly ScanToken[], segments: Segment[], ctx: DocumentContext): Resolution[] {
    const ix = this.index;
    const chains = this.chains(tokens, segments);
    this.chained = chainMembers(chains);
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
      if (list[i - 1].segment.start > list[i].segment.start) {
        list.sort((a, b) => a.segment.start - b.segment.start);
        break;
      }
    }
    // "Peshawar's Kohat Road area": a street of Peshawar, not Kohat (street-of-town.ts).
    return withoutStreetTowns(text, tokens, ix, list);
  }

  /** townCount's memo (disambiguate-candidates.ts). */
  readonly townCounts = new Map<number, number>();
  /** regionEntry's memo (disambiguate-fallbacks.ts). */
  readonly regionEntries = new Map<string, number>();

  /** Segments of the document being resolved that name a place across a line from the next ("X, opposite Y sector"). */
  across: ReadonlySet<Segment> = new Set();
  /** Names after an unknown name and a comma, itself after "in/at/near" (containerOfUnknown). */
  afterUnknown: ReadonlySet<Segment> = new Set();
  /** Members of the document's chains ("X village, Y ward (Z, W)"): their containers place them, not a spelling. */
  chained: ReadonlySet<Segment> = new Set();

  // The methods below live in the files of their concern (disambiguate-*.ts), installed on the prototype after the class.
  declare remember: typeof remember;
  declare spellingCountries: typeof spellingCountries;
  declare demonymCountryAlone: typeof demonymCountryAlone;
  declare acrossFrom: typeof acrossFrom;
  declare acrossFit: typeof acrossFit;
  declare countryPointsOf: typeof countryPointsOf;
  declare documentCountryFit: typeof documentCountryFit;
  declare mayBeVowelSpelling: typeof mayBeVowelSpelling;
  declare mayBeInitials: typeof mayBeInitials;
  declare mayBeTownSpelling: typeof mayBeTownSpelling;
  declare candidates: typeof candidates;
  declare addVowelSpellings: typeof addVowelSpellings;
  declare addInPlay: typeof addInPlay;
  declare candidateOf: typeof candidateOf;
  declare townCount: typeof townCount;
  declare prior: typeof prior;
  declare chains: typeof chains;
  declare listMember: typeof listMember;
  declare broadName: typeof broadName;
  declare resolveChain: typeof resolveChain;
  declare weighByNameForm: typeof weighByNameForm;
  declare provinceInProvince: typeof provinceInProvince;
  declare isPartOfTown: typeof isPartOfTown;
  declare namedByPrefix: typeof namedByPrefix;
  declare holdingInner: typeof holdingInner;
  declare addOuterVariants: typeof addOuterVariants;
  declare effective: typeof effective;
  declare addFuzzy: typeof addFuzzy;
  declare linkScore: typeof linkScore;
  declare addInsideOuter: typeof addInsideOuter;
  declare dropFarFromProvince: typeof dropFarFromProvince;
  declare farFromStatedProvince: typeof farFromStatedProvince;
  declare statedDistrict: typeof statedDistrict;
  declare statedArea: typeof statedArea;
  declare statedProvinceReadings: typeof statedProvinceReadings;
  declare keepInsideStatedProvince: typeof keepInsideStatedProvince;
  declare dropFarFromContainer: typeof dropFarFromContainer;
  declare dropFarFromBracketed: typeof dropFarFromBracketed;
  declare farFromContainer: typeof farFromContainer;
  declare inOtherDistrict: typeof inOtherDistrict;
  declare contains: typeof contains;
  declare resolveSingle: typeof resolveSingle;
  declare plausible: typeof plausible;
  declare onlyOwnName: typeof onlyOwnName;
  declare unitOfOneCountry: typeof unitOfOneCountry;
  declare dominant: typeof dominant;
  declare finish: typeof finish;
  declare farAbroad: typeof farAbroad;
  declare strayVillage: typeof strayVillage;
  declare dropStrayNamesakes: typeof dropStrayNamesakes;
  declare keepToCueProvinces: typeof keepToCueProvinces;
  declare farFromAll: typeof farFromAll;
  declare clanAreas: typeof clanAreas;
  declare bareCompassRegion: typeof bareCompassRegion;
  declare borderCue: typeof borderCue;
  declare unknownAreaInPakistan: typeof unknownAreaInPakistan;
  declare unknownLineInPakistan: typeof unknownLineInPakistan;
  declare unknownNameRun: typeof unknownNameRun;
  declare pakistanAlone: typeof pakistanAlone;
  declare regionEntry: typeof regionEntry;
}

Object.assign(PlaceResolver.prototype, { remember, spellingCountries, demonymCountryAlone, acrossFrom, acrossFit, countryPointsOf, documentCountryFit });
Object.assign(PlaceResolver.prototype, { mayBeVowelSpelling, mayBeInitials, mayBeTownSpelling, candidates, addVowelSpellings, addInPlay, candidateOf, townCount, prior });
Object.assign(PlaceResolver.prototype, { chains, listMember, broadName });
Object.assign(PlaceResolver.prototype, { resolveChain, weighByNameForm, provinceInProvince, isPartOfTown, namedByPrefix, holdingInner, addOuterVariants, effective, addFuzzy, linkScore, addInsideOuter });
Object.assign(PlaceResolver.prototype, { statedArea, statedProvinceReadings, keepInsideStatedProvince, dropFarFromProvince, farFromStatedProvince, statedDistrict, dropFarFromContainer, dropFarFromBracketed, farFromContainer, inOtherDistrict, contains });
Object.assign(PlaceResolver.prototype, { resolveSingle, plausible, onlyOwnName, unitOfOneCountry, dominant });
Object.assign(PlaceResolver.prototype, { finish });
Object.assign(PlaceResolver.prototype, { farAbroad, strayVillage, dropStrayNamesakes, keepToCueProvinces, farFromAll });
Object.assign(PlaceResolver.prototype, { clanAreas, bareCompassRegion, borderCue, unknownAreaInPakistan, unknownLineInPakistan, unknownNameRun, pakistanAlone, regionEntry });
