import type { Analysis } from '../model/analysis.ts';
import { firedRules, type CompiledRules } from './rules.ts';
import { interventionOf } from '../model/intervention.ts';
import { widthAt } from '../recognize/tokenize.ts';

// The sparse, binary features a classifier sees, as strings with a family prefix:
//   w:<word>            lower-cased word (digits fold to '#')
//   lead:<words>        a short label before a colon opening the text ("Looting: On 5 June ...")
//   b:<word>_<word>     adjacent word pair
//   evt:<type>          an event type our extractors found; evt1:<type> for the first one;
//                       evt:none when there is none
//   trig:<text>         an event's trigger, lower-cased
//   cnt:<kind>          a count kind present (cnt:<kind>:many for ten or more)
//   agent:<actor type>  target:<actor type>  actor:<actor type>
//   place:<kind>
//   person:after-verb   a name we do not know as a place or actor right after an attack verb
//   rule:<id>           a cue rule from data/models/rules.json
// 'mask-places' adds no feature of its own: with it, words and bigrams read each place our
// analysis found as the one word '@place' ("in @place, @place, @place"), so the model learns
// the wording of an attack rather than where it happened.
// ('hedge' names the claim features of src/classify/hedge.ts, which only the hedge model uses.)
// The same function runs at training and at inference, so the two cannot drift apart.

export type FeatureFamily = 'words' | 'bigrams' | 'analysis' | 'rules' | 'mask-places' | 'hedge';

/**
 * The words of a text: each match of WORD_PATTERN, lower-cased with ’ as ', or "#" for a
 * number. Cut by a scanner over the character codes (no match object per word); words.test.ts
 * holds it to the pattern.
 */
export const WORD_PATTERN = /\p{L}+(?:['’-]\p{L}+)*|\p{N}+/gu;
const LEAD = /^\s*(\p{L}[\p{L} /-]{1,40}):\s/u;

export function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindAt(text, i);
    if (kind === OTHER) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i = runEnd(text, i, kind);
    if (kind === NUMBER) {
      out.push('#');
      continue;
    }
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n && kindAt(text, i + 1) === LETTER) i = runEnd(text, i + 1, LETTER);
      else break;
    }
    const lower = text.slice(start, i).toLowerCase();
    out.push(lower.indexOf('’') < 0 ? lower : lower.replace(/’/g, "'"));
  }
  return out;
}

// Character classes of WORD_PATTERN, by code point ('u'): a surrogate pair is one character.
const OTHER = 0;
const LETTER = 1;
const NUMBER = 2;
const LETTER_CHAR = /^\p{L}$/u;
const NUMBER_CHAR = /^\p{N}$/u;
/** Class + 1 of each BMP code unit, filled on first sight (0: not yet looked at). */
const BMP_KIND = new Uint8Array(0x10000);

function kindOf(ch: string): number {
  return LETTER_CHAR.test(ch) ? LETTER : NUMBER_CHAR.test(ch) ? NUMBER : OTHER;
}

function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? NUMBER : OTHER;
  if (widthAt(text, i) === 2) return kindOf(text.slice(i, i + 2));
  let k = BMP_KIND[c];
  if (k === 0) BMP_KIND[c] = k = kindOf(String.fromCharCode(c)) + 1;
  return k - 1;
}

/** End of the run of characters of one kind starting at i. */
function runEnd(text: string, i: number, kind: number): number {
  const n = text.length;
  while (i < n && kindAt(text, i) === kind) i += widthAt(text, i);
  return i;
}

/** Mention spans of the places an analysis found, sorted, overlaps dropped. */
export function placeSpans(a: Analysis | null): Array<[number, number]> {
  if (!a) return [];
  const spans: Array<[number, number]> = [];
  for (const p of a.places) for (const m of p.mentions) spans.push([m.start, m.end]);
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: Array<[number, number]> = [];
  for (const s of spans) if (out.length === 0 || s[0] >= out[out.length - 1][1]) out.push(s);
  return out;
}

export const PLACE_WORD = '@place';

