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

describe('people after "near", "outside" or "at" of an event noun are no agent', () => {
  test('"Blast near polio workers kills 2": the polio workers are the target, not the agent', () => {
    const e = only(run('Blast near polio workers kills 2.'), 'bombing');
    assert.ok(!agents(e).some(([a]) => a === 'civilians'), JSON.stringify(agents(e)));
    assert.ok(targets(e).includes('civilians'), JSON.stringify(e.actors));
  });

  test('"Bomb outside police station kills four": the police are no agent of the bomb', () => {
    const e = only(run('Bomb outside police patrol kills four in Quetta.'), 'bombing');
    assert.ok(!agents(e).some(([a]) => a === 'pakistan-police'), JSON.stringify(agents(e)));
  });

  test('"Rioters threw stones at soldiers who raided the town": a verb\'s "at" is left alone', () => {
    const a = run('Rioters threw stones at Israeli soldiers who raided the town of Hebron.');
    const raid = a.events.find((x) => x.trigger.text === 'raided');
    assert.ok(raid, JSON.stringify(a.events.map((x) => x.trigger.text)));
    assert.ok(agents(raid).some(([id]) => id === 'israel-defense-forces'), JSON.stringify(raid.actors));
  });
});
