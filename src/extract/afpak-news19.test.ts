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

describe('the force of a raid', () => {
  test("a raid whose subject names no force is the sentence's state force's", () => {
    assert.equal(agentOf('According to CTD officials, a team raided a hideout in Manghopir on a tip-off.', 'raided'), 'Counter Terrorism Department');
    // A force the raid was on is not its agent.
    assert.notEqual(agentOf('Gunmen raided a police checkpost in Lakki Marwat on Tuesday night.', 'raided'), 'Police of Pakistan');
  });
});

describe('the agent of a result clause', () => {
  test('"own troops engaged ... and resultantly, eight khwarij were sent to hell" was the troops\'', () => {
    assert.equal(
      agentOf("RAWALPINDI: During the operation in Tank, own troops effectively engaged the khwarij's location and resultantly, eight khwarij were sent to hell.", 'sent to hell'),
      'Pakistan Army',
    );
    const [killed] = events('Security forces surrounded the compound in Tank and as a result, five terrorists were killed.');
    assert.ok(killed.provenance.rules.includes('agent:subject-before-result'));
    assert.equal(killed.actors.find((r) => r.role === 'agent')?.inferred, false);
  });
});

describe('Pakistani forces', () => {
  test('"Pakistani forces" and "Pakistan\'s forces" are its military', () => {
    assert.equal(agentOf('KABUL: Pakistani forces shelled villages in Paktia on Thursday, killing three civilians, a Taliban spokesman said.', 'shelled'), 'Pakistan Army');
    assert.equal(agentOf("Pakistan's forces fired mortar shells into Khost's Sperah district on Wednesday.", 'fired'), 'Pakistan Army');
  });
});

describe('an arrest with no agent of its own', () => {
  test("is the state force's that acted in its sentence", () => {
    const r = run('KARACHI: A wanted suspect was killed in an encounter with the CTD in Manghopir late on Tuesday, while two of his accomplices were arrested, police said.', PUBLISHED);
    const arrest = r.events.find((e) => e.type === 'arrest');
    assert.ok(arrest);
    const agent = arrest.actors.find((x) => x.role === 'agent');
    assert.equal(r.actors.find((x) => x.id === agent?.actor)?.name, 'Counter Terrorism Department');
  });
});
