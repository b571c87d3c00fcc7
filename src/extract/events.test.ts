import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, type Analysis, type EventOut, type Qualifier } from '../index.ts';
import { agents, only, run, TEST_PUBLISHED } from './events-for-tests.ts';

// Events through the public analyze(), published 2026-11-24 (a Tuesday, so "Monday" is
// 2026-11-23 and "Sunday" 2026-11-22). An event is built inside its sentence; the only link to
// the previous sentence is an agentless passive or a pronoun subject, marked inferred: true, and
// nothing links across a paragraph break.

const PUBLISHED = TEST_PUBLISHED;
const EXAMPLE = readFileSync(new URL('../../examples/kurram-report.txt', import.meta.url), 'utf8');

type Count = [kind: string, value: number, qualifier: Qualifier, text: string, start: number, end: number];

function countsOf(e: EventOut): Count[] {
  return e.counts.map((c) => [c.kind, c.value, c.qualifier, c.text, c.start, c.end]);
}

function placeOf(a: Analysis, e: EventOut): [string | null, string | null] {
  return [e.place, e.placeMention ? a.text.slice(e.placeMention.start, e.placeMention.end) : null];
}

function checkOffsets(a: Analysis): void {
  for (const e of a.events) {
    assert.equal(a.text.slice(e.trigger.start, e.trigger.end), e.trigger.text, `trigger of ${e.id}`);
    for (const c of e.counts) assert.equal(a.text.slice(c.start, c.end), c.text, `count of ${e.id}`);
    assert.ok(e.provenance.rules.length > 0);
  }
}

const MONDAY = { start: '2026-11-23', end: '2026-11-23', precision: 'day' };
const SUNDAY = { start: '2026-11-22', end: '2026-11-22', precision: 'day' };

