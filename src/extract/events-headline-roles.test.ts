import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Roles in short headlines (news29): who a verbless or "were"-less casualty headline counts is the
// target, never the agent; a teller ("police say") is not the doer of the act it reports. Our own
// headlines, written as sentences so that they are not read as headings.

function targets(e: ReturnType<typeof only>): string[] {
  return e.actors.filter((r) => r.role === 'target').map((r) => r.actor);
}

describe('victims of a headline passive are targets', () => {
  test('"Nine soldiers killed in suicide attack in Bannu": the soldiers are the target, the agent unidentified', () => {
    const e = only(run('Nine soldiers killed in suicide attack in Bannu.'), 'bombing');
    assert.deepEqual(targets(e), ['pakistan-army']);
    assert.ok(!agents(e).some(([a]) => a === 'pakistan-army'), JSON.stringify(agents(e)));
  });

  test('"Four civilians killed in roadside blast": the civilians are not the bombing\'s agent', () => {
    const e = only(run('Four civilians killed in roadside blast.'), 'bombing');
    assert.deepEqual(targets(e), ['civilians']);
    assert.ok(!agents(e).some(([a]) => a === 'civilians'), JSON.stringify(agents(e)));
  });

  test('"3 Haqqani Network fighters dead in drone strike": the fighters are the target', () => {
    const e = only(run('3 Haqqani Network fighters dead in drone strike.'), 'bombing');
    assert.deepEqual(targets(e), ['haqqani-network']);
    assert.ok(!agents(e).some(([a]) => a === 'haqqani-network'), JSON.stringify(agents(e)));
  });

  test('"Three civilians also killed in a blast in Kurram": "also" between them and the participle', () => {
    const e = only(run('Three civilians also killed in a blast in Kurram.'), 'bombing');
    assert.ok(!agents(e).some(([a]) => a.startsWith('civilians')), JSON.stringify(agents(e)));
    assert.ok(targets(e).some((a) => a.startsWith('civilians')));
  });

  test('"Two soldiers, three militants dead in Pakistan attack.": the first of a counted list of the dead is no agent', () => {
    const e = only(run('Two soldiers, three militants dead in Pakistan attack.'), 'attack');
    assert.ok(!agents(e).some(([a]) => a === 'pakistan-army'), JSON.stringify(agents(e)));
  });

  test('"Three militants, two security personnel killed in northwest Pakistan." names no militant agent', () => {
    const e = only(run('Three militants, two security personnel killed in an attack in northwest Pakistan.'), 'attack');
    assert.ok(agents(e).every(([, inferred]) => inferred), JSON.stringify(agents(e)));
    assert.ok(!e.provenance.rules.includes('agent:subject-of-sentence'), e.provenance.rules.join(' ; '));
  });

  test('an active verb with its object keeps its subject as agent: "Militants killed two policemen in an attack in Bannu."', () => {
    const e = only(run('Militants killed two policemen in Bannu.'), 'attack');
    assert.ok(agents(e).length > 0 && !agents(e).some(([a]) => a === 'pakistan-police'), JSON.stringify(agents(e)));
  });
});

describe('a teller is not the doer of the act it tells', () => {
  test('"Pakistan police say at least four killed in northwest blast": the police are no agent', () => {
    const e = only(run('Pakistan police say at least four killed in northwest blast.'), 'bombing');
    assert.ok(!agents(e).some(([a]) => a === 'pakistan-police'), JSON.stringify(agents(e)));
  });

  test('"Police say two people died in a bomb blast in Quetta": the police are no agent', () => {
    const e = only(run('Police say two people died in a bomb blast in Quetta.'), 'bombing');
    assert.ok(!agents(e).some(([a]) => a === 'pakistan-police'), JSON.stringify(agents(e)));
  });

  test('"Police said they arrested five suspects in Peshawar": the pronoun is the teller, who stays the agent', () => {
    const e = only(run('Police said they arrested five suspects in Peshawar.'), 'arrest');
    assert.deepEqual(agents(e), [['pakistan-police', false]]);
  });
});

describe('victims of a clash are no crowd fighting it', () => {
  test('"Sectarian clashes erupt in Parachinar, ten dead;Three civilians also killed in Kurram.": no riot', () => {
    const a = run('Sectarian clashes erupt in Parachinar, ten dead;Three civilians also killed in Kurram.');
    assert.deepEqual(a.events.filter((e) => e.type === 'riot').map((e) => e.trigger.text), []);
    assert.ok(!agents(only(a, 'attack')).some(([x]) => x.startsWith('rioters')));
  });

  test('"Three civilians also killed and four injured in Kurram.": an attack on civilians, no riot by them', () => {
    const a = run('Three civilians also killed and four injured in Kurram.');
    assert.deepEqual(a.events.filter((e) => e.type === 'riot').map((e) => e.trigger.text), []);
    assert.ok(!agents(only(a, 'attack')).some(([x]) => x.startsWith('civilians') || x.startsWith('rioters')));
  });

  test('"Clashes in Kurram killed three villagers.": the villagers are victims, no riot', () => {
    const a = run('Clashes in Kurram killed three villagers.');
    assert.deepEqual(a.events.filter((e) => e.type === 'riot').map((e) => e.trigger.text), []);
  });

  test('a crowd that is a side still makes a riot: "Villagers clashed with police in Kurram, three villagers were killed."', () => {
    only(run('Villagers clashed with police in Kurram, three villagers were killed.'), 'riot');
  });
});

describe('people hurt in a clash between named sides are its crowd', () => {
  test('"11 people were injured in a clash between two groups of villagers in Kurram.": still a riot', () => {
    only(run('11 people were injured in a clash between two groups of villagers in Kurram.'), 'riot');
  });
});

describe('a denied act is still an event, but the denier is not its agent', () => {
  test('"Pentagon denies conducting drone strike in Pakistan.": a bombing, no US agent, its claim denied', () => {
    const a = run('Pentagon denies conducting drone strike in Pakistan.');
    const e = only(a, 'bombing');
    assert.ok(!agents(e).some(([x]) => x === 'us-forces'), JSON.stringify(agents(e)));
    assert.equal(a.claims.find((c) => c.id === e.claim)?.certainty, 'denied');
  });

  test('"The Taliban denied carrying out a bomb attack in Quetta.": no Taliban agent', () => {
    const e = only(run('The Taliban denied carrying out a bomb attack in Quetta.'), 'bombing');
    assert.ok(!agents(e).some(([x]) => x === 'afghan-taliban'), JSON.stringify(agents(e)));
  });
});
