import { pashtoArea } from './clan-areas.ts';
import type { PlaceIndex } from './place-index.ts';
import { ARTICLES, FEATURE_WORDS, type FeatureHint, joinKey } from './place-names.ts';
import { POST_CURATED } from './place-store.ts';
import type { ScanToken, Posting, Segment, ScanInput } from './place-scan-types.ts';
import { MAX_NAME_TOKENS, UNIT_AFTER_PLACE, LONG_DISTRICT_NAME, ROAD_WORDS, CONTAINER_LINKS, COMPASS, RUN_PARTICLES, MAX_PARTICLE_LENGTH, JOINING_PUNCT, LOCATIVE_PREPS, PREP_GAP, NAMED_THINGS, STREET_WORDS, MEDIA_WORDS, FACILITY_OF, PLACE_OBJECT_VERBS, FACILITY_PAIRS, TOWN_SPELLING_PREPS, controlModifier } from './place-scan-words.ts';
import { CAPS_LINE_WORDS, lowerCaseLocationLine, lineHasNoLowerCase } from './place-scan-lines.ts';
import { isUpperAt, articleThenCapital, camelCase, hasNewline, isAllCaps, mixedCaseNeighbour, hasDigit } from './place-scan-casing.ts';
import { DIRECTION_PIECES, isPlainWord, piecesOf, W_WORD, W_PARTICLE, W_LEADING, W_LOCATIVE, W_PREP_GAP, W_NOT_PLACE, W_ARTICLE, W_SKIPPED, W_APOSTROPHE, W_OPENER, W_ENDS_SENTENCE, W_DIGIT, W_COMMA, W_FEATURE, W_POSSESSIVE, type WordInfo, Lexicon } from './place-scan-lexicon.ts';
import { fitting } from './place-scan-surface.ts';
import { endStartingBy, firstEndingFrom } from '../model/span-order.ts';

/** Honorifics that open person names and village names alike ("Sheikh Qala", "Mullah Khel", "Hafiz Godai"). */
const HONORIFICS = new Set(['mullah', 'maulvi', 'maulana', 'mawlawi', 'mawlavi', 'maulawi', 'sheikh', 'qari', 'hafiz', 'sardar', 'malik', 'haji']);
/** Prepositions before a village named with an honorific (villageAfterTitle). */
const VILLAGE_PREPS = new Set(['in', 'at', 'near', 'into']);

export type { ScanToken, Posting, Segment, ScanInput } from './place-scan-types.ts';
export { LOCATIVE_PREPS, controlModifier } from './place-scan-words.ts';
export { CAPS_LINE_WORDS, lowerCaseLocationLine, lineHasNoLowerCase } from './place-scan-lines.ts';

// One pass over the tokens: gazetteer names (longest first, through the hashed token trie),
// capitalised runs that no name covers, the feature words after a name ("district", "area")
// and the preposition before it. Everything later works on these segments, not on the text.
//
// This module holds the scan itself (class Scan); what it reads lives beside it by concern
// (session 17): place-scan-types (tokens, postings, segments), -words (word classes), -lines
// (location lines, lines in capitals), -casing (a token's capitals and shape), -lexicon (word
// flags and key pieces, looked up once per distinct word) and -surface (the postings a name's
// surface allows).

/** Finds the place-name segments of a text (see Segment). */
export function scanPlaces(index: PlaceIndex, input: ScanInput): Segment[] {
  let lex = lexicons.get(index);
  if (!lex) lexicons.set(index, (lex = new Lexicon(index)));
  return new Scan(index, lex, input).run();
}

/** Scratch key pieces of longestName (not re-entrant; never handed out). */
const PIECES: string[] = [];

const lexicons = new WeakMap<PlaceIndex, Lexicon>();

let capBuffer = new Uint8Array(1024);
const CAP_UNKNOWN = 0;
const CAP_YES = 1;
const CAP_NO = 2;

/**
 * One document's scan. Only capitalised tokens (and the first words of a few lower-case
 * curated aliases) start a lookup; the capitalised run around them is walked on demand.
 */
export class Scan {
  private readonly text: string;
  private readonly tokens: readonly ScanToken[];
  private readonly n: number;
  private readonly capState: Uint8Array;
  /** Word facts per token, looked up when first needed: most lower-case tokens never are. */
  private readonly infos: WordInfo[];
  private readonly segments: Segment[] = [];
  /** Names inside a broadcaster's or a paper's name ("AVT Khyber News"): dropped when the text names another place (run). */
  private readonly outlets = new Set<Segment>();

