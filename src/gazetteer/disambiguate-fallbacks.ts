import { GUESS_EVIDENCE, isClanName, pashtoArea } from './clan-areas.ts';
import { nameKey } from './place-names.ts';
import { CAPS_LINE_WORDS, lineHasNoLowerCase, lowerCaseLocationLine, type Segment, type ScanToken } from './place-scan.ts';
import type { Resolved } from './disambiguate-types.ts';
import { onlyCountryInPlay } from './disambiguate-context.ts';
import type { PlaceResolver } from './disambiguate.ts';

// Fallbacks for names no entry resolves, in a text about Pakistan: clan and Pashto names, unknown areas and lines, a bare compass word, border and ceasefire cues, placed at region precision.

/** Where unknown Pashto names in a text about Pakistan are placed (clanAreas). */
export const TRIBAL_AREAS = { id: 'region:fata', name: 'Federally Administered Tribal Areas' };
const NORTH_WEST = { id: 'region:northwest-pakistan', name: 'North-West Pakistan' };
const SOUTH_WEST = { id: 'region:southwest-pakistan', name: 'South-West Pakistan' };
/** Where a report of firing across Pakistan's ceasefire lines with India is placed (ceasefireLine). */
export const CEASEFIRE_LINES = { id: 'place:PK:ceasefire-lines', name: 'Line of Control and Working Boundary (Pakistani side)' };
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
export function clanAreas(this: PlaceResolver, segments: readonly Segment[], seen: Resolved): void {
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
export function bareCompassRegion(this: PlaceResolver, text: string, tokens: readonly ScanToken[], seen: Resolved): void {
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
export function borderCue(this: PlaceResolver, text: string, tokens: readonly ScanToken[], seen: Resolved, cue: RegExp, region: typeof TRIBAL_AREAS, evidence: string, rule: string): void {
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
export function unknownAreaInPakistan(this: PlaceResolver, text: string, tokens: readonly ScanToken[], segments: readonly Segment[], seen: Resolved): void {
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
export function unknownLineInPakistan(this: PlaceResolver, text: string, tokens: readonly ScanToken[], segments: readonly Segment[], seen: Resolved): void {
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
export function unknownNameRun(this: PlaceResolver, text: string, tokens: readonly ScanToken[], first: number, last: number, taken: (k: number) => boolean): boolean {
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
export function pakistanAlone(this: PlaceResolver, seen: Resolved, regionsToo: boolean): boolean {
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

/** The entry of a curated region by its id and name (region:fata, "Federally Administered Tribal Areas"), or -1. */
export function regionEntry(this: PlaceResolver, region: { id: string; name: string }): number {
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
