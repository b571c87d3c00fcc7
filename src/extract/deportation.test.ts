import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import { acledRuleCode } from '../eval/code-acled.ts';

// Session 21 (news46): deportations and returns across a border (docs/taxonomy.md, "Deportations
// and returns"), on sentences of our own in AfPak news style.

const counts = (e: { counts: Array<{ kind: string; value: number }> }) => e.counts.map((c) => [c.kind, c.value]);

describe('a deportation is an event of its own', () => {
  test('"Pakistan deported 1,200 Afghan nationals through Torkham": Pakistan\'s government, the Afghans, the crossing, deported 1,200', () => {
    const a = run('Pakistan deported 1,200 Afghan nationals through Torkham on Monday, officials said.');
    const e = only(a, 'deportation');
    assert.deepEqual(agents(e), [['pakistan-government', false]]);
    assert.ok(e.provenance.rules.includes('agent:country-subject:PK'), e.provenance.rules.join(' ; '));
    assert.ok(e.actors.some((r) => r.role === 'target' && r.actor === 'civilians:AF'));
    assert.equal(e.place, 'place:PK:torkham');
    assert.deepEqual(counts(e), [['deported', 1200]]);
    assert.equal(e.date?.start, '2026-11-23');
  });

  test('a passive deportation by named authorities keeps them as its agent', () => {
    const a = run('More than 300 Afghan refugees were deported from Quetta by the Balochistan police on Sunday.');
    const e = only(a, 'deportation');
    assert.deepEqual(counts(e), [['deported', 300]]);
    assert.ok(agents(e).length === 1 && agents(e)[0][0].includes('police'), JSON.stringify(e.actors));
  });

  test('"sent back to Afghanistan" is a deportation; "sent back to the district court" is none', () => {
    const a = run('A Khyber district official said 1,240 people were sent back to Afghanistan on Saturday.');
    const e = only(a, 'deportation');
    assert.deepEqual(counts(e), [['deported', 1240]]);
    assert.equal(e.place, 'country:AF');
    const b = run('The case of the 14 suspects was sent back to the district court in Mardan on Monday.');
    assert.equal(b.events.filter((x) => x.type === 'deportation').length, 0);
  });

  test('a deportation to come or opposed is none: "detained 300 undocumented Afghans ahead of deportation"', () => {
    const a = run('Police detained 300 undocumented Afghans in Islamabad ahead of deportation.');
    assert.deepEqual(a.events.map((e) => e.type), ['arrest']);
    const b = run('Hundreds of Afghan families in Karachi are facing deportation, a rights group said.');
    assert.equal(b.events.filter((e) => e.type === 'deportation').length, 0);
  });

  test('ACLED codes no deportation: it adds nothing to a note\'s ACLED type', () => {
    const a = run('Pakistan deported 1,200 Afghan nationals through Torkham on Monday.');
    assert.equal(acledRuleCode(a).eventType, '(no event)');
  });
});

describe('a return across a border is the same type, counted as returned', () => {
  test('"More than 40,000 Afghans returned from Iran last week": returned 40,000 (at least), not placed in Iran', () => {
    const a = run('More than 40,000 Afghans returned from Iran last week, the UN refugee agency said.');
    const e = only(a, 'deportation');
    assert.deepEqual(counts(e), [['returned', 40000]]);
    assert.equal(e.counts[0].qualifier, 'at-least');
    assert.ok(e.provenance.rules.includes('deportation:return-across-border:returned from'));
    assert.notEqual(e.place, 'country:IR');
  });

  test('a family going back to its village after an operation is no return across a border', () => {
    const a = run('Some 200 displaced families returned from the camps to their villages in North Waziristan after the operation ended.');
    assert.equal(a.events.filter((e) => e.type === 'deportation').length, 0);
  });

  test('one person back from abroad, uncounted, is no return event', () => {
    const a = run('The former governor returned from Dubai on Sunday.');
    assert.equal(a.events.filter((e) => e.type === 'deportation').length, 0);
  });
});
