import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Bare fire words (fire.ts), through the public analyze(); sentences are our own.

describe('the noun "firing"', () => {
  test('"wounded in unprovoked Indian firing along the Line of Control" is an attack by the Indian forces', () => {
    const text = 'On 3 March 2022, a boy was wounded in unprovoked Indian firing along the Line of Control in Kotli district.';
    const e = only(run(text), 'attack');
    assert.equal(e.trigger.text, 'firing');
    assert.deepEqual(agents(e), [['indian-security-forces', false]]);
    assert.ok(e.provenance.rules.includes('agent:country-before-operation:IN'), e.provenance.rules.join(' ; '));
  });

  test('"killed in cross-border firing by Pakistani troops": the by-phrase names the agent', () => {
    const e = only(run('Two villagers were killed in cross-border firing by Pakistani troops in Poonch on Monday.'), 'attack');
    assert.ok(e.provenance.rules.includes('trigger:attack:firing'), e.provenance.rules.join(' ; '));
    assert.equal(agents(e).length, 1);
    assert.match(agents(e)[0][0], /pakistan/);
  });

  test('a gerund with its object ("by firing gunshots in the air") makes no attack of its own', () => {
    const a = run('On 2 May 2022, gunmen dispersed a crowd of traders by firing gunshots in the air near Djibo.');
    assert.deepEqual(a.events.filter((e) => e.trigger.text === 'firing'), []);
  });
});

describe('"dropped" with something explosive', () => {
  test('"a quadcopter dropped an explosive device on a house" is a bombing', () => {
    const a = run('Five people, including three children, were injured when a quadcopter dropped an explosive device on a house in the Hassu Khel area of Mir Ali on Wednesday.', '2026-11-26');
    const e = only(a, 'bombing');
    assert.equal(e.trigger.text, 'dropped');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['wounded', 5]]);
  });
});
