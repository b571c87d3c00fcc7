import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { askedOrDemanded, distributive, inRecordList, orderOrFuture, pastRecord, seizedWeapon } from './non-events.ts';

// The text before a trigger, as events.ts hands it over. Session 17 (perf15) put a cheap test
// for the patterns' words before each end-anchored pattern; these pin what the patterns answer,
// in any case, and with the two letters outside ASCII that /iu folds onto "s" and "k".

describe('the non-event patterns before a trigger', () => {
  test('an order or a future act, whatever the case of its words', () => {
    assert.equal(orderOrFuture('The DPO directed police to '), true);
    assert.equal(orderOrFuture('THE COURT ORDERED THEM TO BE '), true);
    assert.equal(orderOrFuture('He said the culprits would soon be '), true);
    assert.equal(orderOrFuture('Three soldiers were '), false);
    assert.equal(orderOrFuture('Police said the suspects were '), false);
  });

  test("a long s is an s to the /iu pattern: 'ſhall be' is a future act", () => {
    assert.equal(orderOrFuture('the culprits ſhall be '), true);
    assert.equal(orderOrFuture('the commander aſked the police to '), true);
  });

  test('a question, a demand, a rule, a record, a seizure', () => {
    assert.equal(askedOrDemanded('It was not clear who ', false), true);
    assert.equal(askedOrDemanded('refused to bury the body until the killers were ', true), true);
    assert.equal(askedOrDemanded('refused to bury the body until the killers were ', false), false);
    assert.equal(askedOrDemanded('Gunmen ', true), false);
    assert.equal(distributive('would pay Rs1 million for each person '), true);
    assert.equal(distributive('two people were '), false);
    assert.equal(pastRecord("in retaliation for the group's previous "), true);
    assert.equal(pastRecord('in an earlier '), false);
    assert.equal(inRecordList('He was wanted in more than 20 cases of terrorism, including the '), true);
    assert.equal(inRecordList('He was wanted in more than 20 cases of terrorism. The '), false);
    assert.equal(seizedWeapon('Police recovered two Kalashnikovs and a hand '), true);
    assert.equal(seizedWeapon('Police RECOVERED two Kalashnikovs and a hand '), true);
    assert.equal(seizedWeapon('Police arrested two men after a '), false);
  });
});
