import type { Doc, Qualifier, Quantity } from '../model/types.ts';
import { readDataJson } from '../gazetteer/load.ts';

// Quantities: digits ("3,200", "1.5 million"), number words ("seven", "twenty-five"), and vague
// amounts ("thousands", "dozens"), each with the qualifier in front of it ("over" -> at-least).
// Spans that are part of a date ("12 May 2013", "2021") are left to the date recogniser.

interface QuantityLexicon {
  units: Record<string, number>;
  tens: Record<string, number>;
  multipliers: Record<string, number>;
  phrases: Record<string, [number, Qualifier]>;
  qualifiers: Record<Exclude<Qualifier, 'exact'>, string[]>;
}

interface Compiled {
  number: RegExp;
  qualifier: RegExp;
  qualifierOf: Map<string, Qualifier>;
  lex: QuantityLexicon;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  if (compiled) return compiled;
  const lex = readDataJson<QuantityLexicon>('lexicons/quantities.json');
  const alt = (xs: string[]) =>
    [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const words = alt([...Object.keys(lex.units), ...Object.keys(lex.tens)]);
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
  compiled = { number, qualifier, qualifierOf, lex };
  return compiled;
}

export function recognizeQuantities(doc: Doc): Quantity[] {
  const { number, qualifier, qualifierOf, lex } = compile();
  const out: Quantity[] = [];
  const dates = doc.dates;
  let di = 0;
  number.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = doc.text;
  while ((m = number.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
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
      rule = 'quantity:digits';
    } else {
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
    out.push({ start: qStart, end, text: text.slice(qStart, end), value, qualifier: qual, numberStart: start, rule });
  }
  return out;
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