  constructor(
    private readonly index: PlaceIndex,
    private readonly lex: Lexicon,
    private readonly input: ScanInput,
  ) {
    this.text = input.text;
    this.tokens = input.tokens;
    this.n = input.tokens.length;
    // One buffer for every scan (scans never nest), cleared for this document's tokens.
    if (capBuffer.length < this.n) capBuffer = new Uint8Array(Math.max(this.n, capBuffer.length * 2));
    else capBuffer.fill(CAP_UNKNOWN, 0, this.n);
    this.capState = capBuffer;
    this.infos = new Array<WordInfo>(this.n);
    this.lowerLine = lowerCaseLocationLine(this.text);
  }

  private info(i: number): WordInfo {
    return (this.infos[i] ??= this.lex.info(this.tokens[i].lower));
  }

  // The word table is large and, between documents, cold: each lookup in it costs cache misses.
  // The questions below about the words around a name are answered from the small sets behind
  // the table's facts (hot in the cache) unless the word's facts are already at hand.

  /** info(i).feature without the word table. */
  private featureOf(i: number): FeatureHint | null {
    const w = this.infos[i];
    return w ? w.feature : (FEATURE_WORDS.get(this.tokens[i].lower) ?? null);
  }

  /** info(i).flags & (W_LOCATIVE | W_PREP_GAP | W_DIGIT) without the word table. */
  private prepFlags(i: number): number {
    const w = this.infos[i];
    if (w) return w.flags & (W_LOCATIVE | W_PREP_GAP | W_DIGIT);
    const lower = this.tokens[i].lower;
    let f = 0;
    if (LOCATIVE_PREPS.has(lower)) f |= W_LOCATIVE;
    if (PREP_GAP.has(lower)) f |= W_PREP_GAP;
    if (hasDigit(lower)) f |= W_DIGIT;
    return f;
  }

  run(): Segment[] {
    const { n, tokens, lex } = this;
    let i = 0;
    while (i < n) {
      if (this.cap(i)) {
        i = this.scanRun(i);
        continue;
      }
      if (lex.mayStartLowercase(tokens[i].lower) && !this.blocked(tokens[i])) {
        const m = this.longestName(i);
        if (m) {
          this.segments.push(this.makeSegment(i, m.last, m.key, m.postings, i, m.last));
          i = m.last + 1;
          continue;
        }
      }
      i++;
    }
    // "Gunmen kill two in Karachi, AVT Khyber News reports": the region an outlet is named after
    // is no scene of the event when the text names a place below a country; with no other place
    // ("Programme summary of Pakistan's AVT Khyber News"), the region it serves is the best clue
    // left and is kept.
    if (this.outlets.size > 0 && this.segments.some((s) => !this.outlets.has(s) && s.postings.some((p) => this.index.kind(p.entry) !== 'country'))) {
      return this.segments.filter((s) => !this.outlets.has(s));
    }
    return this.segments;
  }

  /** Whether token i is a capitalised word ("Kabul", "al-Qadeem", "eThekwini"). */
  private cap(i: number): boolean {
    const st = this.capState[i];
    if (st !== CAP_UNKNOWN) return st === CAP_YES;
    const t = this.tokens[i];
    const text = this.text;
    const c = text.charCodeAt(t.start);
    let yes = false;
    if (c >= 65 && c <= 90) yes = true;
    else if (c >= 97 && c <= 122) {
      // Cheap tests first: most lower-case words have neither an inner capital nor a dash.
      const c1 = text.charCodeAt(t.start + 1);
      const l = t.lower;
      yes = t.end - t.start > 2 && (((c1 >= 65 && c1 <= 90) && camelCase(text, t)) || ((l.charCodeAt(2) === 45 || l.charCodeAt(3) === 45 || l.charCodeAt(1) === 45) && articleThenCapital(text, t)));
    } else if (c > 127) yes = (this.info(i).flags & W_WORD) !== 0 && isUpperAt(text, t.start);
    if (yes && controlModifier(t.lower)) yes = false;
    // "DATTA KHEL AREA OF NORTH WAZIRISTAN": in a line written in capitals, the little words
    // between names are no part of them (in mixed case they are lower-case and break the run).
    if (yes && CAPS_LINE_WORDS.has(t.lower) && this.lineInCapitals(i)) yes = false;
    // "datta khel area of north waziristan": a short location line after the first, written
    // without capitals, reads as if its names were capitalised.
    if (!yes && this.lowerLine !== null && c >= 97 && c <= 122 && this.lowerLine[0] <= t.start && t.start < this.lowerLine[1] && !CAPS_LINE_WORDS.has(t.lower) && FEATURE_WORDS.get(t.lower) === undefined) yes = true;
    this.capState[i] = yes ? CAP_YES : CAP_NO;
    return yes;
  }

