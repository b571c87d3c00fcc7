import type { Doc, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import { isGenericActorId } from '../gazetteer/actors.ts';
import { loadEventLexicon } from './event-lexicon.ts';
import { findResponsibility } from './responsibility.ts';

// A statement of responsibility ("the Taliban claimed responsibility", "sources attributed the
// attack to Boko Haram") names the agent of the document's violent events when their own agent
// is missing or only generic ("assailants"). The agent is marked inferred and carries the rule.

export function applyResponsibility(doc: Doc, ctx: Context): void {
  const resp = findResponsibility(doc, (id) => isGenericActorId(ctx.actors, id));
  if (!resp?.actor || !resp.actorSpan) return;
  const types = loadEventLexicon().types;
  for (const e of doc.events) {
    if (!types.get(e.type)?.violent) continue;
    const agent = e.actors.find((r) => r.role === 'agent');
    // A named agent the text gave stands; an unnamed or inferred one yields to the statement.
    if (agent && !isGenericActorId(ctx.actors, agent.actor) && !agent.inferred) continue;
    replaceAgent(e, resp.actor, resp.actorSpan, `responsibility:${resp.kind}:${resp.rule}`);
  }
}

function replaceAgent(e: EventRecord, actor: string, span: { start: number; end: number }, rule: string): void {
  e.actors = [
    { actor, role: 'agent', inferred: true, start: span.start, end: span.end },
    ...e.actors.filter((r) => r.role !== 'agent' && r.actor !== actor),
  ];
  e.rules.push(rule);
}
