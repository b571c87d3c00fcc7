import type { EntityMention } from '../model/types.ts';
import { speechWords } from './speech-words.ts';
import { startsWithWordChar } from './word-start.ts';
import type { SentenceCtx } from './attribution-sentence.ts';

// Closed word classes and one-token tests that the attribution readers share: articles,
// pronouns, modals, capitalised words, acronyms, modifiers, and the runs of an office's or a
// name's words.

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

export const MODALS = new Set(['may', 'might', 'could', 'can', 'will', 'would', 'shall', 'should', 'must']);

export const SINGULAR_INDEFINITE = new Set(['a', 'an', 'one', 'another']);

/** Words between "seen by" and its reader ("seen by this newspaper"). */
export const READER_DETERMINERS = new Set(['this', 'the', 'a', 'an', 'our']);

/** Words that cannot end a source's phrase ("teachers from the ..."). */
export const PHRASE_CANNOT_END = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Prepositions that attach a short phrase to a source ("police in Bannu", "officials at the hospital"). */
export const SOURCE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'with', 'on']);

/**
 * Whether token `k` follows a preposition and "which" ("a statement in which it said", "a video
 * in which a commander said"): it opens a relative clause of the sentence's own speaker.
 */
export function afterPrepositionWhich(toks: readonly { lower: string }[], k: number): boolean {
  return k >= 2 && toks[k - 1].lower === 'which' && SOURCE_PREPOSITIONS.has(toks[k - 2].lower);
}

export const ARTICLES = new Set(['a', 'an', 'the']);

/** Words inside an organisation's name ("Institute for Conflict and Security Studies"). */
export const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', '&', 'the', '-']);

/** The longest organisation name before an apposition, in tokens. */
const MAX_ORGANISATION_NAME = 10;

/** Where the run of capitalised words and name joiners ending at `end` starts (at most MAX_ORGANISATION_NAME tokens). */
export function nameRunStart(s: SentenceCtx, end: number): number {
  let k = end;
  while (k >= 0 && end - k < MAX_ORGANISATION_NAME && (/^\p{Lu}/u.test(s.doc.text[s.toks[k].start]) || NAME_JOINERS.has(s.toks[k].lower))) k--;
  return k + 1;
}

/** "officials later denied": a lower-case -ly word not after a determiner ("the family") is an adverb. */
export function isAdverb(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  if (t.lower.length < 5 || !t.lower.endsWith('ly')) return false;
  if (!/^\p{Ll}/u.test(s.doc.text[t.start])) return false;
  const prev = s.toks[k - 1]?.lower;
  return prev === undefined || !s.ctx.lexicons.sourceModifiers.has(prev);
}

/**
 * Where the run of an office's words ending at `k` starts: titles, modifiers and capitalised words
 * ("Deputy Commissioner", "the provincial Chief Minister").
 */
export function titleRunStart(s: SentenceCtx, k: number): number {
  let start = k;
  while (start > 0 && (isModifier(s, start - 1) || isCapitalisedWord(s, start - 1) || speechWords().personTitles.has(s.toks[start - 1].lower) || isCapitalisedSource(s, start - 1) || isAcronym(s, start - 1))) start--;
  return start;
}

/** "Foreign Office spokesperson …": a capitalised word of a source noun names the office's body. */
export function isCapitalisedSource(s: SentenceCtx, k: number, entity = 'source:official'): boolean {
  const m = s.endingAt.get(k);
  if (!m || !/^\p{Lu}/u.test(s.doc.text[s.toks[m.firstToken].start])) return false;
  return m.values.some((v) => v.entity === entity);
}

/** A place or actor mention ending with token `k`: whose office or body a source is. */
export function ownerEndingAt(s: SentenceCtx, k: number): EntityMention | undefined {
  return s.placeEnds.get(s.toks[k].end) ?? s.actorEnds.get(s.toks[k].end);
}

export function isCapitalisedWord(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  const surface = s.doc.text.slice(t.start, t.end);
  if (!/^\p{Lu}\p{Ll}/u.test(surface)) return false;
  // Words the gazetteers or lexicons know are not parts of a person's name.
  if (s.endingAt.has(k)) return false;
  if (s.actorEnds.has(t.end) || s.placeEnds.has(t.end) || s.actorStarts.has(t.start)) return false;
  return true;
}

/** "PTI", "PTA": a body's acronym in capitals (two to six letters), not a pronoun or a negation. */
export function isAcronym(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return !!t && /^\p{Lu}{2,6}$/u.test(s.doc.text.slice(t.start, t.end)) && !PRONOUNS.has(t.lower) && !s.pat.negations.has(t.lower);
}

/** A capitalised word of an organisation's name ("Interior", "Counter Terrorism"), not a pronoun or "No". */
export function isNameWord(s: SentenceCtx, k: number): boolean {
  const t = s.toks[k];
  return /^\p{Lu}/u.test(s.doc.text[t.start]) && !PRONOUNS.has(t.lower) && !s.pat.negations.has(t.lower);
}

export function isModifier(s: SentenceCtx, k: number): boolean {
  return s.ctx.lexicons.sourceModifiers.has(s.toks[k].lower) || isBasedCompound(s, k) || isStanceCompound(s, k);
}

/** "pro-Taliban", "anti-government": whose side a body takes, a modifier of its noun ("a pro-Taliban Telegram channel", news62). */
export function isStanceCompound(s: SentenceCtx, k: number): boolean {
  return /^(?:pro|anti)-\p{L}{2,}$/u.test(s.toks[k]?.lower ?? '');
}

/** "Sindh-based", "Karachi-based": where a body sits, a modifier of its office ("Sindh-based party chief"). */
export function isBasedCompound(s: SentenceCtx, k: number): boolean {
  const w = s.toks[k]?.lower;
  return !!w && w.length > 6 && w.endsWith('-based') && startsWithWordChar(w);
}

/** Source modifiers that are as often adverbs of place ("the home department", "returned home"). */
const PLACE_ADVERB_MODIFIERS = new Set(['home']);

/**
 * "He returned home police said", "stayed at home police said": such a modifier after a
 * lower-case word that no noun phrase holds before it (a verb, a preposition, "back") is the
 * adverb ending the clause before a run-on source, not a word of the source; after an article, a
 * determiner, another modifier, a capitalised word or punctuation ("The Balochistan home
 * department") it modifies.
 */
export function isPlaceAdverb(s: SentenceCtx, k: number): boolean {
  if (k < 1 || !PLACE_ADVERB_MODIFIERS.has(s.toks[k].lower)) return false;
  const prev = s.toks[k - 1];
  if (!/^\p{Ll}/u.test(s.doc.text.slice(prev.start, prev.end))) return false;
  return !PHRASE_CANNOT_END.has(prev.lower) && !isModifier(s, k - 1);
}
