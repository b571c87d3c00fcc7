import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Leftovers of session 16's reading rounds (news32), on sentences of our own writing.

function targets(e: ReturnType<typeof only>): string[] {
  return e.actors.filter((r) => r.role === 'target').map((r) => r.actor);
}

describe('one actor is not both sides of one act', () => {
  test('"Taliban fighters killed four policemen in an attack in Kunduz": the policemen are no Taliban', () => {
    const a = run('Taliban fighters killed four policemen in an attack in Kunduz on Monday.');
    const e = only(a, 'attack');
    assert.deepEqual(agents(e), [['afghan-taliban', false]]);
    assert.deepEqual(targets(e), ['police:AF']);
    assert.ok(a.actors.some((x) => x.id === 'police:AF'), 'the actors list follows the event');
  });

  test('"Police killed three Taliban fighters in a raid in Kunduz": the police are no Taliban either', () => {
    const e = only(run('Police killed three Taliban fighters in a raid in Kunduz on Monday.'), 'attack');
    assert.deepEqual(agents(e), [['police:AF', false]]);
    assert.deepEqual(targets(e), ['afghan-taliban']);
  });

  test('"Policemen arrested two thieves in Kunduz": the police stand for the Taliban when nothing says otherwise', () => {
    const e = only(run('Policemen arrested two thieves in Kunduz on Monday.'), 'arrest');
    assert.deepEqual(agents(e), [['afghan-taliban', false]]);
  });
});
