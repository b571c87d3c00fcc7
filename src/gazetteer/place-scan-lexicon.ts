import type { PlaceIndex } from './place-index.ts';
import { APOSTROPHE_TOKENS, ARTICLES, FEATURE_WORDS, KEY_DIRECTIONS, type FeatureHint, joinKey, keyPieces, SKIPPED_PUNCT } from './place-names.ts';
import { RUN_PARTICLES, PARTICLES, JOINING_PUNCT, LEADING_IGNORABLE, LOCATIVE_PREPS, PREP_GAP, NOT_PLACE_WORDS } from './place-scan-words.ts';
import { OPENERS, endsSentence } from './place-scan-casing.ts';

// What the scan knows about a word, looked up once per distinct word and kept (the lexicon of word flags and key pieces).

/**
 * KEY_DIRECTIONS as a map, for plain words other than "constructor" (the one such word the
 * object answers from its prototype).
 */
export const DIRECTION_PIECES = new Map(Object.entries(KEY_DIRECTIONS));

/** Lower-case ASCII letters and digits only: its own key, one piece. */
export function isPlainWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return s.length > 0;
}

/** The key pieces of a token, with a fast path for plain ASCII words. */
export function piecesOf(s: string): string[] {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return keyPieces(s).map((p) => KEY_DIRECTIONS[p] ?? p);
  }
  return [KEY_DIRECTIONS[s] ?? s];
}

// What the scan needs to know about a word, looked up once per distinct word and kept: one
// Map lookup per token (V8 caches the string's hash) instead of a dozen set lookups.
export const W_WORD = 1;
const W_RUN_PARTICLE = 2;
export const W_PARTICLE = 4;
const W_JOINING = 8;
export const W_LEADING = 16;
export const W_LOCATIVE = 32;
export const W_PREP_GAP = 64;
export const W_NOT_PLACE = 128;
export const W_ARTICLE = 256;
export const W_SKIPPED = 512;
export const W_APOSTROPHE = 1024;
export const W_OPENER = 2048;
export const W_ENDS_SENTENCE = 4096;
export const W_DIGIT = 8192;
const W_LOWER_START = 16384;
export const W_COMMA = 32768;
export const W_FEATURE = 65536;
export const W_POSSESSIVE = 131072;

export interface WordInfo {
  flags: number;
  feature: FeatureHint | null;
  /** Key pieces of the word (empty for punctuation). */
  pieces: string[];
  /** Key index of the word as a one-word key, or -1. */
  key: number;
  /** joinKey(pieces): the word's own key text. */
  joined: string;
  /** The last key piece is an Arabic article ("al"), which waits for the next word. */
  lastIsArticle: boolean;
}

export class Lexicon {
  private readonly words = new Map<string, WordInfo>();
  /** First words of lower-case curated aliases by first letter ("the", "tribal", "former"). */
  private readonly lowerStarts = new Set<string>();
  /** Per UTF-16 first character: 1 when some lower-case alias start begins with it. */
  private readonly lowerFirst = new Uint8Array(0x10000);
  constructor(private readonly index: PlaceIndex) {
    for (const w of index.lowercaseAliasStarts()) {
      if (w.length === 0) continue; // tokens are never empty
      this.lowerFirst[w.charCodeAt(0)] = 1;
      this.lowerStarts.add(w);
    }
  }

  /** Cheap test for a lower-case token: can a curated alias start with it? */
  mayStartLowercase(lower: string): boolean {
    return this.lowerFirst[lower.charCodeAt(0)] === 1 && this.lowerStarts.has(lower);
  }

  info(lower: string): WordInfo {
    let w = this.words.get(lower);
    if (!w) {
      w = this.compute(lower);
      if (this.words.size >= 100_000) this.words.clear();
      this.words.set(lower, w);
    }
    return w;
  }

  private compute(lower: string): WordInfo {
    const c = lower.charCodeAt(0);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    let flags = word ? W_WORD : 0;
    if (RUN_PARTICLES.has(lower)) flags |= W_RUN_PARTICLE;
    if (PARTICLES.has(lower)) flags |= W_PARTICLE;
    if (JOINING_PUNCT.has(lower)) flags |= W_JOINING;
    if (LEADING_IGNORABLE.has(lower)) flags |= W_LEADING;
    if (LOCATIVE_PREPS.has(lower)) flags |= W_LOCATIVE;
    if (PREP_GAP.has(lower)) flags |= W_PREP_GAP;
    if (NOT_PLACE_WORDS.has(lower)) flags |= W_NOT_PLACE;
    if (ARTICLES.has(lower)) flags |= W_ARTICLE;
    if (SKIPPED_PUNCT.has(lower)) flags |= W_SKIPPED;
    if (APOSTROPHE_TOKENS.has(lower)) flags |= W_APOSTROPHE;
    if (OPENERS.has(lower)) flags |= W_OPENER;
    if (endsSentence(lower)) flags |= W_ENDS_SENTENCE;
    if (c >= 48 && c <= 57) flags |= W_DIGIT;
    if (/\d/.test(lower)) flags |= W_DIGIT;
    if (this.index.startsLowercaseAlias(lower)) flags |= W_LOWER_START;
    if (lower === ',') flags |= W_COMMA;
    if (lower === "'s") flags |= W_POSSESSIVE;
    const feature = FEATURE_WORDS.get(lower) ?? null;
    if (feature) flags |= W_FEATURE;
    const pieces = word ? piecesOf(lower) : [];
    const joined = joinKey(pieces);
    const key = pieces.length > 0 ? this.index.key(joined) : -1;
    const lastIsArticle = pieces.length > 0 && ARTICLES.has(pieces[pieces.length - 1]);
    return { flags, feature, pieces, key, joined, lastIsArticle };
  }
}