describe('events in one sentence', () => {
  test('"Police arrested five suspects in Peshawar on Monday": arrest of 5 in Peshawar on Monday', () => {
    const text = 'Police arrested five suspects in Peshawar on Monday.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'arrest');
    assert.deepEqual(e.trigger, { start: 7, end: 15, text: 'arrested' });
    assert.deepEqual(countsOf(e), [['arrested', 5, 'exact', 'five', 16, 20]]);
    assert.deepEqual(placeOf(a, e), ['place:PK:peshawar', 'Peshawar']);
    assert.deepEqual(e.date, MONDAY);
    assert.deepEqual(e.dateMention, { start: 45, end: 51 });
  });

  test('"Police arrested 5 suspects in Peshawar on Monday": the same with digits', () => {
    const text = 'Police arrested 5 suspects in Peshawar on Monday.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'arrest');
    assert.deepEqual(e.trigger, { start: 7, end: 15, text: 'arrested' });
    assert.deepEqual(countsOf(e), [['arrested', 5, 'exact', '5', 16, 17]]);
    assert.deepEqual(placeOf(a, e), ['place:PK:peshawar', 'Peshawar']);
    assert.deepEqual(e.placeMention, { start: 30, end: 38 });
    assert.deepEqual(e.date, MONDAY);
    assert.deepEqual(e.dateMention, { start: 42, end: 48 });
    assert.equal(e.claim, 'c1');
  });

  test('"A suicide bomber killed 12 people and wounded 30 at a mosque in Quetta": bombing, 12 killed, 30 wounded, Quetta', () => {
    const text = 'A suicide bomber killed 12 people and wounded 30 at a mosque in Quetta.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'bombing');
    assert.deepEqual(e.trigger, { start: 2, end: 16, text: 'suicide bomber' });
    assert.deepEqual(countsOf(e), [
      ['killed', 12, 'exact', '12', 24, 26],
      ['wounded', 30, 'exact', '30', 46, 48],
    ]);
    assert.deepEqual(placeOf(a, e), ['place:PK:quetta', 'Quetta']);
    assert.deepEqual(e.placeMention, { start: 64, end: 70 });
    assert.equal(e.date, null, 'no date in the sentence');
  });

  test('a suicide bombing that killed people is one event, not a bombing and an attack', () => {
    const a = run('A suicide bomber killed 12 people and wounded 30 at a mosque in Quetta.');
    assert.deepEqual(a.events.map((e) => e.type), ['bombing']);
  });

  test('"Gunmen kidnapped three engineers in Khyber district": kidnapping of 3', () => {
    const text = 'Gunmen kidnapped three engineers in Khyber district.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'kidnapping');
    assert.deepEqual(e.trigger, { start: 7, end: 16, text: 'kidnapped' });
    assert.deepEqual(countsOf(e), [['kidnapped', 3, 'exact', 'three', 17, 22]]);
    assert.deepEqual(placeOf(a, e), ['admin2:PK:khyber', 'Khyber district']);
  });

  test('"Gunmen kidnapped 3 engineers in Khyber district": the same with digits', () => {
    const text = 'Gunmen kidnapped 3 engineers in Khyber district.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'kidnapping');
    assert.deepEqual(e.trigger, { start: 7, end: 16, text: 'kidnapped' });
    assert.deepEqual(countsOf(e), [['kidnapped', 3, 'exact', '3', 17, 18]]);
    assert.deepEqual(placeOf(a, e), ['admin2:PK:khyber', 'Khyber district']);
    assert.deepEqual(e.placeMention, { start: 32, end: 47 });
    // "Gunmen" is a generic actor: an unidentified armed group of the country in play.
    assert.deepEqual(e.actors, [{ actor: 'unidentified-armed-group:PK', role: 'agent', inferred: false, start: 0, end: 6 }]);
  });

  test('"Security forces killed four militants in Bannu": an attack that killed 4', () => {
    const a = run('Security forces killed four militants in Bannu.');
    const e = only(a, 'attack');
    assert.deepEqual(placeOf(a, e), ['place:PK:bannu', 'Bannu']);
    assert.ok(e.counts.some((c) => c.kind === 'killed' && c.value === 4 && c.text === 'four'));
  });

  test('a participle before a qualified number word is a verb too ("detained roughly forty suspects")', () => {
    const text = 'Police detained roughly forty suspects in Quetta.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'arrest');
    assert.deepEqual(e.trigger, { start: 7, end: 15, text: 'detained' });
    assert.deepEqual(countsOf(e), [['arrested', 40, 'about', 'roughly forty', 16, 29]]);
  });

  test('a participle before a noun is still an adjective ("the freed militants")', () => {
    const a = run('The freed militants returned to Bannu on Monday.');
    assert.deepEqual(a.events.filter((e) => e.type === 'prisoner-release'), []);
  });

  test('a bombing "killing" people is one event that carries the count', () => {
    const text = 'A roadside bomb exploded in Bajaur, killing two policemen.';
    const a = run(text);
    checkOffsets(a);
    assert.deepEqual(a.events.map((e) => e.type), ['bombing']);
    assert.deepEqual(countsOf(a.events[0]), [['killed', 2, 'exact', 'two', 44, 47]]);
  });

  test('a kidnapping that killed people is one event: "killed" only adds its count', () => {
    const text = 'Militants abducted five labourers and killed two guards in Bannu.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'kidnapping');
    assert.deepEqual(a.events.map((x) => x.type), ['kidnapping']);
    assert.deepEqual(countsOf(e), [
      ['kidnapped', 5, 'exact', 'five', 19, 23],
      ['killed', 2, 'exact', 'two', 45, 48],
    ]);
    assert.deepEqual(placeOf(a, e), ['place:PK:bannu', 'Bannu']);
  });

  test('a dropped casualty verb hands its agent to the violent event of its sentence', () => {
    const text = 'A bomb exploded near a police van in Bajaur; the TTP killed two policemen.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'bombing');
    assert.deepEqual(a.events.map((x) => x.type), ['bombing']);
    assert.deepEqual(e.trigger, { start: 2, end: 6, text: 'bomb' });
    assert.equal(e.actors.find((r) => r.role === 'agent')?.actor, 'ttp');
    assert.ok(e.provenance.rules.includes('casualty-trigger-merged:killed'));
    assert.deepEqual(countsOf(e), [['killed', 2, 'exact', 'two', 60, 63]]);
  });

  test('"claimed responsibility" is a claim-of-responsibility event with the group as agent, not a second attack', () => {
    const text = 'The TTP claimed responsibility for the attack in Bannu.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'claim-of-responsibility');
    // (Session 19: "the attack in Bannu" with no attack told before names an act of its own, one
    // attack; the claim is still no second attack.)
    assert.deepEqual(a.events.map((x) => x.type), ['claim-of-responsibility', 'attack']);
    assert.deepEqual(e.trigger, { start: 8, end: 30, text: 'claimed responsibility' });
    assert.deepEqual(e.actors, [{ actor: 'ttp', role: 'agent', inferred: false, start: 4, end: 7 }]);
    assert.deepEqual(placeOf(a, e), ['place:PK:bannu', 'Bannu']);
  });

  test('a claim of responsibility without a known claimant makes no event', () => {
    assert.deepEqual(run('No group has claimed responsibility for the blast.').events, []);
  });

  test('a passive with a "by" agent: "Twenty soldiers were released by the Taliban in Kandahar on Sunday"', () => {
    const text = 'Twenty soldiers were released by the Taliban in Kandahar on Sunday.';
    const a = run(text);
    checkOffsets(a);
    const e = only(a, 'prisoner-release');
    assert.deepEqual(e.trigger, { start: 21, end: 29, text: 'released' });
    assert.deepEqual(e.actors.find((r) => r.role === 'agent'), { actor: 'afghan-taliban', role: 'agent', inferred: false, start: 37, end: 44 });
    // "soldiers" is a generic actor, the released party.
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => [r.start, r.end]), [[7, 15]]);
    assert.deepEqual(countsOf(e), [['released', 20, 'exact', 'Twenty', 0, 6]]);
    assert.deepEqual(placeOf(a, e), ['place:AF:kandahar', 'Kandahar']);
    assert.deepEqual(e.date, SUNDAY);
  });

  test('the example article: the ambush near Parachinar, at least seven killed and 12 wounded on Monday', () => {
    const a = run(EXAMPLE);
    checkOffsets(a);
    const e = a.events.find((x) => x.trigger.text === 'killed');
    assert.ok(e, 'an event triggered by "killed"');
    assert.equal(e.type, 'attack');
    const sentence = 'At least seven policemen were killed and 12 others wounded on Monday';
    const s = a.text.indexOf(sentence);
    assert.deepEqual(countsOf(e), [
      ['killed', 7, 'at-least', 'At least seven', s, s + 14],
      ['wounded', 12, 'exact', '12', s + 41, s + 43],
    ]);
    assert.deepEqual(placeOf(a, e), ['place:PK:parachinar', 'Parachinar']);
    assert.deepEqual(e.date, MONDAY);
  });
});

