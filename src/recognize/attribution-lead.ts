import type { Cue, Doc, Token } from '../model/types.ts';
import { datelineLength } from './dateline.ts';
import { NAME_JOINERS } from './attribution-words.ts';
import { readDataJson } from '../gazetteer/load.ts';
import { longestFirst } from './regex.ts';

// What opens a sentence before its clause (a dateline, a live blog's time stamp, an interview's
// "Q:" / "A:"), and the interviewee an answer is attributed to.

/**
 * How many tokens open the sentence before its clause: a dateline, a live blog's time stamp
 * ("09:40 PKT -", "10:42 am:") and an interview's speaker mark ("Q:", "A:").
 */
export function leadLength(doc: Doc, toks: readonly Token[]): number {
  const n = datelineLength(doc, toks);
  if (n > 0) return n;
  if (isSpeakerMark(doc, toks)) return 2;
  if (toks.length < 5 || !/^\d{1,2}$/.test(toks[0].lower) || !/^[:.]$/.test(toks[1].lower) || !/^\d{2}$/.test(toks[2].lower)) return 0;
  let k = 3;
  if (CLOCK_WORDS.has(toks[k].lower)) k++;
  // A time zone in capitals ("PKT", "GMT").
  if (k < toks.length && /^\p{Lu}{2,5}$/u.test(doc.text.slice(toks[k].start, toks[k].end))) k++;
  return k + 1 < toks.length && /^[-–—:]$/.test(toks[k].lower) ? k + 1 : 0;
}

const CLOCK_WORDS = new Set(['am', 'pm', 'a.m.', 'p.m.', 'hrs', 'h']);

/** "Q: …" / "A: …": an interview's question or answer mark opening the sentence. */
function isSpeakerMark(doc: Doc, toks: readonly Token[]): boolean {
  return toks.length > 2 && toks[1].lower === ':' && /^[QA]$/.test(doc.text.slice(toks[0].start, toks[0].end));
}

/** The most capitalised words of an interviewee's name and office after "interview with" ("KP Home Minister Arshad Khattak"). */
const MAX_INTERVIEWEE = 7;

/**
 * "A: We have lost 143 policemen since January.": in an interview set out as questions and
 * answers, the answer is the interviewee's, named after "interview with" in the headline or the
 * text; a named source with the "A:" as its cue. Null when the text names no interviewee.
 */
export function answerCue(doc: Doc, toks: readonly Token[], si: number): Cue | null {
  if (!isSpeakerMark(doc, toks) || doc.text[toks[0].start] !== 'A') return null;
  const who = interviewee(doc);
  if (!who) return null;
  const start = toks[0].start;
  const end = toks[1].end;
  return {
    start,
    end,
    text: doc.text.slice(start, end),
    kind: 'attribution',
    attribution: 'named',
    source: doc.text.slice(who.start, who.end),
    sourceSpan: who,
    certainty: 'asserted',
    scope: 'sentence',
    sentence: si,
    rule: `attribution:interview-answer+interviewee:${who.start}-${who.end}`,
  };
}

const interviewees = new WeakMap<Doc, { start: number; end: number } | null>();

/**
 * The words after the first "interview with" of the text that are capitalised, a name with its
 * office; after an outlet ("an interview with this newspaper, the province's inspector general of
 * police, Akhtar Hayat, spoke"), the words from its comma to the end of the first name.
 */
function interviewee(doc: Doc): { start: number; end: number } | null {
  if (interviewees.has(doc)) return interviewees.get(doc)!;
  let found: { start: number; end: number } | null = null;
  const m = /\binterview(?:ed)?\s+with\s+/i.exec(doc.text);
  if (m) found = afterOutlet(doc.text, m.index + m[0].length);
  if (m && !found) {
    const start = m.index + m[0].length;
    const line = /^[^\n]*/.exec(doc.text.slice(start))![0];
    let end = start;
    let count = 0;
    for (const w of line.matchAll(/\S+/g)) {
      const word = w[0].replace(/[,.;:!?]+$/, '');
      if (!/^\p{Lu}/u.test(word) && !NAME_JOINERS.has(word)) break;
      if (++count > MAX_INTERVIEWEE) break;
      if (/^\p{Lu}/u.test(word)) end = start + w.index! + word.length;
      if (word !== w[0]) break;
    }
    if (count >= 2 && end > start) found = { start, end };
  }
  interviewees.set(doc, found);
  return found;
}

/** An outlet interviewing ("this newspaper", "our correspondent", "Dawn"), then at most a few words of when or where, then a comma. */
function outletPattern(): RegExp {
  if (outlet) return outlet;
  const names = readDataJson<{ sources: Record<string, string[]> }>('lexicons/attribution.json').sources.media.filter((n) => /^\p{Lu}/u.test(n));
  const nouns = ['newspaper', 'paper', 'correspondent', 'reporter', 'journalist', 'website', 'channel', 'magazine', 'news agency', 'agency', 'broadcaster', 'radio station'];
  const noun = `(?:(?:this|our|the|a|an)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${longestFirst(new Set(nouns))})`;
  outlet = new RegExp(`^(?:${noun}|us|${longestFirst(new Set(names))})(?:\\s+[\\p{L}\\d-]+){0,4}?\\s*,\\s*`, 'u');
  return outlet;
}
let outlet: RegExp | null = null;

/** The most words from an outlet's comma to the end of the interviewee's name. */
const MAX_AFTER_OUTLET = 12;

/**
 * "with this newspaper, the province's inspector general of police, Akhtar Hayat, spoke …",
 * "with Dawn, KP police chief Akhtar Hayat said …": the words from the outlet's comma to the end
 * of a run of two or more capitalised words in the sentence, the first that a comma ends, else
 * the last; null with no outlet or no such run.
 */
function afterOutlet(text: string, at: number): { start: number; end: number } | null {
  const o = outletPattern().exec(text.slice(at));
  if (!o) return null;
  const start = at + o[0].length;
  const sentence = /^[^\n]*?(?:[.!?](?=\s)|$)/.exec(text.slice(start))![0];
  let run = 0;
  let last = -1;
  let count = 0;
  for (const w of sentence.matchAll(/\S+/g)) {
    if (++count > MAX_AFTER_OUTLET) break;
    const word = w[0].replace(/[,.;:!?]+$/, '');
    if (!/^\p{Lu}\p{Ll}/u.test(word)) {
      run = 0;
      continue;
    }
    if (++run < 2) continue;
    last = start + w.index! + word.length;
    if (word !== w[0]) break;
  }
  return last > 0 ? { start, end: last } : null;
}