  private readonly capsLines = new Map<number, boolean>();

  /** Token i's line has no lower-case letter (and token i is in capitals). */
  private lineInCapitals(i: number): boolean {
    const { text } = this;
    const t = this.tokens[i];
    if (text.slice(t.start, t.end) !== t.lower.toUpperCase()) return false;
    const from = text.lastIndexOf('\n', t.start) + 1;
    let known = this.capsLines.get(from);
    if (known === undefined) {
      known = lineHasNoLowerCase(text, t.start);
      this.capsLines.set(from, known);
    }
    return known;
  }

  /** The text's location line written without capitals (lowerCaseLocationLine), if it has one. */
  private readonly lowerLine: [number, number] | null;

  /** The last token of the capitalised run starting at i (particles and joining dots inside). */
  private runEnd(i: number): number {
    const { tokens, n } = this;
    const sentence = tokens[i].sentence;
    let j = i;
    for (;;) {
      let k = j + 1;
      // Particles are at most MAX_PARTICLE_LENGTH letters and joining marks one character:
      // a longer word needs no lookup.
      while (
        k < n &&
        tokens[k].sentence === sentence &&
        tokens[k].lower.length <= MAX_PARTICLE_LENGTH &&
        // The small sets themselves, not the word table: most of these words are looked at only here.
        ((RUN_PARTICLES.has(tokens[k].lower) && !this.cap(k)) || (JOINING_PUNCT.has(tokens[k].lower) && this.joins(k)))
      ) k++;
      if (k < n && k - j <= 2 && tokens[k].sentence === sentence && this.cap(k)) j = k;
      else return j;
    }
  }

  /**
   * Punctuation inside a run: an apostrophe between letters ("Qal'a"), or the dot of an
   * initial or abbreviation ("D.I. Khan", "St. Peter"), never a full stop after a word.
   */
  private joins(k: number): boolean {
    const { tokens } = this;
    const prev = tokens[k - 1];
    if (tokens[k].start !== prev.end) return false;
    if (tokens[k].lower === '.') return prev.end - prev.start <= 3;
    return k + 1 < this.n && tokens[k + 1].start === tokens[k].end;
  }

  /** Token k is a possessive "'s" written against the word before it. */
  private possessiveAt(k: number): boolean {
    const { tokens } = this;
    return k > 0 && k < this.n && tokens[k].lower === "'s" && tokens[k].start === tokens[k - 1].end && tokens[k].sentence === tokens[k - 1].sentence;
  }

  /** Scans the capitalised run starting at a; returns the index to continue from. */
  private scanRun(a: number): number {
    const b = this.runEnd(a);
    // "in Dasht, Helmand Afghanistan": a known name and then a country, with no comma between,
    // are two places, not one longer unknown name.
    const c = this.countryClosing(a, b);
    if (c > a) {
      this.scanSpan(a, c - 1);
      return this.scanSpan(c, b);
    }
    return this.scanSpan(a, b);
  }

  /**
   * The first token of a country's name that ends the run a..b right after one other known name,
   * of a place in that country, that starts it ("Helmand Afghanistan"), else -1. Runs that hold anything else ("Da
   * Afghanistan Bank", "Jamiat-e Islami Afghanistan") stay as they are.
   */
  private countryClosing(a: number, b: number): number {
    if (b === a) return -1;
    const head = this.longestName(a);
    if (!head || head.last >= b) return -1;
    const tail = this.longestName(head.last + 1);
    if (!tail || tail.last !== b) return -1;
    // The country by one of its own names ("Afghanistan"), not a word near one ("Palestinian").
    const surface = this.text.slice(this.tokens[head.last + 1].start, this.tokens[b].end).toLowerCase();
    const named = (e: number) => {
      const entry = this.index.entry(e);
      return entry.name.toLowerCase() === surface || entry.aliases.some((x) => x.toLowerCase() === surface);
    };
    const country = tail.postings.find((p) => this.index.kind(p.entry) === 'country' && named(p.entry));
    if (!country) return -1;
    // And the name before it a place of that country ("Free Palestine" is a slogan).
    const cc = this.index.country(country.entry);
    return head.postings.some((p) => this.index.country(p.entry) === cc) ? head.last + 1 : -1;
  }

