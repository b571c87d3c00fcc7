import type { Sentence } from '../model/types.ts';

// Sentence and heading boundaries. A line is a paragraph; a short line without final
// punctuation is a heading, which is never split and never becomes a claim.

const MAX_HEADING_WORDS = 14;
const FINAL_PUNCT = /[.!?…:;"”’)\]]$/;
// A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
// and a capital, digit or opening quote.
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'brig', 'cpl',
    'gov', 'sen', 'rep', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.i', 'approx', 'dept', 'est', 'mt',
  ],
);

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
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      if (isHeadingLine(line)) {
        out.push(trimSpan(text, lineStart, lineEnd, true, paragraph));
      } else {
        splitLine(text, line, lineStart, paragraph, out);
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(line, m.index)) continue;
    if (line.slice(start, end).trim().length > 0) {
      out.push(trimSpan(text, offset + start, offset + end, false, paragraph));
    }
    start = end;
  }
  if (line.slice(start).trim().length > 0) {
    out.push(trimSpan(text, offset + start, offset + line.length, false, paragraph));
  }
}

function isAbbreviation(line: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1])) i--;
  const word = line.slice(i, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Smith") are not sentence ends.
  return /^\p{Lu}$/u.test(line.slice(i, dot));
}

function trimSpan(text: string, start: number, end: number, heading: boolean, paragraph: number): Sentence {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, heading, paragraph };
}