/** words(), with every word inside one of the spans replaced by a single PLACE_WORD per span. */
export function wordsMaskingSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): string[] {
  if (spans.length === 0) return words(text);
  const out: string[] = [];
  const WORD = new RegExp(WORD_PATTERN.source, 'gu');
  let m: RegExpExecArray | null;
  let k = 0;
  let inside = -1;
  while ((m = WORD.exec(text)) !== null) {
    while (k < spans.length && spans[k][1] <= m.index) k++;
    if (k < spans.length && spans[k][0] < m.index + m[0].length) {
      if (inside !== k) out.push(PLACE_WORD);
      inside = k;
      continue;
    }
    out.push(/^\p{N}/u.test(m[0]) ? '#' : m[0].toLowerCase().replace(/’/g, "'"));
  }
  return out;
}

export interface FeatureInput {
  text: string;
  analysis: Analysis | null;
}

/** Deduplicated features of one text in first-seen order, and the rules that fired. */
export function extractFeatures(
  input: FeatureInput,
  families: readonly FeatureFamily[],
  rules: CompiledRules,
): { features: string[]; fired: string[] } {
  const seen = new Set<string>();
  const add = (f: string) => {
    seen.add(f);
  };
  const useWords = families.includes('words');
  const useBigrams = families.includes('bigrams');
  if (useWords || useBigrams) {
    // Place offsets point into the analysis's own text.
    const ws =
      families.includes('mask-places') && input.analysis
        ? wordsMaskingSpans(input.analysis.text, placeSpans(input.analysis))
        : words(input.text);
    for (let i = 0; i < ws.length; i++) {
      if (useWords) add('w:' + ws[i]);
      if (useBigrams && i > 0) add('b:' + ws[i - 1] + '_' + ws[i]);
    }
    const lead = useWords ? LEAD.exec(input.text) : null;
    if (lead) add('lead:' + lead[1].toLowerCase());
  }
  if (families.includes('analysis') && input.analysis) analysisFeatures(input.analysis, add);
  let fired: string[] = [];
  if (families.includes('rules')) {
    fired = firedRules(rules, input.text);
    for (const id of fired) add('rule:' + id);
  }
  return { features: [...seen], fired };
}

function analysisFeatures(a: Analysis, add: (f: string) => void): void {
  const typeOf = new Map(a.actors.map((x) => [x.id, x.type]));
  if (a.events.length > 0) add('evt1:' + a.events[0].type);
  else add('evt:none');
  for (const e of a.events) {
    add('evt:' + e.type);
    // A protest broken up by force (src/extract/dispersal.ts): ACLED's "Protest with intervention".
    if (interventionOf(e) !== null) add('protest:intervention');
    add('trig:' + e.trigger.text.toLowerCase());
    for (const c of e.counts) {
      add('cnt:' + c.kind);
      if (c.value >= 10) add('cnt:' + c.kind + ':many');
    }
    for (const r of e.actors) {
      const t = typeOf.get(r.actor);
      if (t) add(r.role + ':' + t);
    }
  }
  for (const x of a.actors) add('actor:' + x.type);
  for (const p of a.places) add('place:' + p.kind);
  if (namedPersonAfterVerb(a)) add('person:after-verb');
}

// A capitalised name right after an attack verb or "targeting", that is neither a place nor an
// actor we know ("shot and killed Abdul Jalil", "targeting the vehicle of Haji Mir Hamza"): the
// mark of an attack on a specific person.
const NAME_AFTER_VERB = /\b(?:targeting|targeted|killed|shot|stabbed|attacked|ambushed|abducted|kidnapped|assassinated|injured|wounded|(?:house|home|residence|vehicle|car|convoy|motorcycle|office|guards|bodyguards) of|fire on)(?: the)? ((?:\p{Lu}[\p{L}'’-]+ ){0,3}\p{Lu}[\p{L}'’-]+)/gu;
const NOT_NAMES = new Set(['Assailants', 'Security', 'Police', 'Afghan', 'The', 'A', 'An', 'Two', 'Three', 'Four', 'Five', 'Several', 'No', 'National', 'Afghanistan', 'Pakistan', 'Taliban']);

function namedPersonAfterVerb(a: Analysis): boolean {
  NAME_AFTER_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_AFTER_VERB.exec(a.text)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    if (NOT_NAMES.has(m[1].split(' ')[0])) continue;
    const known = [...a.places, ...a.actors].some((x) => x.mentions.some((mm) => mm.start < end && mm.end > start));
    if (!known) return true;
  }
  return false;
}

