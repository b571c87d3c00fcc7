// Time expressions that TimeML annotates and the calendar rules in dates.ts do not produce:
// references to the present, past and future ("now", "recently"), durations ("three months",
// "a two-week visit"), sets ("daily", "every Thursday"), quarters and halves ("the third
// quarter", "fiscal 1989"), seasons ("last fall"), month names with a relative year ("last
// February", "June last year"), "a year earlier" and bare years used as modifiers ("the 1996
// law"). Each candidate carries its TIMEX3 reading (or how to anchor it, for "the quarter"); the
// ones that name a calendar period carry its days too, for the analysis `value`.
//
// The words live in data/lexicons/dates-timeml.json; the patterns are ASCII-case-insensitive.

import { readFileSync } from 'node:fs';
import type { DatePrecision, TimexType } from '../model/types.ts';
import { CorroborateError } from '../model/errors.ts';
import { dayOf, daysInMonth, partsOf, quarterOf } from './date-calendar.ts';
import { longestFirst, phraseSource } from './regex.ts';

/** A TIMEX3 value, or how the document fixes it ("the quarter" is the one last talked about). */
export type TimexHint =
  | { type: TimexType; value: string }
  | { type: 'DATE'; anchor: 'quarter' | 'year-earlier' | 'year-earlier-quarter'; fallback: string | null }
  /** "that year", "the following day": the last date the text gave, at `unit`, moved by `shift`. */
  | { type: 'DATE'; anchor: 'story'; unit: 'day' | 'month' | 'year'; shift: number; fallback: null };

export interface TimemlCandidate {
  start: number;
  end: number;
  hint: TimexHint;
  /** First and last day, when the expression names a calendar period. */
  span: [number, number] | null;
  precision: DatePrecision;
  relative: boolean;
  rule: string;
}

interface UnitEntry {
  letter: string;
  kind: 'date' | 'time';
  scale: number;
}

interface Lexicon {
  references: Record<string, string>;
  units: Record<string, UnitEntry>;
  counts: Record<string, number | 'X'>;
  durationQualifiers: string[];
  windowWords: string[];
  sets: Record<string, string>;
  seasons: Record<string, string>;
  quarterOrdinals: Record<string, number>;
  futureCues: string[];
  futureDeadlineCues: string[];
  pastCues: string[];
}

const LEXICON_URL = new URL('../../data/lexicons/dates-timeml.json', import.meta.url);

let lexicon: Lexicon | null = null;

export function timemlLexicon(): Lexicon {
  if (lexicon) return lexicon;
  let raw: Lexicon;
  try {
    raw = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as Lexicon;
  } catch (e) {
    throw new CorroborateError('E_DATA', `dates-timeml.json: cannot read ${LEXICON_URL.pathname}: ${(e as Error).message}`);
  }
  for (const key of ['references', 'units', 'counts', 'sets', 'seasons', 'quarterOrdinals'] as const) {
    if (typeof raw[key] !== 'object' || raw[key] === null) throw new CorroborateError('E_DATA', `dates-timeml.json: ${key} must be an object`);
  }
  for (const key of ['durationQualifiers', 'windowWords', 'futureCues', 'futureDeadlineCues', 'pastCues'] as const) {
    if (!Array.isArray(raw[key])) throw new CorroborateError('E_DATA', `dates-timeml.json: ${key} must be a list`);
  }
  for (const [phrase, v] of Object.entries(raw.references)) {
    if (!/^(?:PRESENT|PAST|FUTURE)_REF$/.test(v)) throw new CorroborateError('E_DATA', `dates-timeml.json: reference "${phrase}" has value ${v}`);
  }
  lexicon = raw;
  return raw;
}

function alternation(words: Iterable<string>): string {
  return longestFirst(words, (w) => phraseSource(w));
}

const YEAR = String.raw`(?:1[89]|20)\d\d`;
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