describe('events across sentences and paragraphs', () => {
  test('an actor in one paragraph does not become the agent of a passive in the next', () => {
    const text = 'The Taliban administration in Kabul held talks with tribal elders.\nTwenty prisoners were released in Kandahar on Sunday.';
    const a = run(text);
    const e = only(a, 'prisoner-release');
    assert.deepEqual(e.actors, []);
    assert.deepEqual(placeOf(a, e), ['place:AF:kandahar', 'Kandahar']);
  });

  test('an actor in one paragraph does not become the agent of an active trigger in the next', () => {
    const text = 'The TTP attacked a police post in Bannu.\nThe checkpoint in Lakki Marwat was attacked on Tuesday.';
    const a = run(text);
    const second = a.events.find((e) => e.trigger.start > text.indexOf('\n'));
    assert.ok(second);
    assert.equal(second.type, 'attack');
    assert.ok(!second.actors.some((r) => r.actor === 'ttp'), 'TTP from the previous paragraph is not the agent');
  });

  test('an agentless passive in the next paragraph does not inherit the previous paragraph’s agent or place', () => {
    const text = 'The Taliban released 100 prisoners in Kandahar on Saturday.\nAnother 50 prisoners were released on Sunday.';
    const a = run(text);
    const second = a.events.find((e) => e.trigger.start > text.indexOf('\n'));
    assert.ok(second);
    assert.equal(second.type, 'prisoner-release');
    assert.deepEqual(second.actors, []);
    assert.equal(second.place, null);
  });

  test('an agentless passive inherits the agent of the previous sentence’s event, marked inferred', () => {
    const text = 'The Taliban released 100 prisoners in Kandahar on Saturday. Another 50 prisoners were released on Sunday.';
    const a = run(text);
    checkOffsets(a);
    assert.deepEqual(a.events.map((e) => [e.id, e.type, e.claim]), [
      ['e1', 'prisoner-release', 'c1'],
      ['e2', 'prisoner-release', 'c2'],
    ]);
    const [first, second] = a.events;
    assert.deepEqual(first.actors, [{ actor: 'afghan-taliban', role: 'agent', inferred: false, start: 4, end: 11 }]);
    assert.deepEqual(second.trigger, { start: 86, end: 94, text: 'released' });
    // The inherited role points at the mention in the sentence it came from.
    assert.deepEqual(second.actors, [{ actor: 'afghan-taliban', role: 'agent', inferred: true, start: 4, end: 11 }]);
    assert.ok(second.provenance.rules.includes('agent-from-previous-sentence:e1'));
    assert.deepEqual(countsOf(second), [['released', 50, 'exact', '50', 68, 70]]);
    assert.deepEqual(second.date, SUNDAY);
    assert.deepEqual(first.date, { start: '2026-11-21', end: '2026-11-21', precision: 'day' });
  });

  test('a pronoun subject inherits the agent of the previous sentence’s event, marked inferred', () => {
    const text = 'The TTP attacked a police post in Bannu. They attacked another post on Tuesday.';
    const a = run(text);
    checkOffsets(a);
    const [first, second] = a.events;
    assert.deepEqual(first.actors.find((r) => r.role === 'agent'), { actor: 'ttp', role: 'agent', inferred: false, start: 4, end: 7 });
    // "police" is a generic state actor of Pakistan, the target.
    assert.deepEqual(first.actors.filter((r) => r.role === 'target').map((r) => [r.start, r.end]), [[19, 25]]);
    assert.equal(second.type, 'attack');
    assert.deepEqual(second.trigger, { start: 46, end: 54, text: 'attacked' });
    assert.deepEqual(second.actors, [{ actor: 'ttp', role: 'agent', inferred: true, start: 4, end: 7 }]);
    assert.ok(second.provenance.rules.includes('agent-from-previous-sentence:e1'));
    assert.deepEqual(second.date, { start: '2026-11-24', end: '2026-11-24', precision: 'day' });
  });

  test('no inheritance from an event of another type', () => {
    const a = run('The TTP attacked a police post in Bannu. Later, 20 prisoners were released.');
    const e = only(a, 'prisoner-release');
    assert.deepEqual(e.actors, []);
    assert.equal(e.place, null);
  });

  test('no inheritance over an intervening sentence', () => {
    const a = run('The Taliban released 100 prisoners in Kandahar. The weather was cold. Another 50 were released on Sunday.');
    const [, second] = a.events;
    assert.equal(second.type, 'prisoner-release');
    assert.deepEqual(second.actors, []);
    assert.equal(second.place, null);
  });

  test('no inheritance when the sentence names its own agent', () => {
    const a = run('The TTP attacked a police post in Bannu. The Taliban released 50 prisoners on Sunday.');
    const e = only(a, 'prisoner-release');
    // (Session 19: a bare "Taliban" in a text about Pakistan is read as the TTP, inferred by that
    // rule, not by the sentence before.)
    assert.deepEqual(e.actors.map((r) => [r.actor, r.role, r.inferred]), [['ttp', 'agent', true]]);
    assert.ok(e.provenance.rules.includes('agent:taliban-in-pakistan:ttp'));
    assert.ok(!e.provenance.rules.some((r) => r.startsWith('agent-from-previous-sentence')));
  });

  test('a planned attack is no event: "were planning an attack on a security forces\' convoy"', () => {
    const a = run('The CTD said the suspects were planning an attack on a security forces\' convoy in Quetta.');
    assert.deepEqual(a.events.map((e) => e.type), []);
    const b = run('A spokesman said the suspects belonged to the banned TTP and had been plotting terrorist attacks on important installations in Lahore.');
    assert.deepEqual(b.events.map((e) => e.type), []);
  });

  test('a negated trigger is no event: "did not attack", "no one had been arrested", "no agreement was reached"', () => {
    for (const text of [
      'The militants did not attack the checkpost in Bannu.',
      'Police said no one had been arrested so far.',
      'Tribal elders met officials of both sides on Wednesday, but no agreement was reached.',
      'Joint forces took the village from the militants; no clashes were reported.',
      "The Taliban didn't release the prisoners, a spokesman said.",
    ]) {
      const a = run(text);
      assert.deepEqual(a.events.filter((e) => e.type !== 'territory-change').map((e) => `${e.type}:${e.trigger.text}`), [], text);
    }
    // The negation reaches only its own trigger.
    const e = only(run('Police have not named the suspects, but gunmen attacked a checkpost in Bannu on Monday.'), 'attack');
    assert.equal(e.trigger.text, 'attacked');
  });

  test('a city that speaks for its government is not where the event was: "and that Kabul \"will not accept\" …"', () => {
    const a = run('Zabihullah Mujahid said that Pakistani forces had fired first and that Kabul "will not accept any new construction".');
    assert.equal(only(a, 'attack').place, null);
    const b = run('Islamabad rejected the claim, saying militants had attacked a border post first.');
    assert.equal(only(b, 'attack').place, null);
    // A city in its own sentence role still places the event.
    const c = run('Gunmen attacked a checkpost in Kabul on Monday, officials said.');
    assert.deepEqual(placeOf(c, only(c, 'attack')), ['place:AF:kabul', 'Kabul']);
    const d = run('Residents of Quetta said gunmen attacked a checkpost on Monday.');
    assert.deepEqual(placeOf(d, only(d, 'attack')), ['place:PK:quetta', 'Quetta']);
  });

  test('"no one was injured" counts nobody: the attack keeps no wounded count', () => {
    const a = run('Two off-duty guards opened fire in a nightclub in Quetta on Monday. No one was injured.');
    const e = only(a, 'attack');
    assert.deepEqual(countsOf(e), []);
    const b = run('Gunmen opened fire on a police van in Bannu; nobody was hurt.');
    assert.deepEqual(countsOf(only(b, 'attack')), []);
  });

  test('an attack carried out is still an event beside a plan word elsewhere: "attacked a police post ... after planning for weeks"', () => {
    const e = only(run('Militants attacked a police post in Bannu on Tuesday night after planning for weeks.'), 'attack');
    assert.equal(e.type, 'attack');
  });

  test('a raid that ends in arrests is how they were made, not an attack: "arrested 11 suspected terrorists in raids in Lahore"', () => {
    const a = run('The CTD arrested 11 suspected terrorists in raids in Lahore and Multan on Thursday.');
    assert.deepEqual(a.events.map((e) => e.type), ['arrest']);
  });

  test('a raid that killed someone stays an attack beside its arrests', () => {
    const a = run('Security forces raided a hideout in Bannu, killing three militants and arresting two others.');
    assert.ok(a.events.some((e) => e.type === 'attack'), JSON.stringify(a.events.map((e) => e.type)));
  });

  test('the day a source spoke is not the day it happened: "..., a CTD spokesman said on Thursday"', () => {
    const a = run('Four militants were killed in an exchange of fire in Bannu, a CTD spokesman said on Thursday.');
    assert.equal(only(a, 'attack').date, null);
    const b = run('Militants attacked a checkpost in Bannu on Sunday night, police said on Monday.');
    assert.equal(only(b, 'attack').date?.start, '2026-11-22');
  });

  test('the agent of another passive before the trigger is not its target: "workers who were abducted by unidentified armed men ... were released"', () => {
    const a = run('Two polio workers who were abducted by unidentified armed men in Mir Ali earlier this month were released on Wednesday night.');
    const e = only(a, 'hostage-release');
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['civilians:PK']);
  });
});

