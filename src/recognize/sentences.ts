import type { Sentence } from '../model/types.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { longestFirst, phraseSource } from './regex.ts';

// Sentence and heading boundaries. A line is a paragraph; a short line without final
// punctuation is a heading, which is never split and never becomes a claim. Whether the full
// stop of an abbreviation ends a sentence depends on its class in data/lexicons/abbreviations.json.

const MAX_HEADING_WORDS = 14;
const FINAL_PUNCT = /[.!?…:;"”’)\]]$/;
// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
// and a capital, digit or opening quote.
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** How the full stop of an abbreviation relates to a sentence end (data/lexicons/abbreviations.json). */
type AbbreviationClass = 'neverFinal' | 'finalBeforeCapital' | 'finalBeforeSentenceStart';

interface AbbreviationFile {
  neverFinal: string[];
  finalBeforeCapital: string[];
  finalBeforeSentenceStart: string[];
  sentenceStarters: string[];
}

interface Abbreviations {
  classOf: ReadonlyMap<string, AbbreviationClass>;
  sentenceStarters: ReadonlySet<string>;
}

let abbreviations: Abbreviations | null = null;

function loadAbbreviations(): Abbreviations {
  if (abbreviations) return abbreviations;
  const file = readDataJson<AbbreviationFile>('lexicons/abbreviations.json');
  const classOf = new Map<string, AbbreviationClass>();
  for (const cls of ['neverFinal', 'finalBeforeCapital', 'finalBeforeSentenceStart'] as const) {
    // Keyed as the text before the final stop, lower-cased: "p.m." -> "p.m".
    for (const a of file[cls]) classOf.set(a.toLowerCase().replace(/\.$/, ''), cls);
  }
  abbreviations = { classOf, sentenceStarters: new Set(file.sentenceStarters.map((w) => w.toLowerCase())) };
  return abbreviations;
}

export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return false;
  if (FINAL_PUNCT.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // "UPDATE 1-Blast near polio workers kills 2": an agency's slug is no word of the line, and
    // run on to the first word by its hyphen it would hide that word ("1-Blast").
    const from = lineStart + wirePrefixLength(text, lineStart, lineEnd);
    const line = text.slice(from, lineEnd);
    if (line.trim().length > 0) {
      const heading = isHeadingLine(line);
      for (const [a, b] of slugParts(text, from, lineEnd)) {
        const part = text.slice(a, b);
        if (part.trim().length === 0) continue;
        if (heading) out.push(trimSpan(text, a, b, true, paragraph));
        else splitLine(text, part, a, paragraph, out);
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out.length > 0 && out.every((s) => s.heading) && out.some((s) => s.paragraph === out[0].paragraph && saysSomething(text.slice(s.start, s.end))) ? withHeadlineRead(text, out) : out;
}

/**
 * A text of heading lines only (a headline alone, a feed item with only a title: "Six soldiers
 * killed in clash in Pakistan's Orakzai Agency") would make no claim and no event. Its first
 * heading is its headline and says what the text reports, so it is read as a sentence; the
 * others stay headings. A text with any body sentence keeps all its headings, and a heading that
 * only says where ("Bara", "Kago Kamar area, Upper Orakzai": a feed item whose title is empty) is
 * no headline (saysSomething).
 */
function withHeadlineRead(text: string, out: Sentence[]): Sentence[] {
  // The first line's headings: one, or the items a slug after a ";" cut it into (slugParts), of
  // which one that says nothing ("Karachi (Reuters)") stays a heading.
  const first = out.filter((s) => s.paragraph === out[0].paragraph);
  const read: Sentence[] = [];
  for (const h of first) {
    if (first.length > 1 && !saysSomething(text.slice(h.start, h.end))) read.push(h);
    else splitLine(text, text.slice(h.start, h.end), h.start, h.paragraph, read);
  }
  return [...read, ...out.slice(first.length)];
}

let placeLineWords: ReadonlySet<string> | null = null;
let presentVerbs: ReadonlySet<string> | null = null;

/**
 * True when a line holds a lower-case word with a verb's or a plural's ending (-ed, -s, -ing) that
 * is no place word or joiner (data/lexicons/place-line-words.json, with their plurals): "Six
 * soldiers killed in clash in Orakzai", "Air-strikes kill 42 militants", not "Peer Koh area of
 * Dera Bugti district", "Matta police station", "Miranshah, the main town in North Waziristan".
 * (A headline in title case, "Gunmen Ambush Police Convoy in Kurram", says nothing by this test
 * and stays a heading.)
 */
function saysSomething(line: string): boolean {
  if (!placeLineWords) {
    const file = readDataJson<{ words: string[]; presentVerbs: string[] }>('lexicons/place-line-words.json');
    placeLineWords = withPlurals(file.words);
    presentVerbs = new Set(file.presentVerbs);
  }
  digestTitles ??= loadDigestTitles();
  // (Session 18, news35) A digest's title states nothing but by a past form ("Six soldiers killed
  // in Orakzai: timeline"); its plurals and -ing words are what it collects ("attacks", "incidents").
  const digest = isDigestTitle(line, digestTitles);
  for (const w of line.split(/[^\p{L}'’-]+/u)) {
    // (Session 18, news36) "Gunmen kill three in Quetta": an event verb in the present tense.
    if (!digest && presentVerbs!.has(w)) return true;
    if (w.length < 3 || !/^\p{Ll}/u.test(w) || !/(?:ed|s|ing)$/u.test(w)) continue;
    if (digest && !w.endsWith('ed')) continue;
    if (!placeLineWords.has(w.replace(/['’]s$/, '')) && !digestTitles.words.has(w)) return true;
  }
  return false;
}

let digestTitles: { nouns: RegExp; words: ReadonlySet<string> } | null = null;

function loadDigestTitles(): { nouns: RegExp; words: ReadonlySet<string> } {
  const file = readDataJson<{ nouns: string[]; words: string[] }>('lexicons/digest-titles.json');
  return { nouns: new RegExp(`(?:^|[^\\p{L}-])(?:${longestFirst(file.nouns, (p) => phraseSource(p))})(?![\\p{L}-])`, 'iu'), words: new Set(file.words) };
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date alone after a title's colon: "…: 2014", "…: March 2024" (not after a comma: "Taliban attack checkpost in Kurram, 12 March" says what). */
const DATE_TAIL = new RegExp(`:\\s*(?:\\d{4}|(?:\\d{1,2}\\s+)?${MONTH}\\.?(?:\\s+\\d{1,2})?(?:,?\\s+\\d{2}(?:\\d{2})?)?)\\s*$`, 'i');

/** "Pakistan: Daily security roundup, 12 March", "Incidents and Statements involving TTP: 2014": a digest's noun, or a period after the title. */
function isDigestTitle(line: string, d: { nouns: RegExp }): boolean {
  return d.nouns.test(line) || DATE_TAIL.test(line);
}

function withPlurals(words: readonly string[]): ReadonlySet<string> {
  const out = new Set(words);
  for (const w of words) out.add(/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  return out;
}

/**
 * (Session 18, news35) "Karachi (Reuters); UPDATE 2-Gunmen kill three in Quetta", "…;CORRECTED-UPDATE
 * 1-Roadside bomb …": a slug after a ";" opens another agency item joined on the line; the line is
 * cut there into parts, each a heading or sentences as the whole line is, and the slug is in none
 * of them (run on to its first word by its hyphen it would hide it: "2-Gunmen"). The parts of a
 * line with no such slug: the line itself.
 */
function slugParts(text: string, from: number, to: number): Array<[number, number]> {
  let semi = text.indexOf(';', from);
  if (semi < 0 || semi >= to) return [[from, to]];
  const parts: Array<[number, number]> = [];
  let start = from;
  for (; semi >= 0 && semi < to; semi = text.indexOf(';', semi + 1)) {
    const slug = wirePrefixLength(text, semi + 1, to);
    if (slug === 0) continue;
    parts.push([start, semi]);
    start = semi + 1 + slug;
  }
  parts.push([start, to]);
  return parts;
}

let wirePrefix: RegExp | null = null;

/** The length of the agency slugs ("UPDATE 1-", "REFILE-WRAPUP 2-") that open text[from, to), else 0. */
export function wirePrefixLength(text: string, from: number, to: number): number {
  // Cheap gate: a slug is upper case, so the line's first non-space character is a capital.
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90)) return 0;
  if (!wirePrefix) {
    const { prefixes } = readDataJson<{ prefixes: string[] }>('lexicons/wire-prefixes.json');
    const words = longestFirst(prefixes, (p) => phraseSource(p));
    // Each slug ends in a hyphen or dash right after it or its version number, and a word follows.
    wirePrefix = new RegExp(`^[ \\t]*(?:(?:${words})(?:\\s+\\d{1,2})?\\s?[-–—]\\s?)+(?=["“‘(]?[\\p{Lu}\\p{N}])`, 'u');
  }
  const m = wirePrefix.exec(text.slice(from, Math.min(to, from + 80)));
  return m ? m[0].length : 0;
}

function splitLine(text: string, line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && !abbreviationEndsSentence(line, m.index, end)) continue;
    if (line.slice(start, end).trim().length > 0) {
      out.push(trimSpan(text, offset + start, offset + end, false, paragraph));
    }
    start = end;
  }
  if (line.slice(start).trim().length > 0) {
    out.push(trimSpan(text, offset + start, offset + line.length, false, paragraph));
  }
}

/** Two or three capital initials with stops, the last stop not included ("D.G", "T.T"). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu}){1,2}$/u;
const NEXT_WORD = /\s+["“‘(\[]?(\p{L}+)/uy;
const LETTER_OR_DOT = /[\p{L}.]/u;

/**
 * Whether the code unit at `i` is a letter or a stop, as `/[\p{L}.]/u` tests it: ASCII told by
 * its code, the rest by the pattern. Asked for each character of the word before every stop of a
 * line, where a regex call per character cost more than the answer (session 22, perf23).
 */
function letterOrDot(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (c < 128) return c === 46 || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DOT.test(line[i]);
}

/**
 * Whether a full stop after a word ends the sentence (BOUNDARY has already seen whitespace and
 * a capital, digit or opening quote after it). Only abbreviations can say no.
 */
function abbreviationEndsSentence(line: string, dot: number, after: number): boolean {
  let i = dot;
  while (i > 0 && letterOrDot(line, i - 1)) i--;
  const surface = line.slice(i, dot);
  // Single capital initials ("J. Smith") are not sentence ends.
  if (/^\p{Lu}$/u.test(surface)) return false;
  const { classOf, sentenceStarters } = loadAbbreviations();
  // Initials the lexicon does not list ("D.G. Khan", "T.T. Singh", "R.Y. Khan") are read like
  // "U.S.": they lead into a name, unless a word that opens sentences follows ("by the P.T.I. The").
  // INITIALS needs a stop inside the word: most words before a sentence's stop have none.
  const cls = classOf.get(surface.toLowerCase()) ?? (surface.indexOf('.') > 0 && INITIALS.test(surface) ? 'finalBeforeSentenceStart' : undefined);
  if (cls === undefined) return true;
  if (cls === 'neverFinal') return false;
  NEXT_WORD.lastIndex = after;
  const next = NEXT_WORD.exec(line);
  if (!next || !/^\p{Lu}/u.test(next[1])) return false;
  return cls === 'finalBeforeCapital' || sentenceStarters.has(next[1].toLowerCase());
}

function trimSpan(text: string, start: number, end: number, heading: boolean, paragraph: number): Sentence {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, heading, paragraph };
}
