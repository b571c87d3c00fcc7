import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';
import type { EventOut } from '../index.ts';

// Headline-style sentences (as UCDP sources and wire headlines write them): a passive without
// its "were", phrasal killing verbs, "N X die", "over N X killed" as the subject.

function counts(e: EventOut): Array<[string, number, string]> {
  return e.counts.map((c) => [c.kind, c.value, c.qualifier]);
}

function targets(e: EventOut): string[] {
  return e.actors.filter((r) => r.role === 'target').map((r) => r.actor);
}

describe('a casualty participle with no object is a passive, even without "were"', () => {
  test('"7 people killed in Pakistan\'s restive northwest": an attack on civilians, no riot', () => {
    const a = run("7 people killed in Pakistan's restive northwest.");
    assert.deepEqual(a.events.map((e) => e.type), ['attack']);
    const e = only(a, 'attack');
    assert.deepEqual(counts(e), [['killed', 7, 'exact']]);
    assert.ok(!e.actors.some((r) => r.actor.startsWith('rioters')), JSON.stringify(e.actors));
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
    assert.deepEqual(targets(e), ['civilians:PK']);
  });

  test('"Two villagers shot dead near Peshawar": the villagers are the victims', () => {
    const e = only(run('Two villagers shot dead near Peshawar on Monday.'), 'attack');
    assert.deepEqual(counts(e), [['killed', 2, 'exact']]);
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
  });

  test('"Villagers killed a suspected thief in Peshawar": the active use is still a crowd\'s riot', () => {
    const a = run('Villagers killed a suspected thief in Peshawar.');
    assert.deepEqual(a.events.map((e) => e.type), ['riot']);
  });
});

describe('"gun down" is a killing', () => {
  test('"Gunmen gun down three policemen in Karachi": attack by gunmen on police, 3 killed', () => {
    const e = only(run('Gunmen gun down three policemen in Karachi.'), 'attack');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(targets(e), ['pakistan-police']);
    assert.deepEqual(counts(e), [['killed', 3, 'exact']]);
  });

  test('"Unknown assailants gunning down two traders in Quetta": 2 killed', () => {
    const e = only(run('Unknown assailants gunning down two traders in Quetta sparked a strike.'), 'attack');
    assert.deepEqual(counts(e), [['killed', 2, 'exact']]);
  });
});

describe('"over N" and "more than N" open a count', () => {
  test('"Over 100 militants killed in Pakistan offensive": killed at least 100', () => {
    const e = only(run('Over 100 militants killed in Pakistan offensive.'), 'attack');
    assert.deepEqual(counts(e), [['killed', 100, 'at-least']]);
  });

  test('"More than 12 people were killed in Karachi": killed at least 12', () => {
    const e = only(run('More than 12 people were killed in Karachi.'), 'attack');
    assert.deepEqual(counts(e), [['killed', 12, 'at-least']]);
  });

  test('"Troops killed more than 40 militants in Swat": the object\'s number too', () => {
    const e = only(run('Troops killed more than 40 militants in Swat.'), 'attack');
    assert.deepEqual(counts(e), [['killed', 40, 'at-least']]);
  });
});

describe('"N X die" is a killed count', () => {
  test('"Four militants die in clash with security forces in Khyber": a clash, 4 killed', () => {
    const e = only(run('Four militants die in clash with security forces in Khyber.'), 'attack');
    assert.equal(e.trigger.text, 'clash');
    assert.deepEqual(counts(e), [['killed', 4, 'exact']]);
  });

  test('"Three soldiers die as roadside bomb hits convoy in Kurram": 3 killed in the bombing', () => {
    const e = only(run('Three soldiers die as roadside bomb hits convoy in Kurram.'), 'bombing');
    assert.deepEqual(counts(e), [['killed', 3, 'exact']]);
  });

  test('"ready to die" is nobody dead', () => {
    const a = run('Two fighters said they were ready to die in the ambush near Kurram.');
    assert.deepEqual(a.events.flatMap((e) => e.counts), []);
  });
});

describe('who died is a victim, not the agent', () => {
  test('"Three soldiers died when a roadside bomb hit their convoy in Kurram": the soldiers are the target', () => {
    const e = only(run('Three soldiers died when a roadside bomb hit their convoy in Kurram.'), 'bombing');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
    assert.deepEqual(targets(e), ['pakistan-army']);
  });
});

