import type { AttributionKind } from '../model/types.ts';
import type { SentenceCtx } from './attribution-sentence.ts';

// The attribution kind an actor of the gazetteer speaks with: a state officially, a generic
// actor unnamed, a named group or person named.

/** A named actor of the gazetteer that is not a state nor a generic one ("militants", "residents"). */
export function isNamedGroup(s: Pick<SentenceCtx, 'ctx'>, id: string): boolean {
  const entry = s.ctx.actors.get(id);
  return !!entry && entry.type !== 'state' && s.ctx.actors.templateOf(id) === null;
}

/**
 * A state actor speaks officially; a generic one ("people", "residents", "militants") is an
 * unnamed source; a named group or person is named.
 */
export function actorSourceKind(s: Pick<SentenceCtx, 'ctx'>, entity: string): AttributionKind {
  const entry = s.ctx.actors.get(entity);
  if (entry?.type === 'state') return 'official';
  return s.ctx.actors.templateOf(entity) !== null ? 'anonymous' : 'named';
}
