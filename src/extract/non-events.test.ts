import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { askedOrDemanded, distributive, inRecordList, inTallyExamples, orderOrFuture, pastRecord, seizedWeapon, tallySigns } from './non-events.ts';

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

  test("a sentence's signs of a tally (session 18: the words asked first), in any case", () => {
    assert.deepEqual(tallySigns('Militants carried out 71 attacks in the province in October, killing 94 people.'), { many: true, fewOverPeriod: false, period: false });
    assert.deepEqual(tallySigns('THE TEHSIL HAD SEEN FOUR ATTACKS SINCE AUGUST.'), { many: false, fewOverPeriod: true, period: false });
    assert.deepEqual(tallySigns('Some 37 suspected terrorists have been killed so far this year.'), { many: false, fewOverPeriod: false, period: true });
    assert.deepEqual(tallySigns('Police said 71 ſoldiers were killed since 2012.'), { many: false, fewOverPeriod: false, period: true });
    assert.deepEqual(tallySigns('Gunmen killed two policemen in Bannu on Sunday.'), { many: false, fewOverPeriod: false, period: false });
  });

  test('a trigger in the examples a tally gives', () => {
    const signs = tallySigns('The tehsil had seen four attacks since August, including the killing of a tribal elder.');
    assert.equal(inTallyExamples(signs, 'The tehsil had seen four attacks since August, including the '), true);
    assert.equal(inTallyExamples(signs, 'The tehsil had seen four attacks since August, INCLUDING the '), true);
    assert.equal(inTallyExamples(signs, 'The tehsil had seen four '), false);
    assert.equal(inTallyExamples(tallySigns('Three men, including a boy, were killed.'), 'Three men, including a boy, were '), false);
  });
});
