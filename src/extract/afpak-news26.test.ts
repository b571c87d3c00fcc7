import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 16 (news26): leftovers of news23 and news25, on our own AfPak sentences.

const PUBLISHED = '2026-11-27'; // a Friday

const placesOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.place ?? '-'}`);

describe('a place inside an indirect question is not where the event was', () => {
  test('"whether the explosives had been smuggled from Afghanistan", "asked how ... reached Quetta", "checking if ... Kunar"', () => {
    assert.deepEqual(placesOf('Officials said police had detained four men and were probing whether the explosives had been smuggled in from Afghanistan.'), ['arrest:-']);
    assert.deepEqual(placesOf('The CTD arrested two facilitators and asked how the explosives had reached Quetta.'), ['arrest:-']);
    assert.deepEqual(placesOf('Police detained five suspects and were checking if they had stayed in Kunar.'), ['arrest:-']);
    // The place of the trigger's own clause stays.
    assert.deepEqual(placesOf('Police detained five suspects in Chaman and were checking whether they had stayed in Kunar.'), ['arrest:place:PK:chaman']);
    // "If" with no asking verb before it opens no question.
    assert.deepEqual(placesOf('Police detained five suspects in Chaman on Monday, as if in a hurry.'), ['arrest:place:PK:chaman']);
  });
});
