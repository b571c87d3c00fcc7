import type { ScanToken } from './place-scan-types.ts';

// The casing and shape of a token: capitals, camel case, an article before a capital, all-caps words, digits.

/** "al-Qadeem", "ad-Dawr": an Arabic article before a capitalised name. */
const ARTICLE_PREFIX = /^(al|el|ad|ar|as|ash|at|az|an|ud|ul|ur|ud|de|da|di|la|le)-./;
export const OPENERS = new Set(['"', '“', '‘', "'", ':', '—', '–']);

export function isUpperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function articleThenCapital(text: string, t: ScanToken): boolean {
  const dash = t.lower.indexOf('-');
  return dash > 0 && dash <= 3 && ARTICLE_PREFIX.test(t.lower) && isUpperAt(text, t.start + dash + 1);
}

export function camelCase(text: string, t: ScanToken): boolean {
  if (t.end - t.start <= 2 || !isUpperAt(text, t.start + 1) || isUpperAt(text, t.start + 2)) return false;
  const c = text.charCodeAt(t.start);
  return c >= 97 && c <= 122;
}

export function endsSentence(lower: string): boolean {
  const c = lower.charCodeAt(lower.length - 1);
  return c === 46 || c === 33 || c === 63; // . ! ?
}

export function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function isAllCaps(text: string, t: ScanToken): boolean {
  if (t.end - t.start < 2) return false;
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/**
 * A word next to token k (within two tokens, on its line) has lower-case letters: the text is not
 * in capitals. A line in capitals under a mixed-case one ("Pakistan\nMATTA") is in capitals.
 */
export function mixedCaseNeighbour(text: string, tokens: readonly ScanToken[], k: number): boolean {
  for (const q of [k - 2, k - 1, k + 1, k + 2]) {
    const t = tokens[q];
    if (!t || !isWord(t) || t.end - t.start < 2) continue;
    if (q < k ? hasNewline(text, t.end, tokens[k].start) : hasNewline(text, tokens[k].end, t.start)) continue;
    const s = text.slice(t.start, t.end);
    if (s !== s.toUpperCase()) return true;
  }
  return false;
}

export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export function isWord(t: ScanToken): boolean {
  const c = t.lower.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}
