import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agents, only, run } from './events-for-tests.ts';

// Leftovers of news36 (news37, session 18), on sentences of our own writing.

describe('air strikes are a state\'s: with no doer named, the forces of the place\'s country; drone strikes nobody\'s guess', () => {
  test('"Airstrikes on militant hideouts kill 28": the militants are the target, the agent the state (inferred)', () => {
    const e = only(run('Airstrikes on militant hideouts kill 28 in North Waziristan'), 'bombing');
    assert.deepEqual(agents(e), [['pakistan-army', true]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['unidentified-armed-group:PK']);
  });

  test('an air strike is the forces of the place\'s country; a drone strike with no doer named is nobody\'s guess', () => {
    assert.deepEqual(agents(only(run('Seven militants killed in air strikes in North Waziristan'), 'bombing')), [['pakistan-army', true]]);
    // Over Pakistan most drone strikes were flown by the United States: the place does not say whose.
    const drone = only(run('Drone strike kills four militants in Khyber'), 'bombing');
    assert.deepEqual(agents(drone), []);
    assert.deepEqual(drone.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['unidentified-armed-group:PK']);
    // A drone strike whose doer the text names keeps it.
    assert.deepEqual(agents(only(run('US drone strike kills four militants in North Waziristan'), 'bombing')).map(([a]) => a), ['us-forces']);
  });

  test('the killed never ran the strikes: "Pakistani jets kill 25 militants in air strikes"', () => {
    const e = only(run('Pakistani jets kill 25 militants in air strikes in Tirah'), 'bombing');
    assert.deepEqual(agents(e), [['pakistan-air-force', false]]);
  });

  test('no country known: no agent', () => {
    assert.deepEqual(agents(only(run("Airstrikes on 'terrorist hideouts' kill 28"), 'bombing')), []);
  });

  test('the subject of "kill" that the bomb targeted is no agent: "Bomb targeting police van kills three"', () => {
    const e = only(run('Bomb targeting police van kills three in Quetta'), 'bombing');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', true]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['pakistan-police']);
  });

  test('the attack a killing was done in is the killers\', not the killed\'s: "Militants kill 3 police officers in bomb attack"', () => {
    // (Session 18, the lead) The police were the bomb attack's agent and target, the militants lost.
    const e = only(run('Militants kill 3 police officers in bomb attack in Bannu'), 'bombing');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['pakistan-police']);
  });

  test('the killed who planted a bomb stay its agents', () => {
    const e = only(run('Security forces killed two assailants planting a roadside bomb in Bannu.'), 'bombing');
    assert.deepEqual(agents(e), [['unidentified-armed-group:PK', false]]);
  });
});

describe("a source before a headline's colon is the headline's source", () => {
  test('"Pakistani police: Militants kill police officer in Quetta" is the police\'s (official)', () => {
    const a = run('Pakistani police: Militants kill police officer in Quetta');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].attribution.kind, 'official');
    assert.equal(a.claims[0].attribution.source, 'Pakistani police');
    assert.deepEqual(agents(only(a, 'attack')), [['unidentified-armed-group:PK', false]]);
  });

  test('"Officials:", "Karachi police chief:", and in the second of headlines joined by ";"', () => {
    assert.equal(run('Officials: Blast kills three in Peshawar').claims[0].attribution.kind, 'official');
    assert.equal(run('Karachi police chief: Gunmen kill two in Lyari').claims[0].attribution.source, 'Karachi police chief');
    const a = run('Blast kills 3 in Quetta;Police: Gunmen kill two in Karachi');
    assert.deepEqual(a.claims.map((c) => [c.text, c.attribution.kind]), [['Blast kills 3 in Quetta', 'unattributed'], ['Police: Gunmen kill two in Karachi', 'official']]);
  });

  test('a country or a town before the colon is the headline\'s tag, no source', () => {
    assert.equal(run('Pakistan: Blast in Karachi kills two').claims[0].attribution.kind, 'unattributed');
    assert.equal(run('Quetta: Militants kill police officer').claims[0].attribution.kind, 'unattributed');
  });

  test('an actor\'s acronym in capitals before the colon is the source, not a dateline; a town in capitals stays a dateline', () => {
    // (Session 18, the lead) dateline.ts read every word in capitals before a colon as a town.
    const ispr = run('ISPR: Five terrorists killed in Khyber').claims[0].attribution;
    assert.deepEqual([ispr.kind, ispr.source], ['official', 'ISPR']);
    const filed = run('PESHAWAR: Five terrorists were killed in Khyber, police said.').claims[0].attribution;
    assert.deepEqual([filed.kind, filed.source], ['official', 'police']);
    assert.equal(run('PESHAWAR: Five terrorists killed in Khyber').claims[0].attribution.kind, 'unattributed');
  });
});

describe('the act named as what is claimed is an event of its own', () => {
  test('"Two groups claim Bannu bombing" read alone: a bombing in Bannu, its claim', () => {
    const a = run('Two groups claim Bannu bombing');
    const e = only(a, 'bombing');
    assert.equal(e.place, 'place:PK:bannu');
    assert.equal(e.claim, a.claims[0].id);
  });

  test('"claimed responsibility for Peshawar blast", "claim suicide attack on police in Bannu"', () => {
    assert.equal(only(run('Two groups claimed responsibility for Peshawar blast'), 'bombing').place, 'place:PK:peshawar');
    const e = only(run('Two groups claim suicide attack on police in Bannu'), 'bombing');
    assert.deepEqual(e.actors.filter((r) => r.role === 'target').map((r) => r.actor), ['pakistan-police']);
  });

  test('a definite noun after the claim points back: no event ("No group claimed responsibility for the attack")', () => {
    assert.deepEqual(run('No group claimed responsibility for the attack.').events, []);
    assert.deepEqual(run('A bomb killed two policemen in Bannu. No group claimed responsibility for the attack in Bannu.').events.map((e) => e.type), ['bombing']);
    // (Session 19: with no act told before, "the attack in Bannu" names one; leftovers20.test.ts.)
    assert.deepEqual(run('No group claimed responsibility for the attack in Bannu.').events.map((e) => [e.type, e.place]), [['attack', 'place:PK:bannu']]);
  });
});