  /** Scans the tokens a..b of a capitalised run; returns the index to continue from. */
  private scanSpan(a: number, b: number): number {
    let next = b + 1;
    let covered = false;
    let i = a;
    // "R.Y. Khan", "TT Singh": a town's initials and its last word, which alone is some other
    // name ("Khan", "Singh"); the run is one unknown name for the resolver to read by its initials.
    if (this.initialsRun(a, b)) {
      this.unknownRun(a, b);
      return next;
    }
    while (i <= b) {
      const info = this.info(i);
      // Most capitalised words are no name and start none: the word's own key says so.
      if (!(info.flags & W_WORD) || (info.key < 0 && !(info.flags & W_ARTICLE)) || this.blocked(this.tokens[i])) {
        i++;
        continue;
      }
      if (a === b && this.compassQualifier(i)) return next;
      const m = this.longestName(i);
      if (!m) {
        i++;
        continue;
      }
      let postings = m.postings;
      let runStart = a;
      if (this.embeddedIn(a, b, i, this.facilityEnd(m.last))) {
        // Part of a longer capitalised name ("Nawi Qala", "Kandi Bagh"): GeoNames names never
        // match inside one, and ours only when the rest of the run is no name of its own
        // ("Kabul University", "Upper Orakzai" keep Kabul and Orakzai).
        postings = postings.filter((p) => p.flags & POST_CURATED);
        if (postings.length > 0 && this.restLooksLikeName(a, b, i, m.last)) {
          if (this.unitBeforeItsWord(a, i, m.last, b, postings)) runStart = i;
          else postings = [];
        }
      }
      if (postings.length > 0 && m.last === i && info.flags & W_NOT_PLACE) postings = postings.filter((p) => p.flags & POST_CURATED);
      // "the US dollar", "Molotov cocktails": a name used for a currency or a thing is no place.
      if (postings.length > 0 && m.last + 1 < this.n && NAMED_THINGS.has(this.tokens[m.last + 1].lower)) postings = [];
      if (postings.length > 0 && m.last + 1 < this.n && STREET_WORDS.has(this.tokens[m.last + 1].lower)) postings = [];
      // "AVT Khyber News", "Balochistan Times": a broadcaster's or a paper's name (MEDIA_WORDS),
      // kept aside until the text is scanned (run).
      const outlet = postings.length > 0 && m.last + 1 <= b && MEDIA_WORDS.has(this.tokens[m.last + 1].lower);
      if (postings.length === 0) {
        i++;
        continue;
      }
      this.segments.push(this.makeSegment(i, m.last, m.key, postings, runStart, b));
      if (outlet) this.outlets.add(this.segments[this.segments.length - 1]);
      covered = true;
      if (m.last >= next) next = m.last + 1;
      i = m.last + 1;
    }
    if (!covered && !this.roadBetweenTowns(a, b)) this.unknownRun(a, b);
    return next;
  }

  /**
   * "Mardan-Swabi road", "DI Khan-Kulachi road": a road named by the two towns it joins, written
   * with a hyphen inside one word, so that no name covers the run. The run is read as the
   * first-named town we know (UCDP codes "Bannu-Miranshah Road" to Bannu, "Sargodha-Faisalabad
   * Road" to its district's town), else the second: the run's segment carries that town's
   * postings. Roads the curated supplement names itself are matched before this as names.
   */
  private roadBetweenTowns(a: number, b: number): boolean {
    const { tokens, n, index } = this;
    // "Sargodha-Faisalabad Road": the road word may close the capitalised run itself.
    if (b > a && ROAD_WORDS.has(tokens[b].lower)) b--;
    else if (b + 1 >= n || !ROAD_WORDS.has(tokens[b + 1].lower) || tokens[b + 1].sentence !== tokens[b].sentence) return false;
    // "Sanliurfa-Akcakale highway in Akcakale district": the place after it says where on the road.
    const after = ROAD_WORDS.has(tokens[b + 1]?.lower ?? '') ? b + 2 : b + 1;
    if (after + 1 < n && CONTAINER_LINKS.has(tokens[after].lower) && tokens[after].sentence === tokens[b].sentence && this.cap(after + 1)) return false;
    // The hyphen is inside the run's last word ("DI Khan-Kulachi") or, when that has none, in an
    // earlier one ("Chaman-Spin Boldak border": the second town has two words).
    let at = b;
    while (at > a && tokens[at].lower.indexOf('-') <= 0) at--;
    const word = tokens[at].lower;
    const dash = word.lastIndexOf('-');
    if (dash <= 0 || dash >= word.length - 1) return false;
    const head: string[] = [];
    for (let k = a; k < at; k++) head.push(...this.info(k).pieces);
    const tail: string[] = piecesOf(word.slice(dash + 1));
    for (let k = at + 1; k <= b; k++) tail.push(...this.info(k).pieces);
    const ends = [joinKey([...head, ...piecesOf(word.slice(0, dash))]), joinKey(tail)];
    for (const end of ends) {
      const k = index.key(end);
      if (k < 0 || !index.isName(k)) continue;
      const postings = fitting(index, this.text, tokens, a, b, end, k, this).filter((p) => index.kind(p.entry) === 'populated-place');
      if (postings.length === 0) continue;
      this.segments.push(this.makeSegment(a, b, end, postings, a, b));
      return true;
    }
    return false;
  }

