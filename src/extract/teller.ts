import type { Cue, Span } from '../model/types.ts';
import { speechWords } from '../recognize/speech-words.ts';

// Who tells a passive is not whom it befell: "Police said the suspect was killed in an encounter",
// "CTD officials told reporters two militants were killed". And a passive in a relative clause
// befalls the noun the clause hangs on: "the police recovered a businessman who had been
// abducted" (the businessman, not the police who recovered him).

const AFTER_ACTOR = /^(?:['’]s?)?\s+(?:(?:officials?|spokesm[ae]n|spokesperson|spokeswoman|sources?|officers?)\s+)?(?:(?:also|later|earlier)\s+)?([\p{L}]+)/u;

/** Whether the actor mention ending at `end` is the subject of a reporting verb ("Police said"). */
export function isTeller(text: string, end: number, cues: readonly Cue[] = [], mention?: Span): boolean {
  const m = AFTER_ACTOR.exec(text.slice(end, end + 48));
  if (m && speechWords().verbs.has(m[1].toLowerCase())) return true;
  return !!mention && speaksInCue(cues, mention);
}

/** Whether the mention is a speaker of a reporting cue's source phrase ("Police and residents said"). */
export function speaksInCue(cues: readonly Cue[], mention: Span): boolean {
  const cue = speakingCue(cues, mention);
  return !!cue && speechWords().verbs.has(lastWord(cue.text));
}

/**
 * (Session 18, news35) "Police and residents said two men were killed", "Police and rescue
 * officials told reporters …": the reporting cue whose source phrase holds the mention, when the
 * words right after the mention are not its verb (a second speaker coordinated with it, an office
 * of it). The speakers of a report are not the parties of what they report unless the reported
 * clause names them again; a claim of responsibility is the claimant's own act, not a report.
 */
function speakingCue(cues: readonly Cue[], mention: Span): Cue | null {
  for (const c of cues) {
    if (c.kind !== 'attribution' || !c.sourceSpan || c.rule.includes('claim-of-responsibility')) continue;
    if (c.sourceSpan.start <= mention.start && mention.end <= c.sourceSpan.end && c.sourceSpan.end <= c.end) return c;
  }
  return null;
}

function lastWord(text: string): string {
  return /([\p{L}]+)\W*$/u.exec(text)?.[1].toLowerCase() ?? '';
}

// "who had been abducted", "that was kidnapped": a relative passive ending right before its verb.
const RELATIVE_PASSIVE = /\b(?:who|whom|which|that)\s+(?:(?:had|has|have|was|were|is|are|been|being|allegedly|reportedly|earlier|later|also)\s+)*$/i;
// Between the antecedent and its relative pronoun only a place or origin may come ("two polio
// workers from Kech who were abducted").
const ANTECEDENT_GAP = /^[\s,]*(?:(?:from|of|in|at|near)\s+[^,;]*?)?[\s,]*$/i;

// "9 Houthi bomb-laden drones that were intercepted": the actor's name modifies the antecedent
// (up to three words, no determiner, preposition or verb in -ed between).
const MODIFIED_NOUN = /^\s*(?:(?![\p{L}-]*ed\b|(?:a|an|the|of|his|her|their|its|and|or)\b)[\p{L}-]+\s+){1,3}$/iu;

/** Whether a relative passive between the actor (ending at `end`) and the trigger hangs on another noun. */
export function relativeOfAnotherNoun(text: string, end: number, triggerStart: number): boolean {
  const gap = text.slice(end, triggerStart);
  const rel = RELATIVE_PASSIVE.exec(gap);
  if (!rel) return false;
  const before = gap.slice(0, rel.index);
  return !ANTECEDENT_GAP.test(before) && !MODIFIED_NOUN.test(before);
}

// Only a plain report: "claimed (to have) ambushed", "claimed killing" tell the claimant's own act.
const SAY = new Set(['say', 'says', 'said', 'told']);
// The teller again anywhere before the trigger: "said it killed", "said in a statement that it only attacked".
const TELLER_AGAIN = /\b(?:they|it|he|she|we|its|their|his|her|our)\b/i;

/**
 * Whether the actor mention ending at `end` says ("say", "said", "told") the clause that holds the
 * trigger (starting at `triggerStart`) with a subject of its own: "Pakistan police say at least
 * four killed in northwest blast", "Police say two people died in a bomb blast". The teller is then
 * not the doer of the act told; "Police said they arrested five suspects" keeps it (the pronoun is
 * it), and a claim ("IS claimed killing ...") is the claimant's own act.
 */
export function tellsOthersAct(text: string, end: number, triggerStart: number, cues: readonly Cue[] = [], mention?: Span): boolean {
  const m = AFTER_ACTOR.exec(text.slice(end, end + 48));
  let verbEnd: number;
  if (m && SAY.has(m[1].toLowerCase())) verbEnd = end + m.index + m[0].length;
  else {
    // "Police and residents say four killed in Bannu blast": a speaker coordinated with another.
    const cue = mention ? speakingCue(cues, mention) : null;
    if (!cue || !SAY.has(lastWord(cue.text))) return false;
    verbEnd = cue.end;
  }
  if (verbEnd > triggerStart) return false;
  return !TELLER_AGAIN.test(text.slice(verbEnd, triggerStart));
}

const DENY = new Set(['deny', 'denies', 'denied', 'denying']);

/**
 * Whether the actor mention ending at `end` denies the act whose trigger starts at `triggerStart`:
 * "Pentagon denies conducting drone strike in Pakistan", "The Taliban denied carrying out a bomb
 * attack". The act is still told (it makes an event, and its claim is `denied`), but the only
 * voice that puts the denier to it says it did not: the denier is not its agent.
 */
export function deniesAct(text: string, end: number, triggerStart: number): boolean {
  const m = AFTER_ACTOR.exec(text.slice(end, end + 48));
  if (!m || !DENY.has(m[1].toLowerCase())) return false;
  const verbEnd = end + m.index + m[0].length;
  return verbEnd <= triggerStart && !/[.;:]/.test(text.slice(verbEnd, triggerStart));
}
