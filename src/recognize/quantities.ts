import type { Doc, Qualifier, Quantity } from '../model/types.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { longestFirst } from './regex.ts';

// Quantities: digits ("3,200", "1.5 million"), number words ("seven", "twenty-five"), and vague
// amounts ("thousands", "dozens"), each with the qualifier in front of it ("over" -> at-least)
// or after it ("or so" -> about). Spans that are part of a date ("12 May 2013", "2021") are left
// to the date recogniser, and a year that modifies a noun ("the 2021 takeover") is no count.

interface QuantityLexicon {
  units: Record<string, number>;
  tens: Record<string, number>;
  multipliers: Record<string, number>;
  phrases: Record<string, [number, Qualifier]>;
  qualifiers: Record<Exclude<Qualifier, 'exact'>, string[]>;
  postQualifiers: Record<Exclude<Qualifier, 'exact'>, string[]>;
  yearDeterminers: string[];
  countNouns: string[];
}

interface Compiled {
  number: RegExp;
  qualifier: RegExp;
  qualifierOf: Map<string, Qualifier>;
  /** Sticky: a qualifier right after the number ("or so", "-plus"). */
  postQualifier: RegExp;
  /** First characters (lower-cased, after a space for words) of the post-qualifiers: a cheap test before the regex. */
  postQualifierFirst: ReadonlySet<string>;
  postQualifierOf: Map<string, Qualifier>;
  /** A determiner or possessive right before a number ("the", "its", "Pakistan's"). */
  yearDeterminer: RegExp;
  countNouns: ReadonlySet<string>;
  numberWords: ReadonlySet<string>;
  lex: QuantityLexicon;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const lex = readDataJson<QuantityLexicon>('lexicons/quantities.json');
  const alt = (xs: string[]) => longestFirst(xs);
  const numberWords = new Set([...Object.keys(lex.units), ...Object.keys(lex.tens)]);
  const words = alt([...numberWords]);
  const mult = alt(Object.keys(lex.multipliers));
  const phrases = alt(Object.keys(lex.phrases));
  const digits = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
  const wordNumber = String.raw`(?:${words})(?:[- ](?:${words}))?(?:\s+(?:${mult}))?(?:\s+(?:and\s+)?(?:${words})(?:-(?:${words}))?)?`;
  const number = new RegExp(
    String.raw`(?<![\p{L}\p{N}.,/-])(?:(?<phrase>${phrases})|(?<digits>${digits})(?:\s*(?<dmult>${mult}))?|(?<words>${wordNumber}))(?![\p{L}\p{N}]|,\d|\.\d)`,
    'giu',
  );
  const qualifierOf = new Map<string, Qualifier>();
  for (const [q, list] of Object.entries(lex.qualifiers)) for (const w of list) qualifierOf.set(w.toLowerCase(), q as Qualifier);
  const qualifier = new RegExp(String.raw`(?:^|[^\p{L}])(${alt([...qualifierOf.keys()])})\s+$`, 'iu');
  const postQualifierOf = new Map<string, Qualifier>();
  for (const [q, list] of Object.entries(lex.postQualifiers)) for (const w of list) postQualifierOf.set(w.toLowerCase(), q as Qualifier);
  const postWords = [...postQualifierOf.keys()].filter((w) => /^\p{L}/u.test(w));
  const postSymbols = [...postQualifierOf.keys()].filter((w) => !/^\p{L}/u.test(w));
  const postQualifier = new RegExp(
    String.raw`(?:\s+(${alt(postWords)})(?![\p{L}\p{N}])|(${alt(postSymbols)})(?![\p{N}]))`,
    'iuy',
  );
  const yearDeterminer = new RegExp(String.raw`(?:(?:^|[^\p{L}])(?:${alt(lex.yearDeterminers.filter((d) => /^\p{L}/u.test(d)))})|\p{L}(?:${alt(lex.yearDeterminers.filter((d) => !/^\p{L}/u.test(d)))}))\s+$`, 'iu');
  const postQualifierFirst = new Set([...postQualifierOf.keys()].map((w) => w[0]));
  compiled = { number, qualifier, qualifierOf, postQualifier, postQualifierFirst, postQualifierOf, yearDeterminer, countNouns: new Set(lex.countNouns), numberWords, lex };
  return compiled;
}

