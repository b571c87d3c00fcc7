import type { EntityMention } from '../model/types.ts';

// A two-sided act has both its sides in its subject when two actors joined by "and" do it and no
// other side follows the verb: "Afghan and Pakistani border forces exchanged heavy fire", "Afghan
// forces and Pakistani troops clashed" (not "Polish police and military forces clashed with them").
// The subject nearest the verb stays the agent (as for any verb); the other is the other side, no
// bystander, so it is the act's target rather than nothing (session 20, news42).

/** Triggers of an act two sides do to each other. */
const TWO_SIDED = /^(?:clashed|clashing|fought|exchanged (?:[\p{L}]+ )?(?:fire|gunfire)|exchanging (?:[\p{L}]+ )?fire|traded fire)$/iu;

/** The other side named after the verb: "clashed with", "fought against". */
const OTHER_SIDE_AFTER = /^\s+(?:with|against)\b/i;

/**
 * The other side of a two-sided trigger: the subject joined by a bare "and" to the last one (the
 * agent), or null. `subjects` are the clause's subject mentions before the trigger, in text order.
 */
export function otherSideInSubject(text: string, trigger: { start: number; end: number }, subjects: readonly EntityMention[]): EntityMention | null {
  if (subjects.length < 2 || !TWO_SIDED.test(text.slice(trigger.start, trigger.end))) return null;
  // ("Mozambican and Rwandan forces clashed with an Islamist militia": allies, the other side after.)
  if (OTHER_SIDE_AFTER.test(text.slice(trigger.end, trigger.end + 20))) return null;
  const [first, last] = subjects.slice(-2);
  if (first.entity === last.entity || !/^\s+and\s+$/i.test(text.slice(first.end, last.start))) return null;
  return first;
}
