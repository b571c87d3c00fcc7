import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Session 20 (news42): events in new probe articles of our own writing (a border clash, a court
// story, deportations, a kidnapping, a sit-in turned riot, a disputed mosque bombing), each test on
// sentences of our own (AfPak news style) that failed before its fix.

describe('a number in a passive\'s "by" phrase counts the doers', () => {
  test('"were abducted from their camp near Kulachi by around a dozen armed men": no kidnapped count of 12', () => {
    const a = run('The men, all engineers working on a road project, were abducted at gunpoint from their camp near Kulachi by around a dozen armed men, police said.');
    assert.deepEqual(only(a, 'kidnapping').counts, []);
  });

  test('"Four engineers were kidnapped by 12 gunmen": kidnapped 4, not 12', () => {
    const a = run('Four engineers were kidnapped by 12 gunmen in Bannu on Monday, police said.');
    assert.deepEqual(only(a, 'kidnapping').counts.map((c) => [c.kind, c.value]), [['kidnapped', 4]]);
  });
});

describe('a named border crossing is a place, no movement', () => {
  test('"The Chaman crossing ... was closed in both directions": no movement event', () => {
    const a = run('The Chaman crossing, one of the busiest on the border, was closed in both directions on Monday, stranding hundreds of trucks.');
    assert.equal(a.events.filter((e) => e.type === 'movement').length, 0);
  });

  test('"exchanged heavy fire at the Chaman crossing": the clash only', () => {
    const a = run('CHAMAN: Afghan and Pakistani border forces exchanged heavy fire at the Chaman crossing on Sunday night, killing at least three people, officials said.');
    assert.deepEqual(a.events.map((e) => e.type), ['attack']);
  });

  test('a subject crossing into a place still moves: "Dozens of militants crossing into Kurram ... were stopped"', () => {
    const a = run('Dozens of militants crossing into Kurram from Afghanistan were stopped by troops on Monday.');
    assert.equal(only(a, 'movement').place, 'admin2:PK:kurram');
  });
});

describe('a country\'s heavy weapons are its forces\'', () => {
  test('"Pakistani mortar shells had hit houses in Spin Boldak": the Pakistani military is the agent', () => {
    const a = run('In Kandahar, the Taliban\'s provincial spokesman said Pakistani mortar shells had hit houses in Spin Boldak, killing four civilians, including two children, and wounding 11 others.');
    const e = only(a, 'bombing');
    assert.deepEqual(agents(e), [['pakistan-army', false]]);
    assert.ok(e.provenance.rules.includes('agent:country-before-operation:PK'), e.provenance.rules.join(' ; '));
  });

  test('a plain "mortar shells hit houses" names no state: the agent stays implied', () => {
    const a = run('Mortar shells hit houses in Spin Boldak on Sunday, killing four civilians.');
    assert.ok(agents(only(a, 'bombing')).every(([, inferred]) => inferred));
  });
});
