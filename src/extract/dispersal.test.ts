import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './events-for-tests.ts';
import { acledRuleCode } from '../eval/code-acled.ts';

// Session 21 (news46): a protest broken up by force is "with intervention" (src/extract/dispersal.ts,
// ACLED's "Protest with intervention"), on sentences of our own in AfPak news style.

const marks = (rules: readonly string[]) => rules.filter((r) => r.startsWith('protest:intervention:'));
const counts = (e: { counts: Array<{ kind: string; value: number }> }) => e.counts.map((c) => [c.kind, c.value]).sort();

describe('a dispersal by force marks the protest it breaks up', () => {
  test('batons and tear gas after a sit-in: the sit-in is marked and takes the injured and the arrested, no attack', () => {
    const a = run('KARACHI: Hundreds of traders staged a sit-in outside the Sindh Assembly on Tuesday to protest against new taxes. Police used batons and tear gas to disperse the protesters; 12 people were injured and 20 were arrested.');
    const p = only(a, 'protest');
    assert.deepEqual(marks(p.provenance.rules), ['protest:intervention:batons']);
    assert.deepEqual(counts(p), [['arrested', 20], ['wounded', 12]]);
    assert.equal(a.events.filter((e) => e.type === 'attack' || e.type === 'bombing').length, 0);
    assert.deepEqual(acledRuleCode(a), { eventType: 'Protests', subEventType: 'Protest with intervention' });
  });

  test('a baton charge and water cannon: the sentence after it tells the protest\'s toll', () => {
    const a = run('LAHORE: Hundreds of teachers held a protest outside the Punjab Assembly on Monday against the privatisation of schools. Police baton-charged the protesters and fired water cannon to disperse them. At least 15 teachers were injured.');
    const p = only(a, 'protest');
    assert.deepEqual(marks(p.provenance.rules), ['protest:intervention:baton-charged']);
    assert.deepEqual(counts(p), [['wounded', 15]]);
  });

  test('without the dispersal the protest is peaceful (the rule coder)', () => {
    const a = run('KARACHI: Hundreds of traders staged a sit-in outside the Sindh Assembly on Tuesday to protest against new taxes. The traders ended the sit-in in the evening.');
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), []);
    assert.deepEqual(acledRuleCode(a), { eventType: 'Protests', subEventType: 'Peaceful protest' });
  });
});

describe('a dispersed crowd with no protest told before', () => {
  test('"Police used batons and tear gas to disperse the protesters": a protest of its own, with intervention, its injured', () => {
    const a = run('Police used batons and tear gas to disperse the protesters in Peshawar on Sunday; 12 people were injured.');
    const p = only(a, 'protest');
    assert.equal(p.trigger.text, 'protesters');
    assert.ok(p.provenance.rules.includes('protest:dispersed-crowd'));
    assert.deepEqual(marks(p.provenance.rules), ['protest:intervention:batons']);
    // (The police are a party since news50: the force that broke the protest up.)
    assert.deepEqual(p.actors.map((r) => [r.role, r.actor]), [['agent', 'protesters:PK'], ['party', 'pakistan-police']]);
    assert.equal(p.place, 'place:PK:peshawar');
    assert.equal(p.date?.start, '2026-11-22');
    assert.deepEqual(counts(p), [['wounded', 12]]);
    assert.equal(a.events.filter((e) => e.type === 'attack').length, 0);
  });

  test('a dispersal that names no protesting crowd makes no protest', () => {
    const a = run('Police used tear gas to clear traffic on the Ring Road in Peshawar on Sunday.');
    assert.equal(a.events.filter((e) => e.type === 'protest').length, 0);
  });
});

describe('what is no intervention', () => {
  test('an order to disperse, or a crowd leaving peacefully, marks nothing', () => {
    const a = run('Hundreds of farmers protested outside the Peshawar press club on Monday. Police asked them to disperse, and the farmers dispersed peacefully in the evening.');
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), []);
  });

  test('live fire to disperse a crowd is no mere intervention', () => {
    const a = run('Hundreds of villagers protested in Bannu on Monday against the killing of a shopkeeper. Security forces fired live bullets to disperse the crowd.');
    assert.deepEqual(marks(only(a, 'protest').provenance.rules), []);
  });

  test('a protest that turned into a riot is not marked', () => {
    const a = run('Protesters in Quetta pelted police with stones and set tyres on fire on Monday. Police used tear gas to disperse them.');
    assert.equal(a.events.filter((e) => e.type === 'protest').length, 0);
    assert.ok(a.events.every((e) => marks(e.provenance.rules).length === 0));
  });
});