  /**
   * "Charmang Bajaur agency", "Tang Khata Bajaur agency": a curated district closing the
   * capitalised run, right before "agency", is that agency even after other capitalised words:
   * they name a place inside it, written without the comma ("Charmang, Bajaur agency") that
   * would make them a chain. Only "agency", the tribal agencies' own word: before "district" the
   * run is often one longer name ("Pashtun Kot district" of Faryab is not Kot district of
   * Nangarhar).
   */
  private unitBeforeItsWord(a: number, first: number, last: number, b: number, postings: readonly Posting[]): boolean {
    const { tokens, index } = this;
    for (let k = last + 1; k <= b; k++) if (!(this.info(k).flags & W_FEATURE)) return false;
    // The unit word may be part of the name matched ("Bajaur agency" is a name of its own).
    const own = last > first ? this.featureOf(last) : null;
    if (own === null && (last + 1 >= this.n || tokens[last + 1].sentence !== tokens[last].sentence)) return false;
    const word = tokens[own !== null ? last : last + 1].lower;
    if (UNIT_AFTER_PLACE.has(word)) return first > 0 && postings.some((p) => index.kind(p.entry) === 'admin2');
    // "Chak Char Rasala Sheikhupura district": before "district", only a long name of a curated
    // district or town; a short one is more often the tail of a longer name ("Pashtun Kot district").
    if (word !== 'district') return false;
    const end = own !== null ? last - 1 : last;
    let letters = 0;
    for (let k = first; k <= end; k++) letters += tokens[k].end - tokens[k].start;
    if (first <= a || letters < LONG_DISTRICT_NAME) return false;
    // The district may be curated as its town ("Sheikhupura district" is the town's district).
    if (!postings.some((p) => index.kind(p.entry) === 'admin2' || index.kind(p.entry) === 'populated-place')) return false;
    // The whole run spelt like an admin unit or a curated place is that longer name ("Khani Char
    // Bagh district" is Faryab's Khan-e Chahar Bagh, not Char Bagh).
    const pieces: string[] = [];
    for (let k = a; k <= end; k++) pieces.push(...this.info(k).pieces);
    const whole = joinKey(pieces);
    return index.looseAdmins(whole).length === 0 && index.vowelSpellingsOf(whole).length === 0;
  }

  /**
   * A bare compass word in brackets between a name and its feature word qualifies that name
   * ("Thea Sar (East) village", "Dagon Myothit (North) township"): it is no region of its own,
   * so it never reads as Ghana's Eastern Region or Australia's Northern Territory.
   */
  private compassQualifier(i: number): boolean {
    const { tokens, n } = this;
    if (i < 2 || i + 2 >= n || !COMPASS.has(tokens[i].lower)) return false;
    if (tokens[i - 1].lower !== '(' || tokens[i + 1].lower !== ')' || !this.cap(i - 2)) return false;
    // "(coded as Ku Le (East))": the name's own bracket closes right after the qualifier.
    if (tokens[i + 2].lower === ')') return true;
    return this.info(i + 2).feature !== null && this.info(i + 2).feature !== undefined;
  }

