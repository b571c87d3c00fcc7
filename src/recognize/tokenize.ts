// One tokenizer for the text and for gazetteer aliases, so both are cut the same way.
// Words keep inner hyphens and apostrophes ("IS-KP", "Mazar-i-Sharif"); a trailing possessive
// ('s or ’s) becomes its own token so "Kabul’s" matches the alias "Kabul".

export interface RawToken {
  start: number;
  end: number;
  lower: string;
}

/**
 * What a token is, at each character that is not white space: a number with thousands
 * separators not run on into a word ("1,200", "12,500.5"), else a word (letters and digits
 * joined by single - ' ’ or .), else one other character. The scanner below cuts exactly these
 * matches, without a match object per token; tokenize.test.ts holds the two to each other.
 */
export const TOKEN_PATTERN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  scanTokens(text, from, to, out, -1);
  return out;
}

/**
 * Appends the tokens of text[from, to) to `out`, each tagged with `sentence`: those that start
 * in it, up to the first that runs past `to` (the tokens of one sentence).
 */
export function tokenizeInto<T extends RawToken>(text: string, from: number, to: number, sentence: number, out: T[]): void {
  scanTokens(text, from, to, out as RawToken[], sentence, to);
}

function scanTokens(text: string, from: number, to: number, out: RawToken[], sentence: number, limit = Infinity): void {
  const n = text.length;
  // As a 'u' regex does, a start inside a surrogate pair moves back to the pair.
  let i = from > 0 && widthAt(text, from - 1) === 2 ? from - 1 : from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && classOf(text, i) === SPACE)) {
      i++; // every white-space character is one UTF-16 unit
      continue;
    }
    const start = i;
    if (start >= to) return;
    let end = c >= 48 && c <= 57 ? groupedNumberEnd(text, i) : -1;
    if (end < 0) end = classOf(text, i) === LETTER_OR_DIGIT ? wordEnd(text, i) : i + widthAt(text, i);
    i = end;
    const word = text.slice(start, end);
    if (word.length > 2 && isPossessive(word)) {
      if (end - 2 > limit) return;
      push(out, start, end - 2, normalizeToken(word.slice(0, -2)), sentence);
      if (end > limit) return;
      push(out, end - 2, end, "'s", sentence);
    } else {
      if (end > limit) return;
      push(out, start, end, normalizeToken(word), sentence);
    }
  }
}

function push(out: RawToken[], start: number, end: number, lower: string, sentence: number): void {
  if (sentence >= 0) out.push({ start, end, lower, sentence } as RawToken);
  else out.push({ start, end, lower });
}

/** Lower-case and fold typographic apostrophes so "Kabul’s" and "Kabul's" look alike. */
export function normalizeToken(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf('’') < 0 ? lower : lower.replace(/’/g, "'");
}

/** 's or ’s at the end (any case of the s). */
function isPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const q = word.charCodeAt(word.length - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

// ---------------------------------------------------------------------------------------------
// Character classes of TOKEN_PATTERN: \p{L} or \p{N}, white space (\s), or anything else. The
// pattern works on code points ('u'), so a surrogate pair is one character of two units.

const OTHER = 0;
const LETTER_OR_DIGIT = 1;
const SPACE = 2;

const LETTER_OR_DIGIT_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** Class + 1 of each BMP code unit, filled on first sight (0: not yet looked at). */
const BMP_CLASS = new Uint8Array(0x10000);

function classify(ch: string): number {
  return LETTER_OR_DIGIT_CHAR.test(ch) ? LETTER_OR_DIGIT : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return LETTER_OR_DIGIT;
    return c === 32 || (c >= 9 && c <= 13) ? SPACE : OTHER;
  }
  if (widthAt(text, i) === 2) return classify(text.slice(i, i + 2));
  let k = BMP_CLASS[c];
  if (k === 0) BMP_CLASS[c] = k = classify(String.fromCharCode(c)) + 1;
  return k - 1;
}

/** 2 for a surrogate pair, else 1 (a lone surrogate is a character of its own). */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN past the end
  return c >= 48 && c <= 57;
}

function letterOrDigitAt(text: string, i: number): boolean {
  return i < text.length && classOf(text, i) === LETTER_OR_DIGIT;
}

/**
 * End of `\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])` matched at p, or -1, with the regex's
 * backtracking: a number run on into a word ("1,234,567a") gives up its last group.
 */
function groupedNumberEnd(text: string, p: number): number {
  let k = p;
  while (k - p < 4 && isDigit(text, k)) k++;
  if (k - p > 3) return -1;
  let q = k;
  let previous = -1;
  while (text.charCodeAt(q) === 44 && isDigit(text, q + 1) && isDigit(text, q + 2) && isDigit(text, q + 3)) {
    previous = q;
    q += 4;
  }
  if (previous < 0) return -1;
  if (text.charCodeAt(q) === 46 && isDigit(text, q + 1)) {
    let r = q + 2;
    while (isDigit(text, r)) r++;
    if (!letterOrDigitAt(text, r)) return r;
  }
  if (!letterOrDigitAt(text, q)) return q;
  // One group fewer ends before a comma, which no letter or digit follows; none is no number.
  return previous > k ? previous : -1;
}

/** End of `[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*` matched at p (a letter or digit). */
function wordEnd(text: string, p: number): number {
  const n = text.length;
  let k = p;
  for (;;) {
    while (k < n && classOf(text, k) === LETTER_OR_DIGIT) k += widthAt(text, k);
    const c = text.charCodeAt(k);
    if ((c === 45 || c === 39 || c === 0x2019 || c === 46) && letterOrDigitAt(text, k + 1)) k++;
    else return k;
  }
}