test('"stood with" is solidarity, no protest, even beside a condemnation', () => {
  const a = analyze("Pakistan's Foreign Office condemned the attack and said Islamabad stood with the Afghan people.", { published: '2026-11-26' });
  assert.deepEqual(a.events.map((e) => e.type), []);
  const p = analyze('Teachers stood outside the press club in Quetta to demand their salaries.', { published: '2026-11-26' });
  assert.deepEqual(p.events.map((e) => e.type), ['protest']);
});

test('releasing a report, a statement or a video frees nobody; releasing prisoners or hostages is a release', () => {
  const text =
    'KABUL: Civilian casualties rose by a third this year, according to a report released on Wednesday by the UN mission. ' +
    'The UN released a statement condemning the strikes. Police released a new video showing the suspects. ' +
    'The Taliban released 40 prisoners on Eid. Two hostages were released late on Tuesday.';
  const a = analyze(text, { published: '2026-11-26' });
  // (news63: hostages freed are a hostage release, no prisoner release.)
  const releases = a.events.filter((e) => e.type === 'prisoner-release' || e.type === 'hostage-release');
  assert.deepEqual(releases.map((e) => [e.type, countsOf(e).map(([kind, value]) => [kind, value])]), [['prisoner-release', [["released", 40]]], ['hostage-release', [["released", 2]]]]);
});

