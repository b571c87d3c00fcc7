import type { Doc, EntityMention } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';

// (Session 18, news36) "TTP spokesman Ali Khan said its fighters had killed four soldiers", "The
// group's spokesman … said their men attacked the post": the fighters a possessive pronoun gives to
// the speaker of its sentence are that speaker's, and a speaker who speaks for a named group makes
// them that group. Read off the pronoun, not said by name: inferred.

/** "its fighters", "their men": the possessive right before an unnamed mention. */
const SPEAKERS_POSSESSIVE = /(?:^|[^\p{L}])(?:its|their)\s+(?:own\s+)?$/iu;

/**
 * The named group whose speaker owns the unnamed mention `a` by "its"/"their" in sentence `si`: the
 * known actor of an attribution cue of that sentence that is no state and no generic template,
 * when the mention is generic (no group's own name); else null.
 */
export function speakersGroup(doc: Doc, ctx: Context, si: number, a: EntityMention): { actor: string; start: number; end: number } | null {
  if (ctx.actors.templateOf(a.entity) === null) return null;
  if (!SPEAKERS_POSSESSIVE.test(doc.text.slice(Math.max(0, a.start - 16), a.start))) return null;
  for (const c of doc.cues) {
    if (c.kind !== 'attribution' || c.sentence !== si || !c.sourceActor) continue;
    // The mention is what is said, not in the source phrase.
    const source = c.sourceSpan ?? c;
    if (source.start <= a.start && a.end <= source.end) continue;
    const entry = ctx.actors.get(c.sourceActor);
    if (!entry || entry.type === 'state' || ctx.actors.templateOf(c.sourceActor) !== null) continue;
    return { actor: c.sourceActor, start: source.start, end: source.end };
  }
  return null;
}
