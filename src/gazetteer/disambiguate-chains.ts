import { FEATURE_WORDS } from './place-names.ts';
import { controlModifier, type Segment, type ScanToken } from './place-scan.ts';
import type { Link } from './disambiguate-types.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Finding chains: names linked by ",", "(", "of" or "in" ("X district, Y province"), each (probably) inside the next.

/** Prepositions that often precede a place but as often something else ("to Smith", "of Police"). */
export const WEAK_PREPS = new Set(['of', 'on', 'to', 'via', 'en', 'off']);

/**
 * "Attack kills 3 in Punjab": one unknown capitalised word opening a sentence, a lower-case word
 * after it, is an ordinary word whose capital says nothing; read by its spelling it became Attock
 * District once Punjab was named. A name alone on its line ("Jaffarabad") or with a feature or
 * unit word ("Kusar area") stays a possible spelling.
 */
export function commonWordOpening(text: string, tokens: readonly ScanToken[], s: Segment): boolean {
  if (s.postings.length > 0 || !s.sentenceInitial || s.wholeLine || s.feature !== null || s.first !== s.last) return false;
  const next = tokens[s.last + 1];
  if (!next || next.sentence !== tokens[s.last].sentence) return false;
  const c = text.charCodeAt(next.start);
  return c >= 97 && c <= 122;
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
  if (nearByDistance(tokens, from, to)) return 'in';
  // "Shahpur, a village in Kech district", "Isa Khel, a small town near Chitral": an apposition
  // that calls the name a village, town or area states its container as "Shahpur village in" does.
  if (to - from >= 4 && to - from <= 5 && tokens[from].lower === ',' && (tokens[from + 1].lower === 'a' || tokens[from + 1].lower === 'an')) {
    const unit = FEATURE_WORDS.get(tokens[to - 2].lower);
    const prep = tokens[to - 1].lower;
    if ((unit === 'populated-place' || unit === 'part') && (prep === 'in' || prep === 'of' || prep === 'near')) return 'in';
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
  // "Shahpur village near Turbat", "Isa Khel area near Kech": a village or area near a town is
  // within a few tens of kilometres of it, as it would be inside it; a namesake hundreds of
  // kilometres away is read as "in" reads it (farFromContainer), not the place meant. Not a road,
  // border or district ("along Ali Abad road near Kunduz" is near Kunduz, wherever Ali Abad is).
  // "Shahpur area between Turbat and Panjgur": as near the first town as "near" says.
  if (joined === 'near' || joined === 'between') return settlement(tokens, a) || unfeatured(tokens, a) ? 'in' : null;
  return null;
}

/** Words that may open a stated distance ("some 20 km from"). */
const ABOUT = new Set(['some', 'about', 'around', 'nearly', 'approximately', 'roughly']);
/** Units of a stated distance, and the most of each that still puts a place near the town ("100 km"). */
const NEAR_DISTANCE = new Map([['km', 100], ['kms', 100], ['kilometres', 100], ['kilometers', 100], ['miles', 60], ['mile', 60]]);

/**
 * "Shahpur area, 20 km from Turbat", "Isa Khel village, some 40 kilometres away from Chitral": a
 * place stated to lie a short way from a town (100 km or less, no compass point) is near it, as
 * "near" says; a namesake hundreds of kilometres from the town is not the place meant.
 */
function nearByDistance(tokens: readonly ScanToken[], from: number, to: number): boolean {
  let i = from;
  if (tokens[i]?.lower === ',') i++;
  if (ABOUT.has(tokens[i]?.lower ?? '')) i++;
  const n = /^\d+$/.test(tokens[i]?.lower ?? '') ? Number(tokens[i].lower) : NaN;
  const most = NEAR_DISTANCE.get(tokens[i + 1]?.lower ?? '');
  if (Number.isNaN(n) || most === undefined || n > most) return false;
  i += 2;
  if (tokens[i]?.lower === 'away') i++;
  return tokens[i]?.lower === 'from' && i + 1 === to;
}

/** A name with no feature word, in it or after it ("Shahpur near Turbat"). */
function unfeatured(tokens: readonly ScanToken[], a: Segment): boolean {
  return a.feature === null && !FEATURE_WORDS.has(lastNameWord(tokens, a) ?? '');
}

/** The name calls itself a village, town or area ("Karikot village", "Serai area"). */
function settlement(tokens: readonly ScanToken[], a: Segment): boolean {
  const hint = a.feature ?? FEATURE_WORDS.get(lastNameWord(tokens, a) ?? '') ?? null;
  return hint === 'populated-place' || hint === 'part';
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
export function lastNameWord(tokens: readonly ScanToken[], a: Segment): string | null {
  return a.last > a.first ? tokens[a.last].lower : null;
}

/** The name follows "coded to" or "coded as" (past "the"): the place an event note is coded to. */
export function codedName(tokens: readonly ScanToken[], s: Segment): boolean {
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
export function unknownIsPlace(s: Segment, members: Segment[], i: number, tokens: readonly ScanToken[]): boolean {
  if (s.insideActor) return false;
  if (s.postings.length > 0) return true;
  // "(coded to Vysne Nemecke)", "coded as Kyauk Aing": the note says it is a location.
  if (codedName(tokens, s)) return true;
  const locative = s.prep !== null && s.prep !== 'of' && s.prep !== 'to' && s.prep !== 'on';
  const known = members.slice(i + 1).filter((x) => x.postings.length > 0).length;
  return (locative && !s.embedded) || s.feature !== null || known >= 2;
}

/** The members of the first `count` chains, by a loop (flatMap and its arrays cost more, per text). */
export function chainMembers(chains: ReadonlyArray<{ members: Segment[] }>, count = chains.length): Set<Segment> {
  const out = new Set<Segment>();
  for (let c = 0; c < count; c++) {
    const members = chains[c].members;
    for (let m = 0; m < members.length; m++) out.add(members[m]);
  }
  return out;
}

/** Segments linked by ",", "(", "of" or "in": each (probably) inside the next. */
export function chains(this: PlaceResolver, tokens: readonly ScanToken[], segments: Segment[]): Array<{ members: Segment[]; links: Link[] }> {
  // Only chains of two or more are kept: resolve() has no use for a lone name here.
  const out: Array<{ members: Segment[]; links: Link[] }> = [];
  let start = 0;
  let links: Link[] = [];
  for (let i = 1; i <= segments.length; i++) {
    let link = i < segments.length ? linkBetween(tokens, segments[i - 1], segments[i]) : null;
    if (link === ',' && this.listMember(tokens, segments[i], segments[i + 1])) link = null;
    // "assailants from Pakistan near Dhanoe Kalan village": a country or province is near a place, not in it.
    const after = tokens[segments[i - 1].featureLast + 1]?.lower;
    if (link === 'in' && (after === 'near' || after === 'between') && this.broadName(segments[i - 1])) link = null;
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
  // The chains' members are gathered only when a pair is found (few texts have one), from the
  // chains above, not the pairs pushed after them.
  const linked = out.length;
  let chained: Set<Segment> | null = null;
  for (let i = 1; i < segments.length; i++) {
    if (!codedInside(tokens, segments[i - 1], segments[i])) continue;
    chained ??= chainMembers(out, linked);
    if (!chained.has(segments[i])) out.push({ members: [segments[i], segments[i - 1]], links: ['('] });
  }
  // An unknown run can only be a place inside a chain whose container is known.
  return out;
}

/**
 * "in the Gordesh, Daba and Orgot areas of Kamdesh district": a name followed by "and" or
 * "or" after a comma is the next item of a list, not the container of the name before it,
 * unless it can be a country or province ("in Kabul, Afghanistan and Islamabad").
 */
export function listMember(this: PlaceResolver, tokens: readonly ScanToken[], s: Segment, after: Segment | undefined): boolean {
  const next = tokens[s.featureLast + 1]?.lower;
  if ((next !== 'and' && next !== 'or') || after?.first !== s.featureLast + 2) return false;
  const ix = this.index;
  return !s.postings.some((p) => ix.kind(p.entry) === 'country' || ix.kind(p.entry) === 'admin1');
}

/** A name that can be a country or a province: "near" after it says nothing about what holds it. */
export function broadName(this: PlaceResolver, s: Segment): boolean {
  const ix = this.index;
  return s.postings.some((p) => ix.kind(p.entry) === 'country' || ix.kind(p.entry) === 'admin1');
}
