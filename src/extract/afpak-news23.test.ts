import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';
import { acledCodeOfEvent } from '../eval/code-acled.ts';
import { loadEventLexicon } from './event-lexicon.ts';

// Session 16 (news23): leftovers of news17's fourth reading round, on our own AfPak sentences.

const PUBLISHED = '2026-11-27'; // a Friday

const kinds = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.trigger.text.toLowerCase()}`);
const subTypes = (text: string) => {
  const a = run(text, PUBLISHED);
  return a.events.map((e) => `${e.type}:${acledCodeOfEvent(a, e)?.subEventType}`);
};

describe('a strike from the air, in the triggers and in the ACLED coder alike', () => {
  test('"jets pounded" and "air raids" are air strikes', () => {
    assert.deepEqual(subTypes('Pakistani jets pounded militant positions in Barmal on Monday night.'), ['bombing:Air/drone strike']);
    assert.deepEqual(subTypes('Pakistani air raids killed 12 people in Khost on Monday, local officials said.'), ['bombing:Air/drone strike']);
  });
  test('every bombing trigger that names an aircraft is coded as an air strike', () => {
    const spec = loadEventLexicon().types.get('bombing')!;
    const air = new RegExp(`\\b(?:${spec.airWords!.join('|')})\\b`, 'i');
    const named = [...spec.verbs, ...spec.nouns].filter((t) => air.test(t));
    assert.ok(named.includes('jets pounded') && named.includes('air raid'), named.join(', '));
    for (const t of named) {
      const code = acledCodeOfEvent({ actors: [], events: [] } as never, { type: 'bombing', trigger: { text: t }, actors: [], provenance: { rules: [] } } as never);
      assert.equal(code?.subEventType, 'Air/drone strike', t);
    }
    // A ground bombing keeps its own sub-type.
    assert.deepEqual(subTypes('A roadside bomb exploded near a Levies vehicle in Kech on Tuesday.').slice(0, 1), ['bombing:Remote explosive/landmine/IED']);
  });
});