  /** A capitalised run no name covers may still be a place inside a chain ("Kecha area, ..."). */
  private unknownRun(a: number, b: number): void {
    const { tokens } = this;
    let first = a;
    let last = b;
    while (first <= last && this.info(first).flags & W_LEADING) first++;
    while (last >= first && this.info(last).flags & W_FEATURE) last--;
    if (first > last || last - first >= 5) return;
    const linked = this.mayLink(last);
    if (!linked && last - first >= 3) return;
    // An acronym among mixed-case words is an organisation ("SNALC", "KCTU"), not an unknown
    // village, unless a feature word follows ("YSR District").
    const featured = last + 1 < this.n && (this.info(last + 1).flags & W_FEATURE) !== 0;
    if (first === last && !featured && isAllCaps(this.text, tokens[first]) && mixedCaseNeighbour(this.text, tokens, first)) return;
    const pieces: string[] = [];
    // "in Sheikh Qala, Logar", "into Hafiz Godai, Nangarhar": a village named with an honorific,
    // where a comma goes on to its container, is no person (a person is not "in" one).
    const titled = HONORIFICS.has(tokens[first].lower) && this.villageAfterTitle(first, last);
    for (let k = first; k <= last; k++) {
      const f = this.info(k).flags;
      if ((f & W_NOT_PLACE && !(titled && k === first)) || f & W_DIGIT || this.blocked(tokens[k])) return;
      if (f & W_WORD) pieces.push(...this.info(k).pieces);
    }
    const key = joinKey(pieces);
    // Outside a chain, an unknown name is kept only when it may be a curated place spelt with
    // other vowels ("town of Jewani", "Speen Tal"), or a GeoNames district or town so spelt
    // ("Jaffarabad", "Chechawatni"): the resolver decides whether it is. A clan name or a Pashto place word ("Watta Khel", "Litta Sar") is kept too: the resolver
    // may place it in the north-west. So is a town's press initials ("R.Y. Khan", "TT Singh"): the
    // resolver keeps the readings in the countries in play. (Runs spelt like an admin unit are
    // not kept so: docs/evaluation.md, session 16.)
    if (!linked && this.index.vowelSpellingsOf(key).length === 0 && !(this.opensScene(first) && this.index.townVowelSpellingsOf(key).length > 0) && pashtoArea(key) === null && !this.mayBeInitials(first, last)) return;
    this.segments.push(this.makeSegment(first, last, key, [], a, b));
  }

  /**
   * The run first..last, which opens with an honorific ("Sheikh", "Mullah", "Hafiz"), follows a
   * locative preposition ("in", "at", "near", "into") and is followed by a comma and a capitalised
   * word (its container: "in Sheikh Qala, Logar, Afghanistan").
   */
  private villageAfterTitle(first: number, last: number): boolean {
    const { tokens, n } = this;
    if (first < 1 || last + 2 >= n || !VILLAGE_PREPS.has(tokens[first - 1].lower)) return false;
    if (tokens[first - 1].sentence !== tokens[first].sentence || tokens[last + 1].lower !== ',') return false;
    return this.cap(last + 2) && tokens[last + 2].sentence === tokens[first].sentence;
  }

  /** Tokens a..b (leading words aside) are a town's initials and a word that no name covers whole. */
  private initialsRun(a: number, b: number): boolean {
    let first = a;
    while (first < b && this.info(first).flags & W_LEADING) first++;
    if (first >= b || b - first > 5) return false;
    const { tokens, text } = this;
    if (this.index.initialsNamed(text.slice(tokens[first].start, tokens[b].end)).length === 0) return false;
    return (this.longestName(first)?.last ?? -1) < b;
  }

  /** An unknown run written as a town's initials (initialsNamed). */
  private mayBeInitials(first: number, last: number): boolean {
    const { index, tokens, text } = this;
    return index.initialsNamed(text.slice(tokens[first].start, tokens[last].end)).length > 0;
  }

  /**
   * The run starting at token i opens a line or follows "in", "at" or "near": where a town spelt
   * another way may stand alone. After a comma or bracket it is some name's container instead.
   */
  private opensScene(i: number): boolean {
    const { tokens, text } = this;
    if (i === 0 || hasNewline(text, tokens[i - 1].end, tokens[i].start)) return true;
    return TOWN_SPELLING_PREPS.has(tokens[i - 1].lower);
  }

  private blocked(t: ScanToken): boolean {
    const bl = this.input.blocked;
    for (let k = 0; k < bl.length; k++) if (bl[k].start <= t.start && t.end <= bl[k].end) return true;
    return false;
  }

