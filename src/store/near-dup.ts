import type { Analysis } from '../model/analysis.ts';

// Near-duplicate detection: MinHash over word 5-shingles, with LSH banding to find candidates
// without comparing every pair. Syndicated copies and light rewrites of one report share most
// shingles (a changed sentence or a different title and boilerplate leave most 5-word windows
// intact); unrelated reports on the same kind of event share only a few stock phrases.
//
// 128 hash functions in 32 bands of 4 rows: a pair with Jaccard similarity s becomes a
// candidate with probability 1 - (1 - s^4)^32 (0.98 at s = 0.6, 0.15 at s = 0.2). Candidates are
// then checked on the whole signature against NEAR_DUP_THRESHOLD.

export const SHINGLE_WORDS = 5;
export const NUM_HASHES = 128;
export const BANDS = 32;
export const ROWS_PER_BAND = NUM_HASHES / BANDS;
/** Estimated Jaccard similarity at or above which two articles are near-duplicates. */
export const NEAR_DUP_THRESHOLD = 0.5;
/**
 * Two dated articles are compared only when their publication days are at most this far apart:
 * syndicated copies and rewrites come within days, and a stock phrase shared by thousands of
 * short reports over years (one LSH bucket) would otherwise make each new article load and
 * compare more candidates as the store grows. An article without a publication day is compared
 * with every candidate, as before.
 */
export const NEAR_DUP_WINDOW_DAYS = 30;

/** Whether two articles' publication days (YYYY-MM-DD or null) are close enough to compare. */
export function withinNearDupWindow(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const da = Date.parse(`${a}T00:00:00Z`);
  const db = Date.parse(`${b}T00:00:00Z`);
  if (Number.isNaN(da) || Number.isNaN(db)) return true;
  return Math.abs(da - db) <= NEAR_DUP_WINDOW_DAYS * 86_400_000;
}

/**
 * The day the LSH band rows of an undated article are filed under: below every real day, so the
 * undated rows sit together at the start of the index, one range of their own.
 */
export const UNDATED_BAND_DAY = -1_000_000;

/**
 * The day (days since 1970-01-01) an article's LSH band rows are filed under: its publication
 * day, or UNDATED_BAND_DAY. The band index is keyed by this day first, so a batch's inserts land
 * in the few pages of its own days instead of all over the index, and a lookup reads only the
 * rows of the days within the window. The same day arithmetic as withinNearDupWindow.
 */
export function bandDay(published: string | null): number {
  if (published === null) return UNDATED_BAND_DAY;
  const t = Date.parse(`${published}T00:00:00Z`);
  return Number.isNaN(t) ? UNDATED_BAND_DAY : Math.floor(t / 86_400_000);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of the text: punctuation, case and spacing do not matter. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// Fixed seeds (not random) so that a signature is the same in every process and every run.
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = fmix32((x + 0x6d2b79f5) >>> 0);
    seeds[i] = x;
  }
  return seeds;
})();

/** MurmurHash3's finaliser: a cheap 32-bit mix with good avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Hashes of the distinct word shingles of a text (a text shorter than one shingle is one
 * shingle): FNV-1a of the shingle's words joined by single spaces, computed over the words in
 * place rather than by building each joined string (the same numbers, without a string per
 * shingle).
 */
export function shingleHashes(text: string): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length === 0) return new Uint32Array(0);
  if (w.length < SHINGLE_WORDS) set.add(hashString(w.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) {
      if (k > 0) h = Math.imul(h ^ 0x20, 0x01000193);
      const word = w[i + k];
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    }
    set.add(h >>> 0);
  }
  return Uint32Array.from(set);
}

/** The MinHash signature: for each of NUM_HASHES hash functions, the least hash over the shingles. */
export function minhash(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = fmix32((x ^ SEEDS[i]) >>> 0);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** LSH bucket keys, one per band: band * 2^32 + a 32-bit hash of the band's rows (exact in a double). */
export function bandBuckets(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = fmix32((Math.imul(h, 0x01000193) ^ sig[b * ROWS_PER_BAND + r]) >>> 0);
    out.push(b * 0x1_0000_0000 + h);
  }
  return out;
}

export function signatureToHex(sig: Uint32Array): string {
  const bytes = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt32BE(sig[i], i * 4);
  return bytes.toString('hex');
}

export function signatureFromHex(hex: string): Uint32Array {
  const bytes = Buffer.from(hex, 'hex');
  const sig = new Uint32Array(bytes.length >>> 2);
  for (let i = 0; i < sig.length; i++) sig[i] = bytes.readUInt32BE(i * 4);
  return sig;
}

/** Where and when an article says things happened: enough to tell two events apart. */
export interface ArticleFacts {
  places: Array<{ id: string; country: string | null; admin1: string | null; coarse: boolean }>;
  /** Resolved day-precision dates, YYYY-MM-DD. */
  days: string[];
}

const COARSE_KINDS = new Set(['country', 'admin1', 'region']);

export function factsOf(analysis: Pick<Analysis, 'places' | 'dates'>): ArticleFacts {
  const places = analysis.places.map((p) => ({ id: p.id, country: p.country, admin1: p.admin1, coarse: COARSE_KINDS.has(p.kind) || p.precision === 3 }));
  const days = new Set<string>();
  for (const d of analysis.dates) if (d.resolved && d.value && d.precision === 'day' && d.value.start === d.value.end) days.add(d.value.start);
  return { places, days: [...days].sort() };
}

/**
 * Two texts can be near-identical and still report two events: news briefs and database
 * summaries follow templates ("Assailants attacked a checkpoint in X ... one of five related
 * attacks", "On 15 January, around 1,000 persons demonstrated in Metz ..."), where only the
 * town or the day changes. A copy or a rewrite of one report keeps its places and days (or
 * drops some); so when both articles name places and none agree, or both give days and none
 * agree, they are not copies. A province or country agrees
 * with any place inside it; differing counts do not separate reports (they are contradictions
 * to show, not different events).
 */
export function factsConflict(a: ArticleFacts, b: ArticleFacts): boolean {
  if (placesConflict(a.places, b.places)) return true;
  if (a.days.length > 0 && b.days.length > 0) return !a.days.some((d) => b.days.includes(d));
  return false;
}

/**
 * Compared at the finest level both name: towns with towns (a shared province says nothing
 * when the towns differ); a province or country agrees with a town inside it only when the
 * other article names no town.
 */
function placesConflict(a: ArticleFacts['places'], b: ArticleFacts['places']): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const fineA = a.filter((p) => !p.coarse);
  const fineB = b.filter((p) => !p.coarse);
  if (fineA.length > 0 && fineB.length > 0) return !fineA.some((p) => fineB.some((q) => p.id === q.id));
  return !a.some((p) => b.some((q) => p.id === q.id || contains(p, q) || contains(q, p)));
}

/** Whether coarse place `outer` (a country or province) holds `inner`. */
function contains(outer: ArticleFacts['places'][number], inner: ArticleFacts['places'][number]): boolean {
  if (!outer.coarse || outer.country === null || outer.country !== inner.country) return false;
  return outer.admin1 === null || outer.admin1 === inner.admin1;
}
