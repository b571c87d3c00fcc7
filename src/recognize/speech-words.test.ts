import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataJson } from '../gazetteer/load.ts';
import { speechWords } from './speech-words.ts';
import { run } from '../extract/events-for-tests.ts';

// The reporting verbs, offices and source nouns every stage reads from attribution.json, and the
// one dateline detector: sentences of our own writing where a stage that used to keep a list of
// its own missed a word another stage had.

describe('session 14 (news16): one home for reporting verbs and source nouns', () => {
  test('every speech verb is a reporting verb of the cue lexicon, and the bare-clause verbs are speech verbs', () => {
    const file = readDataJson<{ verbs: Record<string, string[]> }>('lexicons/attribution.json');
    const cueVerbs = new Set(Object.values(file.verbs).flat());
    const w = speechWords();
    for (const v of w.verbs) assert.ok(cueVerbs.has(v), v);
    for (const v of w.bareClauseVerbs) assert.ok(w.verbs.has(v), v);
    for (const o of w.offices) assert.ok(w.personTitles.has(o), o);
  });

  test('"the Taliban say they have defeated IS-K": a source saying, not the agent of the attacks that follow', () => {
    const a = run('Although the Taliban say they have defeated IS-K in Afghanistan, the group has carried out several attacks in the country this year.');
    const attack = a.events.find((e) => e.type === 'attack');
    assert.ok(attack);
    assert.ok(!attack.actors.some((r) => r.actor === 'afghan-taliban'), JSON.stringify(attack.actors));
  });

  test('"Traders in Khost said": the town is where the source sits, not where the crossing was shut', () => {
    const a = run('Traders in Khost said the Ghulam Khan crossing was shut again on Wednesday morning.');
    const e = a.events.find((x) => x.type === 'movement');
    assert.ok(e);
    assert.notEqual(a.places.find((p) => p.id === e.place)?.name, 'Khost');
  });

  test('"four civilians accused of cooperating": a reporting verb ends the victims, who are counted', () => {
    const a = run('Assailants shot and killed four civilians accused of cooperating with the government in Sayyad, Sari Pul, Afghanistan.');
    const e = a.events[0];
    assert.deepEqual(e.counts.map((c) => [c.kind, c.value]), [['killed', 4]]);
  });

  test('"an alleged military informant was shot dead": the adjective stays part of the victim', () => {
    const a = run('Soldiers arrested seventeen villagers after an alleged military informant was shot dead in Khwar Lay Kyun village on 28 May.');
    const victim = a.events.flatMap((e) => e.counts).find((c) => c.kind === 'killed');
    assert.ok(victim);
    assert.equal(a.text.slice(victim.start, victim.end), 'an alleged military informant');
  });
});

describe('session 14 (news16): one dateline detector', () => {
  test('"Quetta (Wire) —": a town with an agency in brackets is the dateline\'s town', () => {
    const a = run('Quetta (Wire) — Gunmen shot dead two policemen on Thursday, officials said.', '2026-11-26');
    const shot = a.events[0];
    assert.ok(shot?.provenance.rules.includes('place:dateline:place:PK:quetta'), shot?.provenance.rules.join(' '));
  });

  test('"Quetta, November 25:": a known place in mixed case opens a dateline the attribution looks past', () => {
    const a = run('Quetta, November 25: Police said gunmen had shot dead two policemen.', '2026-11-26');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].attribution.kind, 'official');
    assert.equal(a.events[0]?.date, null);
  });
});
