import type { EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { EventLexicon } from './event-lexicon.ts';

// (Session 24, news70) "Pakistani and Afghan border forces exchanged heavy fire … Tribal elders met
// and the two sides agreed to a ceasefire": "the two sides", "both sides" name no actor, but after
// an act between two named forces they are those two. An act of parties (an agreement) that has
// none, whose subject or "between" phrase is the two sides, takes the two sides of the latest
// earlier violent act with a doer and a target that are two different armed or state actors
// (no civilians), each marked inferred.

export const SIDES_OF_CLASH_RULE = 'parties:the-two-sides-of';

/** "the two sides agreed", "both sides later agreed": the two sides as the subject, up to three words before the trigger. */
const SIDES_BEFORE = /\b(?:[Tt]he\s+two|[Bb]oth)\s+sides\s+(?:\p{Ll}+\s+){0,3}$/u;
/** "an agreement between the two sides". */
const SIDES_AFTER = /^\s+between\s+(?:the\s+two|both)\s+sides\b/i;

/** Gives `e` the two sides of the latest act of `earlier` they name (see above); true when it did. */
export function addSidesOfClash(text: string, ctx: Context, lex: EventLexicon, e: EventRecord, sentenceStart: number, earlier: readonly EventRecord[]): boolean {
  if (lex.types.get(e.type)?.roles !== 'parties' || e.actors.some((r) => r.role === 'party')) return false;
  if (!SIDES_BEFORE.test(text.slice(Math.max(sentenceStart, e.trigger.start - 60), e.trigger.start)) && !SIDES_AFTER.test(text.slice(e.trigger.end, e.trigger.end + 40))) return false;
  const armed = (id: string) => {
    const type = ctx.actors.get(id)?.type;
    return !!type && type !== 'civilians';
  };
  for (let i = earlier.length - 1; i >= 0; i--) {
    const act = earlier[i];
    if (!lex.types.get(act.type)?.violent) continue;
    const agent = act.actors.find((r) => r.role === 'agent' && armed(r.actor));
    const target = agent ? act.actors.find((r) => r.role === 'target' && r.actor !== agent.actor && armed(r.actor)) : undefined;
    if (!agent || !target) continue;
    e.actors.push({ ...agent, role: 'party', inferred: true }, { ...target, role: 'party', inferred: true });
    e.rules.push(`${SIDES_OF_CLASH_RULE}:${act.id || act.trigger.text}`);
    return true;
  }
  return false;
}
