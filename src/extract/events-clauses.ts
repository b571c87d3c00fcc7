import type { Doc, Token } from '../model/types.ts';
import { CLAUSE_PUNCT } from './events-words.ts';
import { lowerBoundByStart } from '../model/span-order.ts';
import { acronymAside } from './acronym-aside.ts';

// A sentence's clauses and the spans within them: where an event's actors, place, date and
// counts are looked for, by offsets and token indices.

export interface Clause {
  first: number; // token index in the sentence
  last: number; // inclusive
  /** A clause after "after"/"following" with a verb of its own: an event frame apart (after-clause.ts). */
  after?: true;
  /** The punctuation clause a part was cut from at such a link. */
  whole?: { first: number; last: number };
}

/**
 * A clause with both optional fields present (undefined): every clause has one hidden class, so
 * the code that reads them (events' trigger callback, after-clause.ts) sees one map, not three,
 * and is not sent back to be compiled again when an after-clause first shows (session 21, perf21).
 */
export function clause(first: number, last: number, after?: true, whole?: { first: number; last: number }): Clause {
  return { first, last, after, whole };
}

/** The spans that lie within [from, to]: a clause's share of a sentence's mentions. */
export function within<T extends { start: number; end: number }>(xs: readonly T[], from: number, to: number): T[] {
  return xs.filter((x) => x.start >= from && x.end <= to);
}

/**
 * `xs.filter((x) => x.start >= from && x.end <= to)`. When `xs` is sorted by start with no
 * inverted span (mention lists are; `sorted` says so), by binary search, so each sentence does
 * not scan the whole document's mentions.
 */
export function spansWithin<T extends { start: number; end: number }>(xs: readonly T[], sorted: boolean, from: number, to: number): T[] {
  if (!sorted) return xs.filter((x) => x.start >= from && x.end <= to);
  const lo = lowerBoundByStart(xs, from);
  const out: T[] = [];
  // Past a start beyond `to`, every end is beyond it too.
  for (let i = lo; i < xs.length && xs[i].start <= to; i++) if (xs[i].end <= to) out.push(xs[i]);
  return out;
}

export function sortedSpans(xs: readonly { start: number; end: number }[]): boolean {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i].end < xs[i].start || (i > 0 && xs[i].start < xs[i - 1].start)) return false;
  }
  return true;
}

export function splitClauses(doc: Doc, toks: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let first = 0;
  // "the Baloch Liberation Army (BLA) attacked": an acronym's brackets part no clause (acronym-aside.ts).
  let aside = -1;
  toks.forEach((t, i) => {
    if (i === aside) return;
    if (doc.text[t.start] === '(' && acronymAside(doc, toks, i)) {
      aside = i + 2;
      return;
    }
    // Every clause mark is one UTF-16 unit: no slice needed to compare.
    if (t.end - t.start === 1 && CLAUSE_PUNCT.has(doc.text[t.start])) {
      if (i > first) clauses.push(clause(first, i - 1));
      first = i + 1;
    }
  });
  if (first < toks.length) clauses.push(clause(first, toks.length - 1));
  if (clauses.length === 0) clauses.push(clause(0, Math.max(0, toks.length - 1)));
  // A trigger can sit on a comma's token index only if the sentence is punctuation; map it
  // to its neighbour clause so every token belongs somewhere.
  for (let i = 1; i < clauses.length; i++) clauses[i - 1].last = Math.max(clauses[i - 1].last, clauses[i].first - 1);
  return clauses;
}

/** Words that open an apposition of the people before a comma. */
const APPOSITION_OPENERS = new Set(['including', 'among', 'most', 'many', 'all', 'some', 'several', 'mostly', 'mainly', 'both']);
/** The apposition's opening words: "including", "among them", "most of them", "mostly". */
const APPOSITION = /^(?:including|among them|(?:most|many|all|some|several|both) of them|mostly|mainly)\b/i;
/** What follows an apposition that parts a subject from its verb: "…, including women and children, were abducted". */
const VERB_AFTER = new Set(['were', 'was', 'are', 'is', 'have', 'had', 'has']);

/**
 * "at least 15 people, including women and children, were abducted": the clause before an
 * apposition between commas ("including …", "most of them …") when `clauses[ci]` opens with the
 * subject's verb right after it; that clause holds the subject's count. Null otherwise.
 * `verbToken`: a trigger that is its subject's own verb with no auxiliary, which may open the
 * clause too (news67: "At least 15 insurgents, including two commanders, surrendered").
 */
export function appositionHead(doc: Doc, toks: readonly Token[], clauses: readonly Clause[], ci: number, verbToken = -1): Clause | null {
  if (ci < 2) return null;
  const gloss = clauses[ci - 1];
  const open = toks[gloss.first - 1];
  const shut = toks[clauses[ci].first - 1];
  if (!open || !shut || doc.text[open.start] !== ',' || doc.text[shut.start] !== ',') return null;
  if ((!VERB_AFTER.has(toks[clauses[ci].first].lower) && clauses[ci].first !== verbToken) || gloss.last - gloss.first > 8) return null;
  const first = toks[gloss.first];
  if (!APPOSITION_OPENERS.has(first.lower) || !APPOSITION.test(doc.text.slice(first.start, first.start + 20))) return null;
  return clauses[ci - 2];
}

/** `toks.findIndex((t) => t.start === start)`; token starts strictly increase. */
export function tokenAt(toks: Token[], start: number): number {
  const lo = lowerBoundByStart(toks, start);
  return lo < toks.length && toks[lo].start === start ? lo : -1;
}

/** The lower-cased words of up to n tokens after token `last`, within its sentence. */
export function wordsAfter(toks: Token[], last: number, n: number): string[] {
  const out: string[] = [];
  for (let k = last + 1; k < toks.length && k <= last + n && toks[k].sentence === toks[last].sentence; k++) out.push(toks[k].lower);
  return out;
}

/**
 * Whether token `first` follows a place preposition, a determiner and at most three capitalised
 * words in its sentence: "at the Chaman crossing", "near the Ghulam Khan crossing", "at the
 * crossing" (the word names where something else happened). As a subject ("The Chaman crossing was
 * closed") it does not.
 */
export function afterPlacedName(text: string, toks: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && toks[k].sentence === toks[first].sentence && /^\p{Lu}[\p{L}-]*$/u.test(text.slice(toks[k].start, toks[k].end)) && !DETERMINERS.has(toks[k].lower)) k--;
  return k >= 1 && toks[k].sentence === toks[first].sentence && DETERMINERS.has(toks[k].lower) && toks[k - 1].sentence === toks[first].sentence && PLACE_PREPOSITIONS.has(toks[k - 1].lower);
}
const DETERMINERS = new Set(['the', 'a', 'this', 'that']);
const PLACE_PREPOSITIONS = new Set(['at', 'near', 'through', 'via', 'across', 'outside', 'around', 'beside', 'past']);

export function dist(x: { start: number; end: number }, m: { start: number; end: number }): number {
  return x.end <= m.start ? m.start - x.end : x.start - m.end;
}
