import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// What the lead's session-23 probe articles showed (sentences of our own): a casualty noun as a
// subject, a subordinator read as a name, a trend in attacks read as an attack, a long
// organisation name cut short after "according to".

describe('a casualty noun as the subject of its clause has no object', () => {
  test('"the killing would be a blow to the group …, when several of its leaders were killed": only the several', () => {
    const a = run('The killing would be the most significant blow to the group since 2023, when several of its leaders were killed in a series of attacks.');
    const counts = a.events.flatMap((e) => e.counts.map((c) => [c.kind, c.value, c.text]));
    assert.deepEqual(counts, [['killed', 3, 'several']]);
  });

  test('"The killings were condemned …" counts nobody; the act after it keeps its own count', () => {
    const a = run('The killings were condemned by the governor of Khost, where gunmen killed two teachers on Monday.');
    assert.deepEqual(a.events.flatMap((e) => e.counts.map((c) => [c.kind, c.value])), [['killed', 2]]);
  });
});

describe('"If confirmed, …, analysts said"', () => {
  test('a subordinator before a participle is no name speaking: the analysts are the source', () => {
    const a = run('If confirmed, the strike would be a blow to the group, analysts said.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].attribution.kind, 'expert');
    assert.equal(a.claims[0].attribution.source, 'analysts');
  });
});

describe('a rise or fall in attacks by a share is a statistic, not an attack', () => {
  test('"attacks … rose by 40 percent …, with at least 650 people killed" makes no event', () => {
    assert.deepEqual(run('Militant attacks in Khyber Pakhtunkhwa rose by 40 percent in the first ten months of the year, with at least 650 people killed.').events, []);
    assert.deepEqual(run('The report recorded a 30% increase in attacks in Balochistan, which killed 200 people.').events, []);
  });

  test('an attack told with a percentage elsewhere is still an attack', () => {
    const a = run('Militants attacked a police post in Bannu, killing two of the 40 percent of officers on duty.');
    assert.equal(a.events.filter((e) => e.type === 'attack').length, 1);
  });
});

describe('"according to" a long organisation name', () => {
  test('the whole name is the source', () => {
    const a = run('According to the Pakistan Institute for Conflict and Security Studies, attacks rose in October.');
    assert.equal(a.claims[0].attribution.source, 'the Pakistan Institute for Conflict and Security Studies');
  });
});

describe('"The group" speaking with no group named before it', () => {
  test('is an anonymous source whose verb hedges the accusation, not no source and an asserted fact', () => {
    const a = run('The group accused the army of killing civilians.');
    assert.equal(a.claims[0].attribution.kind, 'anonymous');
    assert.equal(a.claims[0].certainty, 'hedged');
  });

  test('"sources attributed the attack to the Taliban, which the group denied": the attribution stays hedged, the denial is its own claim', () => {
    const a = run('Gunmen killed two guards in Khost; however, sources attributed the attack to the Taliban, which the group denied.');
    const sources = a.claims.find((c) => c.attribution.source === 'sources');
    assert.equal(sources?.certainty, 'hedged', JSON.stringify(a.claims.map((c) => [c.text, c.certainty])));
    assert.ok(a.claims.some((c) => c.certainty === 'denied' && /group denied/.test(c.text)), JSON.stringify(a.claims.map((c) => [c.text, c.certainty])));
  });

  test('after a group spoke, "the group" is still that group', () => {
    const a = run('The TTP warned of more attacks. The group accused the army of killing civilians.');
    assert.equal(a.claims[1].attribution.kind, 'named');
    assert.equal(a.claims[1].attribution.source, 'TTP');
  });
});
