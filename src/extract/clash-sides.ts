import type { EventRecord } from '../model/types.ts';

// (Session 22, news55) "Authorities imposed a curfew after clashes between rival groups left nine
// people dead": a clash noun whose sides follow it ("between …", "among …") is fought by those
// sides. The subject of the clause's other verb ("Authorities imposed") is none of them: it is
// no agent of the clash. With no side named as an actor, the clash's agent is left to the
// unidentified armed group of perpetrators.ts.

const CLASH_NOUN = /^(?:clash|clashes|armed clash|armed clashes|fighting|gunfight|gun battle|gunbattle|firefight|skirmish|skirmishes)$/i;
const SIDES_AFTER = /^\s*(?:[\p{Ll}-]+\s+)?(?:between|among|amongst)\b/u;

export const CLASH_SIDES_RULE = 'agent:not-a-side-of-clash';

/**
 * Drops from `roles` the agents named before a clash noun whose sides follow it; true when one
 * was dropped. `text` is the document's text, `trigger` the noun's span.
 */
export function dropSubjectOutsideSides(text: string, trigger: { start: number; end: number; text: string }, roles: EventRecord['actors']): boolean {
  if (!CLASH_NOUN.test(trigger.text) || !SIDES_AFTER.test(text.slice(trigger.end, trigger.end + 40))) return false;
  const before = roles.filter((r) => r.role === 'agent' && !r.inferred && r.end <= trigger.start);
  if (before.length === 0) return false;
  for (const r of before) roles.splice(roles.indexOf(r), 1);
  return true;
}
