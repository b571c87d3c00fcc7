// Language identification for incoming articles. We only analyse English, so the job is to reject
// text that is clearly something else without ever rejecting English that merely looks odd:
// headlines, and GTD/ACLED-style summaries dense with names ("TTP", "Khyber Pakhtunkhwa") that
// fool character-trigram models. Two signals are combined:
//   1. the writing system: text mostly in a non-Latin script cannot be English;
//   2. for Latin script, the share of function words of a handful of major languages, which is
//      robust to proper nouns; franc-min's trigram model decides only when those are silent.
// Too little text to tell means English with low confidence, never a rejection.

import { francAll } from 'franc-min';
import { CorroborateError } from '../model/errors.ts';
import { readDataJson } from '../gazetteer/load.ts';

const LANGUAGE_DATA = readDataJson<{ functionWords: Record<string, string[]>; iso639_3to1: Record<string, string> }>(
  'lexicons/languages.json',
);

export interface LanguageGuess {
  /** BCP 47 tag: ISO 639-1 where one exists ("en", "fr"), else ISO 639-3 ("pbu"), or "und-Arab" style. */
  language: string;
  /** 0..1; low when the text was too short or the signals disagreed. */
  confidence: number;
}

/** Only this much of the text is examined: enough to decide, cheap on long articles. */
const SAMPLE_CHARS = 2000;
/** Below this many Latin words the text is "too short to tell" unless foreign evidence is strong. */
const MIN_WORDS = 20;
/** A non-Latin script must cover more than this share of the letters to decide on its own. */
const SCRIPT_MAJORITY = 0.5;
/** franc-min's score for English (relative to the winner's 1.0) above which we keep English. */
const ENGLISH_TRIGRAM_FLOOR = 0.75;
/** Confidence reported when English is assumed for lack of evidence. */
const ASSUMED_CONFIDENCE = 0.1;

// Function words: closed-class, frequent, and rarely proper nouns. Words shared between languages
// ("a", "in", "die") count for each language that has them; the comparison is relative.
const STOPWORDS: Record<string, readonly string[]> = LANGUAGE_DATA.functionWords;

const STOPWORD_SETS: Array<[string, Set<string>]> = Object.entries(STOPWORDS).map(
  ([lang, words]) => [lang, new Set(words)],
);

/** franc-min answers in ISO 639-3; map the ones that have a two-letter code. */
const ISO_639_1: Record<string, string> = LANGUAGE_DATA.iso639_3to1;

