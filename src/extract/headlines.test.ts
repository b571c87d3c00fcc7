import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import type { EventOut } from '../index.ts';

// Headline-style sentences (as UCDP sources and wire headlines write them): a passive without
// its "were", phrasal killing verbs, "N X die", "over N X killed" as the subject.

function counts(e: EventOut): Array<[string, number, string]> {
  return e.counts.map((c) => [c.kind, c.value, c.qualifier]);
}

function targets(e: EventOut): string[] {
  return e.actors.filter((r) => r.role === 'target').map((r) => r.actor);
}

describe('"gun down" is a killing', () => {
  test('"Gunmen gun down three policemen in Karachi": attack by gunmen on police, 3 killed', () => {
    const e = only(run('Gunmen gun down three policemen in Karachi.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(targets(e), ['pakistan-police']);
    assert.deepEqual(counts(e), [['killed', 3, 'exact']]);
  });

  test('"Unknown assailants gunning down two traders in Quetta": 2 killed', () => {
    const e = only(run('Unknown assailants gunning down two traders in Quetta sparked a strike.'), 'attack');
    assert.deepEqual(counts(e), [['killed', 2, 'exact']]);
  });
});
