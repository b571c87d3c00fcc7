import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Who is no agent of a violent noun (news31): the object of "X killed Y in a <attack noun>" is
// whom the attack befell; people named after "near", "outside" or "at" of an event noun are where
// it happened. Our own sentences.

function targets(e: ReturnType<typeof only>): string[] {
  return e.actors.filter((r) => r.role === 'target').map((r) => r.actor);
}

describe('the object of "X killed Y in a <attack noun>" is no agent of the noun', () => {
  test('"Militants killed two soldiers in a suicide attack in Bannu": the militants did it, the soldiers are the target', () => {
    const e = only(run('Militants killed two soldiers in a suicide attack in Bannu.'), 'bombing');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(targets(e), ['pakistan-army']);
  });

  test('"Gunmen wounded three policemen in an attack on a checkpoint in Lakki Marwat": the policemen are no agent', () => {
    const e = only(run('Gunmen wounded three policemen in an attack on a checkpoint in Lakki Marwat.'), 'attack');
    assert.ok(!agents(e).some(([a]) => a === 'pakistan-police'), JSON.stringify(agents(e)));
    assert.ok(targets(e).includes('pakistan-police'), JSON.stringify(e.actors));
  });

  test('"A drug suspect was killed during a police raid": a mention inside the noun\'s own phrase is untouched', () => {
    const e = run('A drug suspect was killed during a police raid in Quetta.');
    assert.ok(e.events.length > 0);
    assert.ok(!e.events.some((x) => x.actors.some((r) => r.role === 'agent' && r.actor === 'civilians')), JSON.stringify(e.events.map((x) => x.actors)));
  });
});