  /** The longest gazetteer name starting at token i whose surface fits, or null. */
  private longestName(i: number): { last: number; key: string; postings: Posting[] } | null {
    const { tokens, n, index, text } = this;
    const t = tokens[i];
    // A one-word name that starts no longer one: no key to build, nothing to extend.
    const w0 = this.info(i);
    if (w0.key >= 0 && !index.isPrefix(w0.key) && !w0.lastIsArticle && !this.possessiveAt(i + 1)) {
      if (!index.isName(w0.key)) return null;
      const postings = fitting(index, text, tokens, i, i, w0.joined, w0.key, this);
      return postings.length > 0 ? { last: i, key: w0.joined, postings } : null;
    }
    const pieces = PIECES;
    pieces.length = 0;
    let best: { last: number; key: string; postings: Posting[] } | null = null;
    let hits: Array<{ last: number; key: string; postings: Posting[] }> | null = null;
    let glue = false;
    for (let j = i; j < n && j < i + MAX_NAME_TOKENS * 2; j++) {
      const tj = tokens[j];
      // A later plain lower-case word ("province", "river") is one piece, its own or its
      // direction's: no need for its facts from the word table.
      const plain = j > i && this.infos[j] === undefined && isPlainWord(tj.lower) && tj.lower !== 'constructor';
      const f = plain ? W_WORD : this.info(j).flags;
      const isW = (f & W_WORD) !== 0;
      // "Lee's Summit", "St. John's": a possessive joined to the word before is part of the name.
      const possessive = j > i && (f & W_POSSESSIVE) !== 0 && this.possessiveAt(j);
      if (j > i && !possessive) {
        if (tj.sentence !== t.sentence || f & W_POSSESSIVE) break;
        if (!isW) {
          if (f & W_SKIPPED) {
            glue = (f & W_APOSTROPHE) !== 0 && tj.start === tokens[j - 1].end && j + 1 < n && tokens[j + 1].start === tj.end;
            continue;
          }
          if (!(f & W_COMMA)) break;
        }
      }
      let key: string;
      let k: number;
      if (j === i) {
        const wi = this.info(j);
        for (const p of wi.pieces) pieces.push(p);
        key = wi.joined;
        k = wi.key;
      } else if (possessive) {
        pieces[pieces.length - 1] += 's';
        key = joinKey(pieces);
        k = index.key(key);
      } else {
        if (plain) {
          const piece = DIRECTION_PIECES.get(tj.lower) ?? tj.lower;
          if (glue && pieces.length > 0) pieces[pieces.length - 1] += piece;
          else pieces.push(piece);
        } else if (isW) {
          const ps = this.info(j).pieces;
          if (glue && pieces.length > 0 && ps.length > 0) {
            pieces[pieces.length - 1] += ps[0];
            for (let q = 1; q < ps.length; q++) pieces.push(ps[q]);
          } else for (let q = 0; q < ps.length; q++) pieces.push(ps[q]);
        } else pieces.push(',');
        key = joinKey(pieces);
        k = index.key(key);
      }
      glue = false;
      // "Ar Raqqa": the article joins the next word; wait for it before giving up.
      if (ARTICLES.has(pieces[pieces.length - 1]) && (k < 0 || !index.isPrefix(k))) continue;
      // "St. John's": "st john" is no name and starts none, "st johns" is; look past the possessive.
      const beforePossessive = this.possessiveAt(j + 1);
      if (k < 0) {
        if (beforePossessive) continue;
        break;
      }
      if (index.isName(k)) {
        const postings = fitting(index, text, tokens, i, j, key, k, this);
        if (postings.length > 0) {
          best = { last: j, key, postings };
          (hits ??= []).push(best);
        }
      }
      if (!index.isPrefix(k) && !beforePossessive) break;
    }
    if (best && hits && hits.length > 1) {
      // "Torkham border crossing" is an alias of one Torkham only; the bare name may fit the other.
      let core = best.last;
      while (core > i && this.info(core).flags & W_FEATURE) core--;
      for (const h of hits) {
        if (h === best || h.last < core) continue;
        for (const p of h.postings) if (!best.postings.some((q) => q.entry === p.entry)) best.postings.push(p);
      }
    }
    return best;
  }

  private embeddedIn(a: number, b: number, first: number, last: number): boolean {
        for (let k = a; k < first; k++) if (this.cap(k) && !(this.info(k).flags & (W_LEADING | W_ARTICLE))) return true;
    for (let k = last + 1; k <= b; k++) if (this.cap(k) && !(this.info(k).flags & W_FEATURE)) return true;
    return false;
  }

  /** The last token of a police or army post's pair of words after the name at `last` (FACILITY_PAIRS), else `last`. */
  private facilityEnd(last: number): number {
    const { tokens, n } = this;
    if (last + 2 >= n || tokens[last + 2].sentence !== tokens[last].sentence) return last;
    return FACILITY_PAIRS.has(`${tokens[last + 1].lower} ${tokens[last + 2].lower}`) ? last + 2 : last;
  }

  /** The other capitalised words of the run look like more of a place name, not an institution. */
  private restLooksLikeName(a: number, b: number, first: number, last: number): boolean {
    let other = false;
    for (let k = a; k <= b; k++) {
      if (k >= first && k <= last) continue;
      const f = this.info(k).flags;
      if (!this.cap(k) || f & (W_LEADING | W_FEATURE | W_ARTICLE)) continue;
      if (f & W_NOT_PLACE) return false;
      other = true;
    }
    return other;
  }

