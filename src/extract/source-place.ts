import type { EntityMention } from '../model/types.ts';
import { speechWords } from '../recognize/speech-words.ts';

// "A security official in Islamabad, speaking on condition of anonymity, said the aircraft had
// targeted hideouts of the TTP": the place names where the source sits, not where what it reports
// happened. Such a place is no candidate for an event whose trigger comes after the source's
// verb; before it ("Militants attacked a post, a police official in Bannu said") the source's
// town stays the best guess there is.

let patterns: { sourceBefore: RegExp; verbAfter: RegExp } | null = null;
function sourcePatterns(): { sourceBefore: RegExp; verbAfter: RegExp } {
  if (patterns) return patterns;
  const w = speechWords();
  return (patterns = {
    sourceBefore: new RegExp(`\\b(?:${w.sourceNounAlternation})\\s+(?:based\\s+)?(?:in|at|from)\\s+(?:the\\s+)?$`, 'i'),
    verbAfter: new RegExp(`^(?:\\s*,\\s*(?:speaking|who|requesting|declining|asking)[^,.;]{0,60},)?\\s*(?:${w.verbAlternation})\\b`, 'i'),
  });
}

/** The end of the reporting verb a place is the source's seat for, or -1. */
export function sourceVerbEnd(text: string, p: EntityMention): number {
  const { sourceBefore, verbAfter } = sourcePatterns();
  if (!sourceBefore.test(text.slice(Math.max(0, p.start - 40), p.start))) return -1;
  const m = verbAfter.exec(text.slice(p.end, p.end + 100));
  return m ? p.end + m.index + m[0].length : -1;
}
