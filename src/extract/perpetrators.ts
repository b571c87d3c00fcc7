import type { Doc, EventRecord } from '../model/types.ts';
import type { Context } from '../pipeline/context.ts';
import type { EventLexicon } from './event-lexicon.ts';

// Somebody did it. A violent event whose sentence names no agent ("a bomb exploded at a police
// checkpoint", "a man was shot dead in Monterrey") was done by an armed group the report does not
// identify: ACLED's "Unidentified Armed Group (<country>)", GTD's "Unknown". The agent is marked
// inferred and points at the trigger; a claim of responsibility found later still replaces it
// (responsible-agent.ts treats generic agents as missing). A clash has two sides and no
// attacker: with no subject, its first named side is the agent ("a clash between Russian and
// Ukrainian forces"), as ACLED lists the first side as actor 1.

const CLASH = /^(?:clash|clashes|clashed|armed clash|armed clashes|fighting|fought|gunfight|gun battle|gunbattle|firefight|exchange of fire|exchanged fire|exchanging fire|shoot-outs?|shootouts?|skirmish|skirmishes)$/i;
const UNIDENTIFIED = 'unidentified-armed-group';

export function settlePerpetrators(
  doc: Doc,
  ctx: Context,
  events: EventRecord[],
  lex: EventLexicon,
  country: () => string | null,
): void {
  for (const e of events) {
    const spec = lex.types.get(e.type);
    if (!spec || spec.roles !== 'agent-target' || spec.crowd) continue;
    if (e.actors.some((r) => r.role === 'agent')) continue;
    if (CLASH.test(e.trigger.text)) {
      const side = e.actors.find((r) => r.role === 'target');
      if (side) {
        e.actors = [{ ...side, role: 'agent' }, ...e.actors.filter((r) => r !== side)];
        e.rules.push('agent:first-side-of-clash');
        continue;
      }
    }
    if (!spec.violent) continue;
    const place = e.place ? ctx.places.get(e.place)?.country ?? null : null;
    const cc = place ?? country();
    const id = ctx.actors.instantiate(UNIDENTIFIED, cc);
    e.actors = [{ actor: id, role: 'agent', inferred: true, start: e.trigger.start, end: e.trigger.end }, ...e.actors];
    e.rules.push(`agent:implied:${UNIDENTIFIED}:${cc ? `${place ? 'event-place' : 'document'}:${cc}` : 'no-country'}`);
  }
}
