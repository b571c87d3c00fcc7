import type { Cue } from '../model/types.ts';
import type { SentenceCtx } from './attribution-sentence.ts';
import { makeCue } from './attribution-sentence.ts';
import { ARTICLES } from './attribution-words.ts';
import { sourceAt } from './attribution-source.ts';

// Headlines that end with their source after a colon or a wire's dash ("Blast kills 3: police").

/** The fewest tokens of a headline before the colon that gives its source. */
const MIN_HEADLINE = 3;

/** Rule of a source ending a headline after a colon; the claims stage splits headlines at ";" by it. */
export const HEADLINE_SOURCE_RULE = 'attribution:headline-source';

/**
 * "Five soldiers killed in North Waziristan: officials", "Blast kills 3 in Quetta: police": a
 * headline that ends with its source after a colon is that source's, of the kind the lexicon
 * gives it. A headline has no full stop, and several may stand in one line joined by ";": the
 * source must end its headline (the sentence, or the ";" after it), must not open with an
 * article ("… by one group: the TTP." is an apposition), and the headline must have no source of
 * its own. The cue is the colon and the source, scope 'following': it heads its headline.
 */
export function headlineSources(s: SentenceCtx, si: number): Cue[] {
  const out: Cue[] = [];
  const { toks } = s;
  let segStart = 0;
  for (let k = 0; k <= toks.length; k++) {
    if (k < toks.length && toks[k].lower !== ';') continue;
    const cue = headlineSource(s, segStart, k, si) ?? leadingSource(s, segStart, k, si);
    if (cue) out.push(cue);
    segStart = k + 1;
  }
  return out;
}

function headlineSource(s: SentenceCtx, from: number, to: number, si: number): Cue | null {
  const { toks, doc } = s;
  // A full stop ending the sentence is prose, no headline; one before a ";" ("… in Kashmir.;Three
  // killed …") is left out.
  const stop = to - 1 > from && /^[.!?]$/.test(toks[to - 1].lower);
  if (stop && to === toks.length) return null;
  const end = stop ? to - 1 : to;
  let colon = -1;
  for (let k = end - 2; k >= from + MIN_HEADLINE; k--) {
    // "… shot dead -police", "… church blast - report": a wire's dash after a space does the same.
    if (toks[k].lower === ':' || (/^[-–—]$/.test(toks[k].lower) && doc.text[toks[k].start - 1] === ' ')) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon + 1 >= end) return null;
  // "Hlatsit Pyaukkyar: Lighting Guerrilla Force, …: Falcon Group": a list of names and glosses.
  for (let k = from; k < colon; k++) if (toks[k].lower === ':' || toks[k].lower === toks[colon].lower) return null;
  if (ARTICLES.has(toks[colon + 1].lower)) return null;
  if (hasOwnSource(s, from, end)) return null;
  const src = sourceAt(s, colon + 1);
  // A source noun, a country or an organisation's office: not a bare name, which may be a gloss.
  if (!src || src.end !== end - 1 || src.kind === 'self' || /^(?:person-name|source-group)/.test(src.rule)) return null;
  return makeCue(doc, toks, colon, src.end, src, 'asserted', 'following', si, `${HEADLINE_SOURCE_RULE}+${src.rule}`);
}

/**
 * "Pakistani police: Militants kill police officer in Quetta", "ISPR: Five terrorists killed in
 * Khyber": a headline opened by its source and a colon is that source's, as one ending with it.
 * The source is all of the headline before the colon, and a source noun or an organisation (a
 * country or a place before a colon, "Pakistan: Militants kill …", is the headline's tag, no
 * source; a bare name may be a gloss); what follows the colon is a headline of its own.
 */
function leadingSource(s: SentenceCtx, from: number, to: number, si: number): Cue | null {
  const { toks, doc } = s;
  if (to === toks.length && to - 1 > from && /^[.!?]$/.test(toks[to - 1].lower)) return null;
  let colon = -1;
  for (let k = from + 1; k < Math.min(to, from + MAX_LEADING_SOURCE + 1); k++) {
    if (toks[k].lower === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || to - colon - 1 < MIN_HEADLINE) return null;
  for (let k = colon + 1; k < to; k++) if (toks[k].lower === ':') return null;
  if (hasOwnSource(s, from, to)) return null;
  const src = sourceAt(s, from);
  if (!src || src.end !== colon - 1 || src.kind === 'self' || /^(?:person-name|source-group|source-country|source-capital)/.test(src.rule)) return null;
  return makeCue(doc, toks, from, colon, src, 'asserted', 'following', si, `${HEADLINE_SOURCE_RULE}-lead+${src.rule}`);
}

/** Whether the headline of tokens [from, to) has an attribution cue of its sentence over it already. */
function hasOwnSource(s: SentenceCtx, from: number, to: number): boolean {
  const lo = s.toks[from].start;
  const hi = s.toks[to - 1].end;
  return s.cues.slice(s.sentenceFirstCue).some((c) => c.kind === 'attribution' && c.start < hi && c.end > lo);
}

/** The most tokens of a source opening a headline before its colon ("Pakistani police officials"). */
const MAX_LEADING_SOURCE = 5;
