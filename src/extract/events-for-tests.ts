import assert from 'node:assert/strict';
import { analyze, type Analysis, type EventOut } from '../index.ts';

// What the extractor tests (events, crowds, perpetrators) ask of an analysis: our own sentences
// analysed as published on 2026-11-24 (a Tuesday), the one event of a type, an event's agents.

export const TEST_PUBLISHED = '2026-11-24';

export function run(text: string, published: string = TEST_PUBLISHED): Analysis {
  return analyze(text, { published });
}

/** The single event of `type`; fails naming the events found when there is not exactly one. */
export function only(a: Analysis, type: string): EventOut {
  const found = a.events.filter((e) => e.type === type);
  assert.equal(found.length, 1, `one ${type} event, got ${JSON.stringify(a.events.map((e) => `${e.type}:${e.trigger.text}`))}`);
  return found[0];
}

/** The event's agents as [actor id, inferred]. */
export function agents(e: EventOut): Array<[string, boolean]> {
  return e.actors.filter((r) => r.role === 'agent').map((r) => [r.actor, r.inferred]);
}
