import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 17 (geoucdp15): a place inside a supposition is not where the told act was (our own sentences).

const PUBLISHED = '2026-11-27';
const placesOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.place ?? '-'}`);

describe('a place inside a supposition is not the place of a trigger outside it', () => {
  test('belief nouns and verbs before their clause, "believed to", a modal perfect', () => {
    assert.deepEqual(placesOf('Security forces arrested three suspects on Monday on suspicion that the bomb had been assembled in Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police detained three men on Monday amid fears that the explosives had been smuggled from Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police arrested three suspects on Monday and believe the bomb was assembled in Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police arrested three suspects on Monday, suspecting that the bomb had been assembled in Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police arrested three suspects on Monday who are believed to have trained in Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police arrested three suspects on Monday, saying the bomb may have been assembled in Afghanistan.'), ['arrest:-']);
  });
  test('the trigger\'s own place stays; "suspect(ed)" naming people opens nothing', () => {
    assert.deepEqual(placesOf('Police arrested three suspects in Chaman on Monday and believe the bomb was assembled in Afghanistan.'), ['arrest:place:PK:chaman']);
    assert.deepEqual(placesOf('Police arrested two suspected militants in Bannu on Monday.'), ['arrest:place:PK:bannu']);
    assert.deepEqual(placesOf('Police arrested the suspect in Bannu on Monday.'), ['arrest:place:PK:bannu']);
    // The trigger inside the supposition keeps the place of its clause.
    assert.deepEqual(placesOf('Police believe the militants attacked the checkpost in Bannu on Monday.'), ['attack:place:PK:bannu']);
  });
});
