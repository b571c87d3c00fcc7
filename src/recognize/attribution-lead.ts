import type { Cue, Doc, Token } from '../model/types.ts';
import { datelineLength } from './dateline.ts';
import { NAME_JOINERS } from './attribution-words.ts';

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

/** The words after the first "interview with" of the text that are capitalised, a name with its office. */
function interviewee(doc: Doc): { start: number; end: number } | null {
  if (interviewees.has(doc)) return interviewees.get(doc)!;
  let found: { start: number; end: number } | null = null;
  const m = /\binterview(?:ed)?\s+with\s+/i.exec(doc.text);
  if (m) {
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
