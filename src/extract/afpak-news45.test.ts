import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Session 20 (news45): leftovers of session 20's probe rounds on events, each test on sentences
// of our own (AfPak news style) that failed before its fix (the negative ones hold both ways).

describe('a question tells no act', () => {
  test('an interview question makes no attack; the answer after it keeps its attack and toll', () => {
    const a = run('The district police chief of Bannu spoke to reporters on Tuesday.\n\nQ: How many attacks has the police faced this year?\nA: Militants attacked our checkposts eleven times since January, and four policemen were killed in those attacks.');
    assert.deepEqual(a.events.map((e) => [e.type, e.trigger.text]), [['attack', 'attacked']]);
    assert.deepEqual(a.events[0].counts.map((c) => [c.kind, c.value]), [['killed', 4]]);
  });

  test('"Who killed the two teachers in Kurram?" makes no event; the statement after it does', () => {
    const a = run('Who killed the two teachers in Kurram? Gunmen shot dead a third teacher in Parachinar on Monday, police said.');
    assert.deepEqual(a.events.map((e) => [e.type, e.trigger.text]), [['attack', 'shot dead']]);
  });

  test('a question\'s number gives no toll to the act told before it', () => {
    const a = run('A suicide bomber attacked a police convoy in Bannu on Sunday, killing three policemen.\nWhy were 12 people killed in the market?');
    assert.ok(a.events.every((e) => e.counts.every((c) => c.value !== 12)));
    assert.ok(a.events.some((e) => e.type === 'bombing' && e.counts.some((c) => c.kind === 'killed' && c.value === 3)));
  });
});

describe('a country word joined by "and" to a curated force alias is that force of its own country', () => {
  test('"Indian and Pakistani troops exchanged fire": both sides, the other as target', () => {
    const a = run('Indian and Pakistani troops exchanged fire along the Line of Control in Kupwara on Tuesday night, killing two soldiers.');
    const e = a.events.find((x) => x.type === 'attack')!;
    assert.deepEqual(e.actors.map((r) => [r.role, r.actor]), [['agent', 'pakistan-army'], ['target', 'indian-security-forces']]);
    assert.ok(e.provenance.rules.includes('target:other-side-in-subject'));
  });

  test('"Afghan and Pakistani soldiers traded fire": the Afghan side is no Pakistani force', () => {
    const a = run('Afghan and Pakistani soldiers traded fire near Torkham on Monday.');
    assert.deepEqual(a.events[0].actors.map((r) => [r.role, r.actor]), [['agent', 'pakistan-army'], ['target', 'afghan-taliban']]);
  });

  test('a curated alias that opens with no country word is left alone: "Afghan and ISPR officials"', () => {
    const a = run('Afghan and ISPR officials met in Rawalpindi on Monday.');
    assert.ok(a.actors.every((x) => x.mentions.every((m) => !/coordinated-country-word/.test(m.rule))));
  });
});

describe('destroying armed posts is an attack on them', () => {
  test('"Afghan border guards had destroyed three Pakistani posts": an attack by the Afghan side, at Chaman', () => {
    const a = run('Pakistani officials said Afghan border guards had destroyed three Pakistani posts near Chaman on Sunday night.');
    const e = only(a, 'attack');
    assert.deepEqual([e.trigger.text, e.place, agents(e)], ['destroyed', 'place:PK:chaman', [['afghan-taliban', false]]]);
  });

  test('"Two bunkers were destroyed": a passive with posts as subject is one too', () => {
    const a = run('Two bunkers were destroyed near Chaman on Monday.');
    assert.equal(only(a, 'attack').trigger.text, 'destroyed');
  });

  test('destroying houses or crops is no attack', () => {
    const a = run('Floods destroyed hundreds of houses in Swat on Monday. Police destroyed poppy crops in Khyber.');
    assert.deepEqual(a.events, []);
  });
});