interface Compiled {
  gate: RegExp;
  referenceWords: string[];
  setWords: string[];
  seasonWords: string[];
  wordBits: WordBits;
  reference: RegExp;
  duration: RegExp;
  barePlural: RegExp;
  set: RegExp;
  every: RegExp;
  quarter: RegExp;
  theQuarter: RegExp;
  half: RegExp;
  fiscal: RegExp;
  season: RegExp;
  monthRelative: RegExp;
  monthOfYear: RegExp;
  yearEarlier: RegExp;
  bareYear: RegExp;
  theYear: RegExp;
  yearEnd: RegExp;
  storyRelative: RegExp;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const lex = timemlLexicon();
  const units = Object.keys(lex.units);
  const unitAlt = units.map((u) => (u === 'century' ? 'centur(?:y|ies)' : `${u}s?`)).join('|');
  const counts = alternation(Object.keys(lex.counts));
  const quals = alternation(lex.durationQualifiers);
  const windows = alternation(lex.windowWords);
  const ords = alternation(Object.keys(lex.quarterOrdinals));
  const seasons = alternation(Object.keys(lex.seasons));
  compiled = {
    gate: new RegExp(
      String.raw`\b(?:${[
        ...new Set([
          ...Object.keys(lex.references).map((p) => p.split(' ').pop()!),
          ...UNIT_WORDS,
          ...Object.keys(lex.sets),
          ...Object.keys(lex.seasons),
          ...MONTHS,
          'every', 'each', 'half', 'fiscal',
        ]),
      ].join('|')})\b`,
    ),
    // The last word of every reference phrase (all are letters only).
    referenceWords: [...new Set(Object.keys(lex.references).map((p) => p.split(' ').pop()!))],
    setWords: Object.keys(lex.sets),
    seasonWords: Object.keys(lex.seasons),
    wordBits: { bits: new Map(), maxLength: 0, shapes: new Uint8Array(0) },
    reference: new RegExp(String.raw`\b(?:${alternation(Object.keys(lex.references))})\b(?!-)`, 'gi'),
    duration: new RegExp(
      String.raw`\b(?:(?:${quals})\s+(?!(?:the|its|their|his|her)\s))?(?:(?:the|its|their|his|her)\s+)?(?:(${windows})\s+)?(\d+(?:\.\d+)?|${counts})(?:\s+|-)(?:(?:more|additional|consecutive|straight|full|long)\s+)?(${unitAlt})(?:(\s+(?:earlier|later))|(?![\w-]|-old))`,
      'gi',
    ),
    barePlural: new RegExp(String.raw`(?<=\b(?:for|in|within|over|after|take|takes|took|taken|lasted|last|or|than)\s+)(days|weeks|months|years|decades|centuries|hours|minutes)\b(?!-)(?!\s+(?:of|ago|earlier|later|before|after)\b)`, 'gi'),
    set: new RegExp(String.raw`\b(?:${alternation(Object.keys(lex.sets))})\b(?!-)`, 'gi'),
    every: new RegExp(
      String.raw`\b(?:every|each)\s+(?:(other|single)\s+)?(?:(${unitAlt.replace(/s\?/g, '')})|((?:sun|mon|tues|wednes|thurs|fri|satur)day)(?:\s+(morning|afternoon|evening|night))?)\b(?!-)`,
      'gi',
    ),
    quarter: new RegExp(
      String.raw`\b(?:(?:the|its|their|this\s+year's|last\s+year's|next\s+year's|(${YEAR})(?:'s)?)\s+)?((?:(?:fiscal|calendar|latest|current|year-earlier|year-ago|comparable|same)[\s-]+)*)(${ords})[\s-]+(?:fiscal[\s-]+)?quarter\b(?!-)(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(${YEAR})\b)?`,
      'gi',
    ),
    theQuarter: new RegExp(
      String.raw`\b(?:the|that|this|its|their)\s+((?:(?:latest|current|recent|most\s+recent|same|comparable|year-earlier|year-ago|previous|prior|past|fiscal)[\s-]+)*)(quarter|period)\b(?!-)(?!\s+(?:of|ended|ending|ends)\b)`,
      'gi',
    ),
    half: new RegExp(
      String.raw`\b(?:the\s+)?(first|second|last|latter|final)\s+half(?:\s+of)?\s+(?:(?:fiscal\s+)?(${YEAR})|(this|last|next)\s+year)\b`,
      'gi',
    ),
    fiscal: new RegExp(String.raw`\b(?:fiscal(?:\s+year)?\s+(${YEAR})|(${YEAR})\s+fiscal\s+year|(?:the|this|its)\s+(current\s+)?fiscal\s+year)\b`, 'gi'),
    season: new RegExp(
      String.raw`\b(?:(this\s+past|this|last|next|the|in|during|until|by|since|early|late|mid)[\s-]+)?(?:(?:early|late|mid)[\s-]+)?(${seasons})\b(?!-)(?:(?:\s+of)?\s+(${YEAR})\b)?`,
      'gi',
    ),
    monthRelative: new RegExp(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming)\s+(${MONTH_NAME})\b`, 'g'),
    monthOfYear: new RegExp(String.raw`\b(${MONTH_NAME})\s+(?:of\s+)?(this|last|next)\s+year\b`, 'g'),
    yearEarlier: new RegExp(
      String.raw`\b(?:(?:a|one)\s+year\s+(?:earlier|before)|(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)(?:\s+(?:period|months?|quarter|${ords}\s+quarter))?)\b(?!-)`,
      'gi',
    ),
    // "the year ended June 30" is a fiscal year (a duration); "for the year" is the current one.
    theYear: /(?<=\b(?:of|for|during|in|through|throughout)\s+)the\s+(?:current\s+)?year\b(?!-)(\s+(?:ended|ending))?/gi,
    yearEnd: /\b(?:by|at|since|until|before|after|around|near|through)\s+((?:the\s+)?year[\s-]end)\b/gi,
    storyRelative: /\b(?:(?:earlier|later)\s+(that)|(that|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+same))\s+(day|month|year)\b\b(?!-)/gi,
    // A year-like number with no cue before it, used as a modifier ("the 1996 law").
    bareYear: new RegExp(String.raw`(?<![\d,.$£€/:#-])\b(${YEAR})\b(?![-/:%]|[.,]\d|\s*(?:percent|per\s+cent)\b)`, 'g'),
  };
  compiled.wordBits = wordBitsOf(compiled);
  return compiled;
}

/** Matches of a pattern that starts at a word boundary, except after a hyphen ("mid-1990s" is no "1990s"). */
function* wordMatches(sentence: string, re: RegExp): Generator<RegExpExecArray> {
  for (const m of sentence.matchAll(re)) if (m.index === 0 || sentence[m.index - 1] !== '-') yield m;
}

const UNIT_WORDS = ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'century', 'centuries'];
const UNIT_WORD = /\b(?:second|minute|hour|day|week|month|quarter|year|decade|centur)/gi;

/**
 * Duration matches, searched only in a short window around each unit word: the pattern has many
 * optional parts before the unit, which is slow to try at every position of a long sentence.
 */
function durationMatches(sentence: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let covered = -1;
  for (const u of sentence.matchAll(UNIT_WORD)) {
    if (u.index < covered) continue;
    let from = Math.max(0, u.index - 50);
    if (from > 0) from = sentence.lastIndexOf(' ', from) + 1;
    const window = sentence.slice(from, Math.min(sentence.length, u.index + 40));
    for (const m of window.matchAll(re)) {
      const at = from + m.index;
      if (at < covered || (at > 0 && sentence[at - 1] === '-')) continue;
      const shifted = Object.assign([...m], { index: at, input: sentence }) as unknown as RegExpExecArray;
      out.push(shifted);
      covered = at + m[0].length;
    }
  }
  return out;
}

/** Count nouns after which a year-like number is a count ("2000 people"), from the quantities lexicon. */
let countNouns: Set<string> | null = null;

function isCountNoun(word: string): boolean {
  if (!countNouns) {
    const raw = JSON.parse(readFileSync(new URL('../../data/lexicons/quantities.json', import.meta.url), 'utf8')) as { countNouns?: string[] };
    countNouns = new Set((raw.countNouns ?? []).map((w) => w.toLowerCase()));
  }
  return countNouns.has(word.toLowerCase());
}

function durationValue(count: number | 'X', unit: UnitEntry): string {
  const n = count === 'X' ? 'X' : String(Number((count * unit.scale).toFixed(3)));
  return unit.kind === 'time' ? `PT${n}${unit.letter}` : `P${n}${unit.letter}`;
}

function unitOf(word: string): UnitEntry | null {
  const lex = timemlLexicon();
  const w = word.toLowerCase();
  const singular = w === 'centuries' ? 'century' : w.endsWith('s') ? w.slice(0, -1) : w;
  return Object.hasOwn(lex.units, singular) ? lex.units[singular] : null;
}

function countOf(word: string): number | 'X' | null {
  const lex = timemlLexicon();
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w);
  return Object.hasOwn(lex.counts, w) ? lex.counts[w] : null;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

function seasonSpan(year: number, code: string): [number, number] {
  const [a, b] = SEASON_MONTHS[code];
  const endYear = b < a ? year + 1 : year;
  return [dayOf(year, a, 1), dayOf(endYear, b, daysInMonth(endYear, b))];
}

function quarterSpan(year: number, q: number): [number, number] {
  const m = (q - 1) * 3 + 1;
  return [dayOf(year, m, 1), dayOf(year, m + 2, daysInMonth(year, m + 2))];
}

/** The latest quarter `q` that begins on or before the reference day. */
function latestQuarterYear(ref: number, q: number): number {
  const [y] = partsOf(ref);
  return dayOf(y, (q - 1) * 3 + 1, 1) <= ref ? y : y - 1;
}

function previousQuarter(ref: number): string {
  const [y, q] = quarterOf(ref);
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

// The words each rule cannot match without, one bit per rule's word list: a sentence's words
// (its runs of a-z, lower-cased) are looked up once each, and a rule asks for its bit.
const W_REFERENCE = 1 << 0;
const W_UNIT = 1 << 1;
const W_BARE_PLURAL = 1 << 2;
const W_SET = 1 << 3;
const W_EVERY = 1 << 4;
const W_QUARTER = 1 << 5;
const W_THE_QUARTER = 1 << 6;
const W_HALF = 1 << 7;
const W_FISCAL = 1 << 8;
const W_SEASON = 1 << 9;
const W_LAST_THIS_NEXT = 1 << 10;
const W_MONTH = 1 << 11;
const W_YEAR = 1 << 12;
const W_EARLIER = 1 << 13;
const W_THE = 1 << 14;
const W_END = 1 << 15;
const W_STORY = 1 << 16;

/**
 * The word lists' bits by word, and their words' shapes (length, first and last letter): most of
 * a sentence's words have a shape no listed word has, and are passed over without a slice and a
 * lookup (presentWords).
 */
interface WordBits {
  bits: Map<string, number>;
  /** The longest listed word. */
  maxLength: number;
  /** 1 at shapeOf(length, first, last) of each listed word. */
  shapes: Uint8Array;
}

/** A word's shape: its length (1 to maxLength) and its first and last letters (a-z as 97 to 122). */
function shapeOf(length: number, first: number, last: number): number {
  return (length * 26 + (first - 97)) * 26 + (last - 97);
}

function wordBitsOf(lists: { referenceWords: string[]; setWords: string[]; seasonWords: string[] }): WordBits {
  const bits = new Map<string, number>();
  const byBit: Array<[number, readonly string[]]> = [
    [W_REFERENCE, lists.referenceWords],
    [W_UNIT, UNIT_WORDS],
    [W_BARE_PLURAL, ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes']],
    [W_SET, lists.setWords],
    [W_EVERY, ['every', 'each']],
    [W_QUARTER, ['quarter', 'quarters']],
    [W_THE_QUARTER, ['quarter', 'period']],
    [W_HALF, ['half']],
    [W_FISCAL, ['fiscal']],
    [W_SEASON, lists.seasonWords],
    [W_LAST_THIS_NEXT, ['last', 'this', 'next']],
    [W_MONTH, MONTHS],
    [W_YEAR, ['year']],
    [W_EARLIER, ['earlier', 'before', 'ago']],
    [W_THE, ['the']],
    [W_END, ['end']],
    [W_STORY, ['that', 'following', 'previous', 'same', 'preceding']],
  ];
  for (const [bit, words] of byBit) {
    // Only runs of a-z are a sentence's words: anything else is never present.
    for (const w of words) if (/^[a-z]+$/.test(w)) bits.set(w, (bits.get(w) ?? 0) | bit);
  }
  let maxLength = 0;
  for (const w of bits.keys()) maxLength = Math.max(maxLength, w.length);
  const shapes = new Uint8Array((maxLength + 1) * 26 * 26);
  for (const w of bits.keys()) shapes[shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
  return { bits, maxLength, shapes };
}

/** The bits of the word lists that hold one of the sentence's words (its runs of a-z). */
function presentWords(lower: string, words: WordBits): number {
  const { bits, maxLength, shapes } = words;
  let present = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    do c = lower.charCodeAt(++i);
    while (c >= 97 && c <= 122);
    const length = i - start;
    if (length > maxLength || shapes[shapeOf(length, lower.charCodeAt(start), lower.charCodeAt(i - 1))] === 0) continue;
    const bit = bits.get(lower.slice(start, i));
    if (bit !== undefined) present |= bit;
  }
  return present;
}

/** A candidate at sentence offsets [start, end) of a sentence starting at `offset`. */
function pushCandidate(
  out: TimemlCandidate[],
  offset: number,
  start: number,
  end: number,
  hint: TimexHint,
  rule: string,
  span: [number, number] | null = null,
  precision: DatePrecision = 'range',
  relative = false,
): void {
  out.push({ start: offset + start, end: offset + end, hint, span, precision, relative, rule });
}

/**
 * TimeML candidates in one sentence. `lower` is the sentence lower-cased; `ref` the reference
 * day, or null (then values that need it are left out).
 */
export function timemlCandidates(sentence: string, offset: number, ref: number | null, lower: string): TimemlCandidate[] {
  const c = compile();
  const lex = timemlLexicon();
  // Each rule runs only where a word it cannot match without occurs.
  // Most sentences have none of the words any rule needs: one scan settles that.
  if (!c.gate.test(lower)) return YEAR_DIGITS.test(sentence) ? bareYears(sentence, offset, ref === null ? null : partsOf(ref)[0]) : [];
  const present = presentWords(lower, c.wordBits);
  const out: TimemlCandidate[] = [];
  const refYear = ref === null ? null : partsOf(ref)[0];

  if ((present & W_REFERENCE) !== 0) for (const m of wordMatches(sentence, c.reference)) {
    // A capital inside a sentence is a name ("Shar-e Now", "Current Affairs").
    if (/^[A-Z]/.test(m[0]) && !/^[\s"'“‘(_-]*$/.test(sentence.slice(0, m.index))) continue;
    const value = lex.references[m[0].toLowerCase().replace(/\s+/g, ' ')];
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value }, `timeml:reference:${value.toLowerCase()}`, null, 'range', true);
  }

  if ((present & W_UNIT) !== 0) for (const m of durationMatches(sentence, c.duration)) {
    const count = countOf(m[2]);
    const unit = unitOf(m[3]);
    if (count === null || unit === null || count === 0) continue;
    const plural = /s$/i.test(m[3]);
    const hyphen = !/\s/.test(sentence.slice(m.index + m[0].length - m[3].length - 1, m.index + m[0].length - m[3].length));
    if (count === 'X' && !plural && !hyphen) continue;
    // "a second attack", "a quarter of the vote", "three-quarters": ordinals and fractions.
    if ((unit.letter === 'S' || unit.letter === 'Q') && (typeof count !== 'number' || count === 1 || hyphen)) continue;
    // "60 Minutes" inside a sentence is a title; "52 years old" an age.
    if (/^[A-Z]/.test(m[3]) && !/^[\s"'“‘(_-]*$/.test(sentence.slice(0, m.index))) continue;
    if (/^[\s-]+old\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    // "a year" as a rate ("$5 a year", "twice a year") is no duration.
    if (/^an?$/i.test(m[2]) && /(?:\d%?|percent|cents?|times|once|twice|per)\s*$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const end = m.index + m[0].length;
    if (m[4] && /^(?:a|one)$/i.test(m[2]) && /^years?$/i.test(m[3])) continue; // "a year earlier": the anchored rule
    if (m[4] === undefined && /^\s+ago\b/i.test(sentence.slice(end))) continue; // chrono's "two years ago"
    const value = durationValue(count, unit);
    pushCandidate(out, offset, m.index, end, { type: 'DURATION', value }, `timeml:duration:${unit.letter.toLowerCase()}${m[1] ? `:${m[1].toLowerCase()}` : ''}`);
  }

  if ((present & W_BARE_PLURAL) !== 0) for (const m of sentence.matchAll(c.barePlural)) {
    const unit = unitOf(m[1]);
    if (!unit) continue;
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DURATION', value: durationValue('X', unit) }, 'timeml:duration:vague');
  }

  if ((present & W_SET) !== 0) for (const m of wordMatches(sentence, c.set)) {
    const word = m[0].toLowerCase();
    // "daily" before a noun is usually a title ("a daily newspaper") unless it is a rate.
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'SET', value: lex.sets[word] }, `timeml:set:${word}`);
  }

  if ((present & W_EVERY) !== 0) for (const m of wordMatches(sentence, c.every)) {
    let value: string;
    if (m[2]) {
      const unit = unitOf(m[2]);
      if (!unit) continue;
      value = durationValue(m[1]?.toLowerCase() === 'other' ? 2 : 1, unit);
    } else {
      const stems = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
      const d = stems.indexOf(m[3].toLowerCase().replace(/day$/, '')) + 1;
      const part = m[4] ? { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' }[m[4].toLowerCase()] : '';
      value = `XXXX-WXX-${d}${part ?? ''}`;
    }
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'SET', value }, 'timeml:set:every');
  }

  if ((present & W_QUARTER) !== 0) for (const m of wordMatches(sentence, c.quarter)) {
    const q = lex.quarterOrdinals[m[3].toLowerCase()];
    if (!q) continue;
    const lead = sentence.slice(m.index, m.index + m[0].length).toLowerCase();
    const mods = (m[2] ?? '').toLowerCase();
    let year: number | null = m[1] ? Number(m[1]) : m[4] ? Number(m[4]) : null;
    if (year === null && refYear !== null && ref !== null) {
      year = /^this year's/.test(lead)
        ? refYear
        : /^last year's/.test(lead)
          ? refYear - 1
          : /^next year's/.test(lead)
            ? refYear + 1
            : latestQuarterYear(ref, q) - (/year-(?:earlier|ago)/.test(mods) ? 1 : 0);
    }
    if (year === null) continue;
    const explicit = Boolean(m[1] || m[4]);
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: `${year}-Q${q}` }, `timeml:quarter${explicit ? '' : ':implicit'}`, quarterSpan(year, q), 'range', !explicit);
  }

  if ((present & W_THE_QUARTER) !== 0) for (const m of wordMatches(sentence, c.theQuarter)) {
    const mods = m[1].toLowerCase();
    const noun = m[2].toLowerCase();
    const yearEarlier = /year-(?:earlier|ago)/.test(mods);
    if (noun === 'period' && !yearEarlier) continue;
    if (ref === null) continue;
    const [y, q] = quarterOf(ref);
    if (/current/.test(mods) || /^this\b/i.test(m[0])) {
      if (yearEarlier) continue;
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: `${y}-Q${q}` }, 'timeml:quarter:current', quarterSpan(y, q), 'range', true);
    } else if (yearEarlier) {
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', anchor: 'year-earlier-quarter', fallback: shiftQuarter(previousQuarter(ref)) }, 'timeml:quarter:year-earlier');
    } else if (/previous|prior|past/.test(mods)) {
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: previousQuarter(ref) }, 'timeml:quarter:previous');
    } else {
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', anchor: 'quarter', fallback: previousQuarter(ref) }, 'timeml:quarter:anaphoric');
    }
  }

  if ((present & W_HALF) !== 0) for (const m of wordMatches(sentence, c.half)) {
    let year = m[2] ? Number(m[2]) : null;
    if (year === null) {
      if (refYear === null) continue;
      const rel = m[3].toLowerCase();
      year = refYear + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    }
    const h = m[1].toLowerCase() === 'first' ? 1 : 2;
    const span: [number, number] = h === 1 ? [dayOf(year, 1, 1), dayOf(year, 6, 30)] : [dayOf(year, 7, 1), dayOf(year, 12, 31)];
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: `${year}-H${h}` }, 'timeml:half', span, 'range', !m[2]);
  }

  if ((present & W_FISCAL) !== 0) for (const m of wordMatches(sentence, c.fiscal)) {
    const given = m[1] ?? m[2];
    if (!given && !m[3]) continue; // "the fiscal year" alone: which one is the story's business
    const year = given ? Number(given) : refYear;
    if (year === null) continue;
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: String(year) }, 'timeml:fiscal-year', [dayOf(year, 1, 1), dayOf(year, 12, 31)], 'year', !given);
  }

  if ((present & W_SEASON) !== 0) for (const m of wordMatches(sentence, c.season)) {
    const mod = m[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
    const word = m[2].toLowerCase();
    const code = lex.seasons[word];
    const explicit = m[3] ? Number(m[3]) : null;
    // "fall" and "spring" are verbs and nouns ("the fall of Kabul"); every season word needs a
    // determiner, a preposition or a year to be a season.
    if (mod === null && explicit === null) continue;
    if (explicit === null && /^\s+of\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    if ((word === 'fall' || word === 'spring') && explicit === null && !/^(?:this past|this|last|next|early|late|mid)$/.test(mod ?? '')) continue;
    let year = explicit;
    if (year === null) {
      if (refYear === null || ref === null) continue;
      const begins = seasonSpan(refYear, code)[0];
      year = mod === 'last' ? refYear - 1 : mod === 'next' ? (begins <= ref ? refYear + 1 : refYear) : refYear;
    }
    // Prepositions are not part of the extent.
    const skip = mod && /^(?:in|during|until|by|since)$/.test(mod) ? m[0].length - m[0].slice(m[1].length).trimStart().length : 0;
    pushCandidate(out, offset, m.index + skip, m.index + m[0].length, { type: 'DATE', value: `${year}-${code}` }, `timeml:season${explicit === null ? ':relative' : ''}`, seasonSpan(year, code), 'range', explicit === null);
  }

  if (ref !== null && refYear !== null && (present & W_LAST_THIS_NEXT) !== 0 && (present & W_MONTH) !== 0) {
    const [, refMonth] = partsOf(ref);
    for (const m of sentence.matchAll(c.monthRelative)) {
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      const mod = m[1].toLowerCase().replace(/\s+/g, ' ');
      let year = refYear;
      if (mod === 'last' || mod === 'this past') {
        // "last April" in October is this year's; "last February" in March is a year back
        // (the month just gone would be "last month").
        const back = (refMonth - month + 12) % 12;
        year = month < refMonth && (back >= 2 || mod === 'this past') ? refYear : refYear - 1;
      } else if (mod === 'next' || mod === 'this coming') {
        year = month > refMonth ? refYear : refYear + 1;
      }
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}` }, `timeml:month:${mod.replace(/ /g, '-')}`, [dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month))], 'month', true);
    }
    for (const m of sentence.matchAll(c.monthOfYear)) {
      const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
      const rel = m[2].toLowerCase();
      const year = refYear + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}` }, `timeml:month:of-${rel}-year`, [dayOf(year, month, 1), dayOf(year, month, daysInMonth(year, month))], 'month', true);
    }
  }

  if ((present & W_YEAR) !== 0 && (present & W_EARLIER) !== 0) for (const m of wordMatches(sentence, c.yearEarlier)) {
    const quarterish = /quarter|period|months?/i.test(m[0]);
    const fallback = ref === null ? null : quarterish ? shiftQuarter(previousQuarter(ref)) : String(partsOf(ref)[0] - 1);
    pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', anchor: quarterish ? 'year-earlier-quarter' : 'year-earlier', fallback }, 'timeml:year-earlier');
  }

  if (ref !== null && refYear !== null && (present & W_YEAR) !== 0 && (present & W_THE) !== 0) {
    for (const m of sentence.matchAll(c.theYear)) {
      if (m[1]) {
        pushCandidate(out, offset, m.index, m.index + m[0].length - m[1].length, { type: 'DURATION', value: 'P1Y' }, 'timeml:the-year:ended');
      } else {
        pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', value: String(refYear) }, 'timeml:the-year', [dayOf(refYear, 1, 1), dayOf(refYear, 12, 31)], 'year', true);
      }
    }
  }
  if (ref !== null && refYear !== null && (present & W_YEAR) !== 0 && (present & W_END) !== 0) {
    for (const m of sentence.matchAll(c.yearEnd)) {
      const y = /^since\s/i.test(m[0]) ? refYear - 1 : refYear;
      const at = m[0].length - m[1].length;
      pushCandidate(out, offset, m.index + at, m.index + m[0].length, { type: 'DATE', value: `${y}-12-31` }, 'timeml:year-end', [dayOf(y, 12, 31), dayOf(y, 12, 31)], 'day', true);
    }
  }

  if ((present & W_STORY) !== 0) {
    for (const m of wordMatches(sentence, c.storyRelative)) {
      const rel = (m[1] ?? m[2]).toLowerCase().replace(/^the\s+/, '');
      const unit = m[3].toLowerCase() as 'day' | 'month' | 'year';
      const shift = /^(?:following|next)$/.test(rel) ? 1 : /^(?:previous|preceding)$/.test(rel) ? -1 : 0;
      pushCandidate(out, offset, m.index, m.index + m[0].length, { type: 'DATE', anchor: 'story', unit, shift, fallback: null }, `timeml:story:${rel}-${unit}`);
    }
  }

  if (YEAR_DIGITS.test(sentence)) for (const y of bareYears(sentence, offset, refYear)) out.push(y);
  return out;
}

