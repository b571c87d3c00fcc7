import type { EntityMention } from '../model/types.ts';
import { speechWords } from '../recognize/speech-words.ts';

// "A security official in Islamabad, speaking on condition of anonymity, said the aircraft had
// targeted hideouts of the TTP": the place names where the source sits, not where what it reports
// happened. Such a place is no candidate for an event whose trigger comes after the source's
// verb; before it ("Militants attacked a post, a police official in Bannu said") the source's
// town stays the best guess there is. The source may also sit where it was speaking ("Speaking
// to reporters in Karachi, the minister said ...") or after its verb ("..., the military said in
// Rawalpindi"; "told reporters in Quetta"): there the seat ends with the place itself.

interface SourcePatterns {
  sourceBefore: RegExp;
  verbAfter: RegExp;
  speakingBefore: RegExp;
  subjectVerbAfter: RegExp;
  openingSubjectVerb: RegExp;
  verbBefore: RegExp;
}

/** Who a source told, between its verb and the place: "told reporters in", "said in a statement from". */
const AUDIENCE = '(?:reporters|journalists|newsmen|media(?:persons|men)?|the\\s+(?:media|press)|a\\s+(?:press|news)\\s+conference|a\\s+gathering|a\\s+statement(?:\\s+issued)?)';

let patterns: SourcePatterns | null = null;
function sourcePatterns(): SourcePatterns {
  if (patterns) return patterns;
  const w = speechWords();
  return (patterns = {
    sourceBefore: new RegExp(`\\b(?:${w.sourceNounAlternation})\\s+(?:based\\s+)?(?:in|at|from)\\s+(?:the\\s+)?$`, 'i'),
    verbAfter: new RegExp(`^(?:\\s*,\\s*(?:speaking|who|requesting|declining|asking)[^,.;]{0,60},)?\\s*(?:${w.verbAlternation})\\b`, 'i'),
    // "Speaking to reporters in Karachi, the minister said": the speaker's seat, its verb after a subject.
    speakingBefore: new RegExp(`\\b(?:speaking|talking)(?:\\s+(?:to|with|at)\\s+${AUDIENCE})?\\s+(?:in|at|from)\\s+(?:the\\s+)?$`, 'i'),
    subjectVerbAfter: new RegExp(`^\\s*,\\s*[^,.;]{1,60}?\\b(?:${w.verbAlternation})\\b`, 'i'),
    // "In Kabul, the Taliban's deputy spokesman ... told": the subject words, then the verb.
    openingSubjectVerb: new RegExp(`^\\s*,\\s*([^,.;]{1,80}?)\\b(?:${w.verbAlternation})\\b`, 'i'),
    // "the military said in Rawalpindi", "told reporters in Quetta": a passive ("were reported in")
    // is an event's place, so only the verbs of speaking itself, not "reported" or "claimed".
    verbBefore: new RegExp(`(?<!\\b(?:is|are|was|were|been|being)\\s+)\\b(?:said|says|told)(?:\\s+${AUDIENCE})?\\s+(?:in|at|from)\\s+(?:the\\s+)?$`, 'i'),
  });
}

/** The end of the reporting verb a place is the source's seat for, or -1. */
export function sourceVerbEnd(text: string, p: EntityMention): number {
  const { sourceBefore, verbAfter, speakingBefore, subjectVerbAfter, openingSubjectVerb, verbBefore } = sourcePatterns();
  const before = text.slice(Math.max(0, p.start - 60), p.start);
  if (!endsLikeSeat(before)) return -1;
  if (verbBefore.test(before)) return p.end;
  const after = text.slice(p.end, p.end + 100);
  // "In Kabul, the Taliban's deputy spokesman Hamdullah Fitrat told reporters that Pakistani
  // airstrikes in Paktika had killed 46 civilians": "In X," opening a sentence whose subject's
  // verb is a reporting verb is where the speaker is.
  if (OPENING_IN.test(before)) {
    const said = openingSubjectVerb.exec(after);
    if (said && !OTHER_VERB.test(said[1])) return p.end + said.index + said[0].length;
  }
  const m = (sourceBefore.test(before.slice(-40)) ? verbAfter.exec(after) : null) ?? (speakingBefore.test(before) ? subjectVerbAfter.exec(after) : null);
  return m ? p.end + m.index + m[0].length : -1;
}

/** "In " opening a sentence (or a line), right before the place. */
const OPENING_IN = /(?:^|[.!?\n]\s*)In\s+(?:the\s+)?$/;
/** A word that reads as a verb of its own before the reporting verb: "gunmen killed two men who police said". */
const OTHER_VERB = /\b(?:[\p{L}]+(?:ed|ing)|was|were|is|are|has|have|had|who|which|that)\b/iu;

/**
 * Whether `t` ends like "in", "at" or "from". At module level: a named closure made per call costs
 * a defineProperty of its name under tsx (esbuild's keepNames), per place (session 19, perf18).
 */
function prepositionEnds(t: string): boolean {
  const tail = t.slice(-4).toLowerCase();
  return tail.endsWith('in') || tail.endsWith('at') || tail.endsWith('from');
}

/**
 * Whether `before` ends as each of the patterns of a seat before the place does: "in", "at" or
 * "from", spaces, and perhaps "the" and spaces, in any case (the patterns are /i, so ASCII
 * letters only). V8 tries those end-anchored patterns from every position of the 60 characters
 * before each place of a sentence with a trigger; most places have no such preposition before
 * them, which this tells from the text's last words.
 */
function endsLikeSeat(before: string): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  if (prepositionEnds(trimmed)) return true;
  if (!trimmed.slice(-3).toLowerCase().endsWith('the')) return false;
  const rest = trimmed.slice(0, -3);
  const restTrimmed = rest.trimEnd();
  return restTrimmed.length < rest.length && prepositionEnds(restTrimmed);
}