test('a date closing a "since" phrase starts the period of the events outside it; the event the phrase tells keeps the date', () => {
  const range = { start: '2021-08-01', end: '2026-11-26', precision: 'range' };
  const month = { start: '2021-08-01', end: '2021-08-31', precision: 'month' };
  const a = analyze('JALALABAD: IS-K has carried out dozens of attacks in Nangarhar since the Taliban takeover in August 2021.', { published: '2026-11-26' });
  assert.deepEqual(a.events.map((e) => [e.type, e.date]), [['attack', range], ['territory-change', month]]);
  const b = analyze('Since the Taliban returned to power in August 2021, IS-K has carried out dozens of attacks in Nangarhar.', { published: '2026-11-26' });
  assert.deepEqual(b.events.map((e) => [e.type, e.date]), [['attack', range]]);
  // With no "since", the month is the event's own.
  const c = analyze('IS-K carried out several attacks in Nangarhar in August 2021.', { published: '2026-11-26' });
  assert.deepEqual(c.events.map((e) => [e.type, e.date]), [['attack', month]]);
});

test('"the Torkham border crossing" is a place, no movement; "crossed the border" still is one', () => {
  const a = analyze('The Torkham border crossing remained closed for a second day on Thursday.', { published: '2026-11-26' });
  assert.deepEqual(a.events.map((e) => e.type), []);
  const m = analyze('Hundreds of families crossed the border into Afghanistan at Torkham on Thursday.', { published: '2026-11-26' });
  assert.deepEqual(m.events.map((e) => e.type), ['movement']);
});