describe('a country before an operation noun is the state that ran it', () => {
  test('"Over 100 militants killed in Pakistan offensive": the militants are victims, Pakistan\'s army the agent', () => {
    const e = only(run('Over 100 militants killed in Pakistan offensive.'), 'attack');
    assert.deepEqual(agents(e), [['pakistan-army', false]]);
    assert.deepEqual(targets(e), ['unidentified-armed-group:PK']);
    assert.deepEqual(counts(e), [['killed', 100, 'at-least']]);
  });

  test('"A US drone strike killed three people": the United States is the agent', () => {
    const e = only(run('A US drone strike killed three people in North Waziristan.'), 'bombing');
    assert.equal(agents(e).length, 1);
    assert.match(agents(e)[0][0], /^(?:us-|united-states|military:US)/);
  });

  test('"killed in Indian border firing": India\'s forces are the agent, not an unidentified group', () => {
    const e = only(run('Two soldiers were killed in Indian border firing in Kotli.'), 'attack');
    const [agent] = agents(e);
    assert.ok(agent && !agent[0].startsWith('unidentified') && /IN|india/i.test(agent[0]), JSON.stringify(e.actors));
    // "firing" is itself an attack noun (fire.ts), so the country before it names the agent there.
    assert.ok(e.provenance.rules.includes('agent:country-before-operation:IN'), JSON.stringify(e.provenance));
  });

  test('an operation noun after no country keeps the sentence subject ("Militants launched an offensive")', () => {
    const e = only(run('TTP militants launched an offensive on a police post in Bannu.'), 'attack');
    assert.deepEqual(agents(e), [['ttp', false]]);
  });
});

describe('one actor is never both agent and target of one event', () => {
  test('two triggers of one type do not turn the victims into the attackers', () => {
    for (const e of run('Over 100 militants killed in an offensive in North Waziristan.').events) {
      const agentIds = new Set(e.actors.filter((r) => r.role === 'agent' && !r.inferred).map((r) => r.actor));
      assert.ok(!e.actors.some((r) => r.role === 'target' && agentIds.has(r.actor)), JSON.stringify(e.actors));
    }
  });
});

describe('an operation only a state runs implies that state as the agent', () => {
  test('"killed in a security operation in Bannu": the implied agent is Pakistan\'s military, not a militant group', () => {
    const e = only(run('Five militants were killed in a security operation in Bannu.'), 'attack');
    assert.deepEqual(agents(e), [['pakistan-army', true]]);
    assert.ok(e.provenance.rules.includes('agent:implied:military:event-place:PK'), JSON.stringify(e.provenance));
  });

  test('an airstrike takes the state\'s forces of the event\'s time (Afghanistan before and after August 2021)', () => {
    const now = only(run('Twelve civilians died in an airstrike in Kunar.', '2026-11-24'), 'bombing');
    const then = only(run('Twelve civilians died in an airstrike in Kunar.', '2015-11-24'), 'bombing');
    assert.notDeepEqual(agents(now), agents(then));
    for (const e of [now, then]) assert.ok(!agents(e)[0][0].startsWith('unidentified'), JSON.stringify(e.actors));
  });

  test('a bare "offensive" implies no state: the Taliban run offensives too', () => {
    const e = only(run('Over 100 militants killed in an offensive in North Waziristan.'), 'attack');
    // (Since session 23, news63, the militants' own dead imply no unidentified group as their
    // killer either: no agent at all.)
    assert.deepEqual(agents(e), [], JSON.stringify(e.actors));
  });
});

describe('an actor\'s members named after it are its subject', () => {
  test('"ADF elements attacked civilians": an attack by the ADF, not a participle before a noun', () => {
    const e = only(run('On 8 April 2022, ADF elements attacked civilians in Pakulu village.'), 'attack');
    assert.deepEqual(agents(e), [['allied-democratic-forces', false]]);
  });

  test('"the attacked civilians" after no actor stays no event', () => {
    const a = run('Relatives visited the attacked civilians in hospital.');
    assert.equal(a.events.length, 0, JSON.stringify(a.events));
  });
});

describe('organised crime\'s methods make an unnamed perpetrator in Mexico a gang', () => {
  test('a drive-by in Mexico: an unidentified gang, named or implied', () => {
    const shooters = only(run('On 13 March 2022, in Cancun, Quintana Roo, a man was shot dead by two armed individuals on a motorcycle (drive-by incident).'), 'attack');
    assert.deepEqual(agents(shooters).map(([id]) => id), ['unidentified-gang:MX']);
    const implied = only(run('On 10 April 2022, in Zamora, Michoacan, Mexico, a man was killed in a drive-by shooting.'), 'attack');
    assert.deepEqual(agents(implied).map(([id]) => id), ['unidentified-gang:MX']);
  });

  test('without those methods, or outside Mexico, it stays an unidentified armed group', () => {
    const plain = only(run('On 25 February 2022, in Miahuatlan, Oaxaca, Mexico, a man was shot and killed.'), 'attack');
    assert.deepEqual(agents(plain).map(([id]) => id), ['unidentified-armed-group:MX']);
    const colombia = only(run('On 5 May 2022, in Cali, Colombia, a man was shot dead in a drive-by.'), 'attack');
    assert.deepEqual(agents(colombia).map(([id]) => id), ['unidentified-armed-group:CO']);
  });
});