/** The lexicon's number words below a hundred ("three", "twenty"), lower-cased. */
export function numberWords(): ReadonlySet<string> {
  return compile().numberWords;
}

const NO_ONE = /^one$/i;
const NO_BEFORE = /(?:^|[^\p{L}])no\s+$/iu;

export function recognizeQuantities(doc: Doc): Quantity[] {
  const c = compile();
  const { number, qualifier, qualifierOf, lex } = c;
  const out: Quantity[] = [];
  const dates = doc.dates;
  let di = 0;
  number.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = doc.text;
  while ((m = number.exec(text)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    while (di < dates.length && dates[di].end <= start) di++;
    if (di < dates.length && dates[di].start < end) continue;
    const g = m.groups!;
    let value: number;
    let qual: Qualifier = 'exact';
    let rule: string;
    if (g.phrase) {
      [value, qual] = lex.phrases[g.phrase.toLowerCase().replace(/\s+/g, ' ')];
      rule = `quantity:vague:${g.phrase.toLowerCase()}`;
    } else if (g.digits) {
      value = Number(g.digits.replace(/,/g, ''));
      if (g.dmult) value *= lex.multipliers[g.dmult.toLowerCase()];
      // A bare four-digit year-like number is a date's job, not a count.
      if (!g.dmult && /^(1[89]|20)\d\d$/.test(g.digits) && /\b(?:in|since|of|by|until|from|to|before|after)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
      if (!g.dmult && isYearModifier(c, text, start, end, g.digits)) continue;
      rule = 'quantity:digits';
    } else {
      // "No one was injured": a pronoun for nobody, not a count of one.
      if (NO_ONE.test(g.words) && NO_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      value = wordsToNumber(g.words, lex);
      rule = 'quantity:words';
    }
    let qStart = start;
    const before = text.slice(Math.max(0, start - 24), start);
    const q = qualifier.exec(before);
    if (q && qual !== 'at-least') {
      qual = qualifierOf.get(q[1].toLowerCase())!;
      qStart = start - (before.length - before.lastIndexOf(q[1]));
      rule += `+qualifier:${q[1].toLowerCase()}`;
    }
    // A qualifier after the number belongs to the quantity; one before it takes precedence.
    const post = mayFollow(c, text, end) ? ((c.postQualifier.lastIndex = end), c.postQualifier.exec(text)) : null;
    if (post) {
      const word = (post[1] ?? post[2]).toLowerCase();
      if (qStart === start) qual = c.postQualifierOf.get(word)!;
      end += post[0].length;
      number.lastIndex = end;
      rule += `+post-qualifier:${word}`;
    }
    out.push({ start: qStart, end, text: text.slice(qStart, end), value, qualifier: qual, numberStart: start, rule });
  }
  return out;
}

/** Whether a post-qualifier may start after `end`: its first character, after any spaces. */
function mayFollow(c: Compiled, text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i < text.length && c.postQualifierFirst.has(text[i].toLowerCase());
}

/**
 * "the 2021 takeover", "its 2019 report": a year-like number (1900-2099) after a determiner or
 * possessive modifies the word after it, unless that word is something counted ("the 2000
 * prisoners").
 */
function isYearModifier(c: Compiled, text: string, start: number, end: number, digits: string): boolean {
  if (!/^(19|20)\d\d$/.test(digits)) return false;
  if (!c.yearDeterminer.test(text.slice(Math.max(0, start - 12), start))) return false;
  const next = /^\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end, end + 32));
  if (!next) return false;
  return !c.countNouns.has(next[1].toLowerCase());
}

function wordsToNumber(words: string, lex: QuantityLexicon): number {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in lex.units) current += lex.units[w];
    else if (w in lex.tens) current += lex.tens[w];
    else if (w in lex.multipliers) {
      const mult = lex.multipliers[w];
      if (mult >= 1000) {
        total += (current || 1) * mult;
        current = 0;
      } else current = (current || 1) * mult;
    }
  }
  return total + current;
}
