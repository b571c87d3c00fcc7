import type { Cue, CueKind, Doc } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { sentenceTokenRanges } from './tokens.ts';

// Hedge, prediction, speculation and denial cues from data/lexicons/certainty.json.

const KIND_OF: Record<string, CueKind> = {
  'certainty:hedged': 'hedge',
  'certainty:predicted': 'prediction',
  'certainty:speculative': 'speculation',
  'certainty:denied': 'denial',
};

export function recognizeCertaintyCues(doc: Doc, ctx: Context): Cue[] {
  const cues: Cue[] = [];
  const ranges = sentenceTokenRanges(doc);
  doc.sentences.forEach((sentence, si) => {
    if (sentence.heading) return;
    const [first, last] = ranges[si];
    const toks = doc.tokens.slice(first, last);
    for (const m of ctx.lexicons.certainty.match(doc.text, toks)) {
      const text = doc.text.slice(m.start, m.end);
      const value = m.values[0];
      // "may" the modal, never "May" the month; a modal must be followed by a word.
      if (ctx.lexicons.lowercaseOnly.has(value.alias)) {
        const next = toks[m.lastToken + 1];
        if (text !== text.toLowerCase() || !next || !/^\p{L}/u.test(next.lower)) continue;
      }
      cues.push({
        start: m.start,
        end: m.end,
        text,
        kind: KIND_OF[value.entity],
        sentence: si,
        rule: `certainty-lexicon:${value.alias}`,
      });
    }
  });
  return cues;
}
