import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 15 (news19): state forces as the agents of raids and operations in our own AfPak
// sentences (the leftovers of news17's fourth round).

const PUBLISHED = '2026-11-27'; // a Friday

const events = (text: string) => run(text, PUBLISHED).events;
const agentOf = (text: string, trigger: string) => {
  const r = run(text, PUBLISHED);
  const e = r.events.find((x) => x.trigger.text === trigger);
  assert.ok(e, `no event "${trigger}" in: ${text}`);
  const a = e.actors.find((x) => x.role === 'agent');
  return a ? r.actors.find((x) => x.id === a.actor)?.name ?? a.actor : null;
};

describe('a raid that ends in arrests', () => {
  test('"In another raid, X arrested ..." is the arrest only', () => {
    for (const text of [
      'PESHAWAR: In another raid, CTD personnel arrested three suspected militants in Bannu on Tuesday, officials said.',
      "In another raid in Quetta's Sariab Road area on Wednesday morning, police arrested six suspects wanted for extortion.",
    ]) {
      assert.deepEqual(events(text).map((e) => e.type), ['arrest'], text);
    }
  });
});

describe('Pakistani forces', () => {
  test('"Pakistani forces" and "Pakistan\'s forces" are its military', () => {
    assert.equal(agentOf('KABUL: Pakistani forces shelled villages in Paktia on Thursday, killing three civilians, a Taliban spokesman said.', 'shelled'), 'Pakistan Army');
    assert.equal(agentOf("Pakistan's forces fired mortar shells into Khost's Sperah district on Wednesday.", 'fired'), 'Pakistan Army');
  });
});
