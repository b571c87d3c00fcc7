import type { Doc, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';

// One actor is not both sides of one act. A generic force word is read through the curated actor
// that stands for it at the reference date ("policemen" in Afghanistan after August 2021 are the
// Taliban's police); when the event's other side is that very actor, named in its own words
// ("Taliban fighters killed four policemen in an attack in Kunduz"), the text says the force is
// someone else, so the word keeps its country's generic force ("police:AF") and no guess is made
// about whose it was. The actors list follows the event, as for perpetrators' method rule.

const GENERIC = /^actor-generic:([^:]+):.*:([A-Z]{2})$/;

export function splitSelfOpposed(doc: Doc, ctx: Context, e: EventRecord): void {
  const agents = new Set(e.actors.filter((r) => r.role === 'agent').map((r) => r.actor));
  if (agents.size === 0) return;
  for (const r of [...e.actors]) {
    if (!agents.has(r.actor)) continue;
    const other = e.actors.find((x) => x !== r && x.actor === r.actor && x.role !== r.role && (x.role === 'agent' || r.role === 'agent'));
    if (!other) continue;
    const at = doc.actorMentions.findIndex((m) => m.start === r.start && m.end === r.end && m.entity === r.actor);
    const m = at >= 0 ? doc.actorMentions[at] : null;
    const generic = m ? GENERIC.exec(m.rule) : null;
    // Two generic words of one force are not a contradiction: "A police officer opened fire on
    // his colleagues at a police checkpoint" is an insider attack.
    if (!m || !generic || !namedInOwnWords(doc, other)) continue;
    const plain = ctx.actors.instantiate(generic[1], generic[2]);
    if (plain === r.actor) continue;
    doc.actorMentions[at] = { ...m, entity: plain, rule: `${m.rule}+not-the-other-side:${r.actor}` };
    // (A new array by push, not map: a map TurboFan inlined makes a holey array, and the code
    // that reads events' roles was compiled for packed ones; session 20, perf20.)
    const actors: EventRecord['actors'] = [];
    for (const x of e.actors) actors.push(x.start === r.start && x.end === r.end && x.actor === r.actor ? { ...x, actor: plain } : x);
    e.actors = actors;
    e.rules.push(`actor:not-the-other-side:${generic[1]}:${generic[2]}`);
  }
}

function namedInOwnWords(doc: Doc, r: { actor: string; start: number; end: number }): boolean {
  return doc.actorMentions.some((m) => m.start === r.start && m.end === r.end && m.entity === r.actor && m.rule.startsWith('actor-alias:'));
}