/** A year-like number with no cue before it, used as a modifier ("the 1996 law", "1990 earnings"). */
function bareYears(sentence: string, offset: number, refYear: number | null): TimemlCandidate[] {
  const out: TimemlCandidate[] = [];
  for (const m of sentence.matchAll(compile().bareYear)) {
    const year = Number(m[1]);
    if (refYear !== null && year > refYear + 30) continue;
    const after = sentence.slice(m.index + 4, m.index + 40);
    const next = /^\s+([A-Za-z][\w'-]*)/.exec(after);
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    const determiner = /(?:\b(?:the|a|an|its|their|his|her|our|both|and|or|to|for|in|of|from|by|since|until|through|than)|'s|’s)\s+$/i.test(before);
    // A modifier before a word that is not a count ("the 1996 law", "1990 earnings", not "2000
    // shares"), or a year closing a clause after a determiner or preposition ("between 1994 and 1997.").
    const modifier =
      next !== null &&
      !isCountNoun(next[1]) &&
      !/^(?:to|and|or|of|more|less|than|were|are|have|had|who|percent|per)$/i.test(next[1]) &&
      !(/^[a-z]+s$/.test(next[1]) && !determiner);
    const closing = next === null && determiner && /^\s*(?:[.,;:)'"”]|$)/.test(after);
    if (!modifier && !closing) continue;
    out.push({
      start: offset + m.index,
      end: offset + m.index + 4,
      hint: { type: 'DATE', value: m[1] },
      span: [dayOf(year, 1, 1), dayOf(year, 12, 31)],
      precision: 'year',
      relative: false,
      rule: 'timeml:year',
    });
  }
  return out;
}

function shiftQuarter(q: string): string {
  const m = /^(\d{4})-Q(\d)$/.exec(q)!;
  return `${Number(m[1]) - 1}-Q${m[2]}`;
}