/** Scripts other than Latin that we recognise, with their ISO 15924 codes for "und-Xxxx". */
const SCRIPTS: Array<[string, RegExp]> = [
  ['Arab', /\p{Script=Arabic}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
];

const LETTER = /\p{L}/u;
const BELOW_U0250 = /^[\u0000-\u024f]*$/;
const LATIN = /\p{Script=Latin}/u;
const LATIN_WORD = /[\p{Script=Latin}\p{M}]+(?:['’][\p{Script=Latin}]+)?/gu;

export function detectLanguage(text: string): LanguageGuess {
  const sample = takeSample(text);
  const script = dominantScript(sample);
  if (script !== 'Latn') return guessNonLatin(sample, script);

  const counts = functionWordCounts(sample);
  const words = counts.words;
  const en = ratioOf(counts, ENGLISH);
  let bestOther = 'und';
  let bestOtherRatio = 0;
  for (let li = 0; li < STOPWORD_SETS.length; li++) {
    const ratio = ratioOf(counts, li);
    if (li !== ENGLISH && ratio > bestOtherRatio) {
      bestOther = STOPWORD_SETS[li][0];
      bestOtherRatio = ratio;
    }
  }

  if (words < MIN_WORDS) {
    // A headline: only reject on unmistakable foreign function words and no English ones.
    const foreignHits = Math.round(bestOtherRatio * words);
    if (en === 0 && foreignHits >= 3 && bestOtherRatio >= 0.25 && francTop(sample) === bestOther) {
      return { language: bestOther, confidence: round(0.5 * bestOtherRatio) };
    }
    return { language: 'en', confidence: ASSUMED_CONFIDENCE };
  }

  const lengthFactor = Math.min(1, words / 60);
  if (en >= 0.08 && en >= bestOtherRatio) {
    return { language: 'en', confidence: round(lengthFactor * separation(en, bestOtherRatio)) };
  }
  if (bestOtherRatio >= 0.1 && bestOtherRatio > en) {
    return { language: bestOther, confidence: round(lengthFactor * separation(bestOtherRatio, en)) };
  }
  // Function words say little (name-heavy English, or a language without a list above).
  const ranked = francAll(sample);
  const top = ranked[0][0];
  if (top === 'eng' || top === 'und') return { language: 'en', confidence: ASSUMED_CONFIDENCE };
  const engScore = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  // Lists of names give trigram scores that barely separate (English ~0.8 of the winner's);
  // real text in another language puts English far behind (~0.5-0.65).
  if (engScore >= ENGLISH_TRIGRAM_FLOOR) return { language: 'en', confidence: ASSUMED_CONFIDENCE };
  return { language: ISO_639_1[top] ?? top, confidence: round(lengthFactor * Math.min(1, 2 * (1 - engScore))) };
}

/**
 * Throws E_LANGUAGE, naming the input and the detected language, unless the text is English.
 * Returns the guess so callers can record the confidence.
 */
export function requireEnglish(text: string, name: string): LanguageGuess {
  const guess = detectLanguage(text);
  if (guess.language !== 'en') {
    throw new CorroborateError(
      'E_LANGUAGE',
      `${name}: the text appears to be ${describeLanguage(guess.language)}, not English; ` +
        `only English articles can be analysed`,
    );
  }
  return guess;
}

/** "French (fr)", "Pashto (ps)", "an unidentified language in Arabic script (und-Arab)". */
export function describeLanguage(tag: string): string {
  try {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    if (tag.startsWith('und-')) {
      const scriptNames = new Intl.DisplayNames(['en'], { type: 'script', fallback: 'code' });
      return `an unidentified language in ${scriptNames.of(tag.slice(4))} script (${tag})`;
    }
    const name = names.of(tag);
    if (name && name !== tag) return `${name} (${tag})`;
  } catch {
    // Intl without full ICU data, or a tag it cannot parse: the bare tag still says enough.
  }
  return tag;
}

function takeSample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', SAMPLE_CHARS);
  return text.slice(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
}

/** 'Latn', or the ISO 15924 code of a non-Latin script covering most letters of the sample. */
function dominantScript(sample: string): string {
  // Every character the loop below counts as a letter under U+0250 it also counts as Latin, so
  // a sample with nothing above that is Latin whatever it holds: one native scan decides it.
  if (BELOW_U0250.test(sample)) return 'Latn';
  let letters = 0;
  let latin = 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // Fast path for ASCII and Latin-1/Extended letters, which is nearly all of English news.
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
      letters++;
      latin++;
      continue;
    }
    if (code < 0x250) continue;
    const ch = String.fromCodePoint(sample.codePointAt(i)!);
    if (ch.length === 2) i++;
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) {
      latin++;
      continue;
    }
    const script = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Zyyy';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters === 0 || latin / letters >= 1 - SCRIPT_MAJORITY) return 'Latn';
  let best = 'Zyyy';
  let bestCount = -1;
  for (const [script, count] of counts) {
    if (count > bestCount) [best, bestCount] = [script, count];
  }
  return best;
}

function guessNonLatin(sample: string, script: string): LanguageGuess {
  const ranked = francAll(sample);
  const [top, score] = ranked[0];
  if (top === 'und') return { language: `und-${script}`, confidence: 0.9 };
  const second = ranked[1]?.[1] ?? 0;
  // The script alone rules out English; which language it is matters only for the message.
  return { language: ISO_639_1[top] ?? top, confidence: round(Math.max(0.9, score - second)) };
}

/** Each function word with the indexes (in STOPWORD_SETS) of the languages that have it, so a word costs one lookup. */
const LANGUAGES_OF_WORD = new Map<string, number[]>();
STOPWORD_SETS.forEach(([, set], li) => {
  for (const w of set) LANGUAGES_OF_WORD.set(w, [...(LANGUAGES_OF_WORD.get(w) ?? []), li]);
});
/** Lower-casing never shortens a string, so a longer word cannot be a function word. */
const LONGEST_WORD = Math.max(0, ...[...LANGUAGES_OF_WORD.keys()].map((w) => w.length));
const ENGLISH = STOPWORD_SETS.findIndex(([lang]) => lang === 'en');

/** How many words the sample has (as LATIN_WORD cuts them), and how many are function words of each language. */
interface FunctionWordCounts {
  words: number;
  /** By index in STOPWORD_SETS. */
  hits: number[];
}

function ratioOf(counts: FunctionWordCounts, li: number): number {
  return counts.words === 0 ? 0 : counts.hits[li] / counts.words;
}

function functionWordCounts(sample: string): FunctionWordCounts {
  if (ASCII.test(sample)) return asciiFunctionWordCounts(sample);
  const words = sample.match(LATIN_WORD) ?? [];
  const hits = new Array<number>(STOPWORD_SETS.length).fill(0);
  for (const word of words) {
    if (word.length > LONGEST_WORD) continue;
    const langs = LANGUAGES_OF_WORD.get(word.toLowerCase());
    if (langs) for (const li of langs) hits[li]++;
  }
  return { words: words.length, hits };
}

// In ASCII text a LATIN_WORD is [A-Za-z]+ with at most one "'" + [A-Za-z]+ after it, and
// lower-casing is A-Z to a-z: words are counted and looked up in place, by a hash of their
// letters, without cutting a string out of the sample for each.

const ASCII = /^[\x00-\x7f]*$/;

interface FunctionWord {
  word: string;
  langs: number[];
  /** wordHash(word). */
  hash: number;
}

/**
 * Function words by the low bits of their wordHash (an array slot, not a map lookup per word of
 * the sample), each with its whole hash and the languages that have it.
 */
const HASH_SLOTS = 4096;
const FUNCTION_WORDS_BY_HASH: Array<FunctionWord[] | undefined> = new Array<FunctionWord[] | undefined>(HASH_SLOTS).fill(undefined);
for (const [word, langs] of LANGUAGES_OF_WORD) {
  const hash = wordHash(word, 0, word.length);
  const slot = hash & (HASH_SLOTS - 1);
  (FUNCTION_WORDS_BY_HASH[slot] ??= []).push({ word, langs, hash });
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A hash of the lower-cased letters, kept to 30 bits so it stays a small integer (no boxing). */
function wordHash(s: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + lowerAscii(s.charCodeAt(i))) & 0x3fffffff;
  return h;
}

function asciiFunctionWordCounts(sample: string): FunctionWordCounts {
  const hits = new Array<number>(STOPWORD_SETS.length).fill(0);
  const n = sample.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // wordHash(sample, start, i), reckoned as the word is read. Past the end `ch` is 0, not
    // charCodeAt's NaN, so that it stays a small integer.
    let h = 0;
    let ch = sample.charCodeAt(i);
    while (isAsciiLetter(ch)) {
      h = (Math.imul(h, 31) + lowerAscii(ch)) & 0x3fffffff;
      ch = ++i < n ? sample.charCodeAt(i) : 0;
    }
    if (ch === 39 && i + 1 < n && isAsciiLetter(sample.charCodeAt(i + 1))) {
      h = (Math.imul(h, 31) + 39) & 0x3fffffff;
      ch = sample.charCodeAt(++i);
      while (isAsciiLetter(ch)) {
        h = (Math.imul(h, 31) + lowerAscii(ch)) & 0x3fffffff;
        ch = ++i < n ? sample.charCodeAt(i) : 0;
      }
    }
    words++;
    if (i - start > LONGEST_WORD) continue;
    const candidates = FUNCTION_WORDS_BY_HASH[h & (HASH_SLOTS - 1)];
    if (candidates === undefined) continue;
    for (let c = 0; c < candidates.length; c++) {
      if (candidates[c].hash !== h || !sameLowered(sample, start, i, candidates[c].word)) continue;
      const langs = candidates[c].langs;
      for (let k = 0; k < langs.length; k++) hits[langs[k]]++;
    }
  }
  return { words, hits };
}

/** sample[from, to) lower-cased equals w. */
function sameLowered(sample: string, from: number, to: number, w: string): boolean {
  if (to - from !== w.length) return false;
  for (let k = 0; k < w.length; k++) if (lowerAscii(sample.charCodeAt(from + k)) !== w.charCodeAt(k)) return false;
  return true;
}

function francTop(sample: string): string {
  const top = francAll(sample, { minLength: 3 })[0][0];
  return ISO_639_1[top] ?? top;
}

/** How clearly the winner's function-word share beats the runner-up's, 0.5..1. */
function separation(winner: number, runnerUp: number): number {
  return Math.min(1, 0.5 + 2.5 * Math.max(0, winner - runnerUp));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
