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

describe('a munition named before "fired" (session 23)', () => {
  test('"Shells fired from across the border struck homes" is shelling, a bombing, with its toll', () => {
    const a = run('Five villagers were killed when shells fired from across the border struck homes in Dangam on Wednesday.', '2026-11-26');
    const e = only(a, 'bombing');
    assert.equal(e.trigger.text, 'fired');
    assert.ok(e.provenance.rules.includes('fired-munition-before:bombing'), e.provenance.rules.join(' ; '));
    assert.deepEqual(a.events.filter((x) => x.type === 'attack'), []);
  });

  test('"Rockets were fired at a police station" is a bombing, "Gunmen fired at a police station" an attack', () => {
    const rockets = only(run('Rockets were fired at a police station in Bannu on Tuesday, wounding two constables.', '2026-11-26'), 'bombing');
    assert.equal(rockets.trigger.text, 'fired at');
    assert.ok(rockets.provenance.rules.includes('fired-munition-before:bombing'), rockets.provenance.rules.join(' ; '));
    const gunmen = run('Gunmen fired at a police station in Bannu on Tuesday, wounding two constables.', '2026-11-26');
    assert.equal(only(gunmen, 'attack').trigger.text, 'fired at');
    assert.deepEqual(gunmen.events.filter((x) => x.type === 'bombing'), []);
  });

  test('"Two mortar rounds were fired at the cantonment" is one bombing, the noun and the verb together', () => {
    const a = run('Two mortar rounds were fired at the cantonment in Bannu on Tuesday.', '2026-11-26');
    assert.equal(a.events.length, 1);
    const e = only(a, 'bombing');
    assert.ok(e.provenance.rules.includes('trigger:bombing:fired at'), e.provenance.rules.join(' ; '));
  });

  test('tear gas shells fired by police are no shelling', () => {
    const a = run('Police in Lahore fired tear gas shells at the marchers on Tuesday.', '2026-11-26');
    assert.deepEqual(a.events.filter((x) => x.type === 'bombing'), []);
    const b = run('Tear gas shells were fired at the marchers in Lahore on Tuesday.', '2026-11-26');
    assert.deepEqual(b.events.filter((x) => x.type === 'bombing'), []);
  });
});