  /**
   * An unknown run matters only in a chain ("Kecha area, Maqur district", "Kongo (Oyam,
   * Northern)") or before an admin word ("Zaporizhia region"): what follows it must say so.
   */
  private mayLink(last: number): boolean {
    const { tokens, n } = this;
    let k = last + 1;
    while (k < n && k <= last + 2) {
      const hint = this.featureOf(k);
      if (hint === null) break;
      if (hint === 'admin1' || hint === 'admin2') return true;
      k++;
    }
    const next = k < n ? tokens[k].lower : undefined;
    return next === ',' || next === '(' || next === 'of' || next === 'in' || next === '-' || next === '–';
  }

  private initialAt(i: number): boolean {
    if (i === 0) return true;
    const { tokens, text } = this;
    const prev = tokens[i - 1];
    const t = tokens[i];
    return prev.sentence !== t.sentence || (this.info(i - 1).flags & (W_ENDS_SENTENCE | W_OPENER)) !== 0 || hasNewline(text, prev.end, t.start);
  }

  private makeSegment(first: number, last: number, key: string, postings: Posting[], runA: number, runB: number): Segment {
    const { tokens, n } = this;
    // Feature words right after the name: "Maqur district", "Kongo Trading Center".
    let feature: FeatureHint | null = null;
    let featureWord: string | null = null;
    let featureLast = last;
    for (let k = last + 1; k < n && k <= last + 2; k++) {
      const hint = this.featureOf(k);
      if (!hint || tokens[k].sentence !== tokens[last].sentence) break;
      if (feature === null) {
        feature = hint;
        featureWord = tokens[k].lower;
      }
      featureLast = k;
    }
    // "Matta police station", "Pungai check post": a post named after the place it stands in.
    // The pair may be capitalised ("Gomal Police Station"): it does not embed the name in a longer one.
    const nameEnd = this.facilityEnd(last);
    if (feature === null && nameEnd > last) {
      feature = 'other';
      featureWord = tokens[last + 2].lower;
      featureLast = last + 2;
    }
    // "the district of X", "the city of X": the feature word comes before.
    let p = first - 1;
    if (p >= 1 && tokens[p].lower === 'of' && this.featureOf(p - 1) && feature === null) {
      feature = this.featureOf(p - 1);
      featureWord = tokens[p - 1].lower;
    }
    let prep: string | null = null;
    let gap = 0;
    while (p >= 0 && gap < 6 && tokens[p].sentence === tokens[first].sentence) {
      const w = tokens[p].lower;
      const f = this.prepFlags(p);
      if (f & W_LOCATIVE && !(w === 'of' && p > 0 && this.prepFlags(p - 1) & W_PREP_GAP)) {
        prep = w === 'outskirts' || w === 'nearby' ? 'near' : w;
        if (w === 'of' && p > 0 && FACILITY_OF.has(tokens[p - 1].lower)) prep = 'at';
        break;
      }
      if (!(f & (W_PREP_GAP | W_DIGIT))) break;
      p--;
      gap++;
    }
    let sentenceInitial = this.initialAt(first);
    if (!sentenceInitial && runA < first && this.initialAt(runA)) {
      sentenceInitial = true;
      for (let k = runA; k < first; k++) if (!(this.info(k).flags & W_LEADING)) sentenceInitial = false;
    }
    const start = tokens[first].start;
    const end = tokens[last].end;
    let insideActor = false;
    // Only spans that start by the name's start and can end after its end may hold it (span-order.ts).
    const actors = this.input.actorSpans;
    for (let i = firstEndingFrom(actors, end), stop = endStartingBy(actors, start); i < stop && !insideActor; i++) {
      if (actors[i].start <= start && end <= actors[i].end) insideActor = true;
    }
    const lineStart = first === 0 || hasNewline(this.text, tokens[first - 1].end, start);
    let after = featureLast + 1;
    if (after < n && (tokens[after].lower === ':' || tokens[after].lower === '.') && tokens[after].start === tokens[featureLast].end) after++;
    const wholeLine = lineStart && (after >= n || hasNewline(this.text, tokens[after - 1].end, tokens[after].start));
    const bracketed = first >= 2 && tokens[first - 1].lower === '(' && (this.info(first - 2).flags & W_WORD) !== 0 &&
      tokens[first - 2].sentence === tokens[first].sentence;
    return {
      start, end, first, last, key, postings, feature, featureWord, featureLast, prep, sentenceInitial,
      embedded: runA <= first && this.embeddedIn(runA, runB, first, nameEnd), insideActor, wholeLine, bracketed,
      verbObject: prep === null && first >= 1 && PLACE_OBJECT_VERBS.has(tokens[first - 1].lower) && tokens[first - 1].sentence === tokens[first].sentence,
    };
  }

  isCap(i: number): boolean {
    return this.cap(i);
  }

  isParticle(i: number): boolean {
    return (this.info(i).flags & W_PARTICLE) !== 0;
  }
}