describe('session 13 (news13): a wire dateline\'s date', () => {
  test('"KABUL, Nov 26 (Wire) -" is the day the report was filed, not the day of its events', () => {
    const a = run('KABUL, Nov 26 (Wire) - Pakistani jets struck a village in Paktika province, killing at least 14 people.', '2026-11-26');
    assert.equal(a.events.length, 1);
    assert.equal(a.events[0].date, null);
    const told = run('KABUL, Nov 26 (Wire) - Pakistani jets struck a village in Paktika province late on Tuesday, killing at least 14 people.', '2026-11-26');
    assert.equal(told.events.length, 1);
    assert.equal(told.events[0].date?.start, '2026-11-24');
  });
});

describe('session 13 (news13): aircraft that strike', () => {
  test('"Pakistani military aircraft struck several villages" is a bombing by the state forces', () => {
    const a = run('Pakistani military aircraft struck several villages in Paktika province late on Tuesday, killing at least 14 people.', '2026-11-26');
    const e = only(a, 'bombing');
    assert.equal(e.trigger.text, 'aircraft struck');
    assert.equal(e.actors.find((r) => r.role === 'agent')?.actor, 'pakistan-army');
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['killed', 14]]);
  });

  test('"Pakistani jets hit Paktika": the subject whose name the trigger begins in is the agent', () => {
    const e = only(run('On Monday, Pakistani jets hit several villages in Paktika province.', '2026-11-26'), 'bombing');
    assert.equal(e.actors.find((r) => r.role === 'agent')?.actor, 'pakistan-air-force');
  });
});

test('"border forces" are state forces, not an unidentified armed group (session 14)', () => {
  const a = run('The Torkham crossing was shut on Monday after border forces exchanged fire over a new checkpost in Khyber district.');
  const e = only(a, 'attack');
  assert.deepEqual(agents(e).map(([id]) => id), ['pakistan-army']);
});

test('a verb joined by "and" shares the subject of the verb before it, not its object (session 14)', () => {
  const a = run('Taliban security forces killed five Daesh fighters and detained three others in Achin district on Saturday night.');
  assert.deepEqual(agents(only(a, 'arrest')), [['afghan-taliban', false]]);
  const b = run('The Counter Terrorism Department arrested three militants of the banned TTP in Dera Ismail Khan and recovered explosives from their possession.');
  assert.deepEqual(agents(only(b, 'weapons-disrupted')).map(([id]) => id), agents(only(b, 'arrest')).map(([id]) => id));
  assert.notDeepEqual(agents(only(b, 'weapons-disrupted')).map(([id]) => id), ['ttp']);
});
