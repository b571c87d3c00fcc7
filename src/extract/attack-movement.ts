import type { EntityMention, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { EventLexicon } from './event-lexicon.ts';

// (Session 24, news70) "the assailants fled after police arrived", "Assailants then entered the
// building and opened fire", "the attacker entered the prayer hall after shooting dead two
// policemen": an attacker's getaway, or his way into the place he attacks, is a step of that
// attack, not a movement of its own (ACLED codes such a note as the attack only). What stays a
// movement: people fleeing (displacement: "hundreds of civilians fled their homes"), and a
// crossing into or out of a country ("migrants who entered Turkey illegally").

export const ATTACK_STEP_RULE = 'movement:step-of-attack';

/** Between a movement verb and a country it crosses into or out of: "entered Turkey", "fled to neighbouring Iran". */
const BEFORE_COUNTRY = /^\s+(?:(?:in)?to\s+|across\s+|from\s+)?(?:(?:the|neighbouring|neighboring)\s+)?$/i;

function crossesCountry(text: string, places: readonly EntityMention[], end: number, ctx: Context): boolean {
  return places.some((p) => p.start >= end && p.start - end <= 30 && ctx.places.get(p.entity)?.kind === 'country' && BEFORE_COUNTRY.test(text.slice(end, p.start)));
}

/**
 * The sentence's events without the movements that are steps of an attack: a trigger word the
 * type names as such (`attackSteps` in data/events.json: "fled", "entered") whose mover is no
 * civilian, that crosses into no country, beside a violent act of its sentence, of the paragraph
 * before it or of the sentence just before (`near`).
 */
export function dropAttackSteps(text: string, ctx: Context, lex: EventLexicon, kept: EventRecord[], near: readonly EventRecord[], places: readonly EntityMention[]): EventRecord[] {
  const steps = (e: EventRecord) => !!lex.types.get(e.type)?.attackSteps?.includes(e.trigger.text.toLowerCase());
  if (!kept.some(steps)) return kept;
  const violent = (e: EventRecord) => !!lex.types.get(e.type)?.violent;
  if (!kept.some(violent) && !near.some(violent)) return kept;
  return kept.filter((e) => {
    if (!steps(e)) return true;
    if (e.actors.some((r) => r.role === 'agent' && ctx.actors.get(r.actor)?.type === 'civilians')) return true;
    if (crossesCountry(text, places, e.trigger.end, ctx)) return true;
    ctx.debug(() => `${ATTACK_STEP_RULE}: dropped "${e.trigger.text}" at ${e.trigger.start}`);
    return false;
  });
}
