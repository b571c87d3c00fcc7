import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';

// Session 17 (geoucdp15): a place the trigger takes as its object is where the act was; the
// province or district after it says where that place lies (our own sentences).

const PUBLISHED = '2026-11-27';
const placesOf = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.place ?? '-'}`);

describe('"attacked X district in Y": the object place, not its container', () => {
  test('a district or a town taken as the object of the trigger, inside the admin unit named after it', () => {
    assert.deepEqual(placesOf('Assailants attacked Ghormach district in Faryab, Afghanistan.')[0], 'attack:admin2:AF:ghormach');
    assert.deepEqual(placesOf('Taliban fighters attacked Chaman in Balochistan on Sunday.')[0], 'attack:place:PK:chaman');
  });
  test('the container stays when the object is no place inside it', () => {
    // Not inside: Bannu does not lie in Balochistan.
    assert.deepEqual(placesOf('Taliban fighters attacked Bannu in Balochistan on Sunday.')[0], 'attack:admin1:PK:BA');
    // No place as the object: the locative is the place.
    assert.deepEqual(placesOf('Assailants attacked a checkpost in Faryab, Afghanistan.')[0], 'attack:admin1:AF:FYB');
  });
});
