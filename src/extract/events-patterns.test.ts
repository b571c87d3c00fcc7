import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toldRelativeBefore, trendBefore } from './events-patterns.ts';

// The text before a trigger, as events.ts's sentence loop hands it over. Session 18 (perf16) put a
// test of the patterns' words before each end-anchored pattern; these pin what the patterns
// answer, in any case, and with the long s that /iu folds onto "s".

describe('the event patterns before a trigger', () => {
  test('a trend, whatever the case of its words', () => {
    assert.equal(trendBefore('in recent weeks amid a wave of targeted '), true);
    assert.equal(trendBefore('There has been an UPSURGE IN '), true);
    assert.equal(trendBefore('the rise in '), true);
    assert.equal(trendBefore('Gunmen carried out an '), false);
    assert.equal(trendBefore('as a wave '), false);
  });

  test("a long s is an s to the /iu pattern: 'ſpate of' is a trend", () => {
    assert.equal(trendBefore('a ſpate of '), true);
    assert.equal(trendBefore('a ſoldier '), false);
  });

  test("a definite noun's relative passive, case as the pattern has it", () => {
    assert.equal(toldRelativeBefore('The house that was '), true);
    assert.equal(toldRelativeBefore('the compound which had been '), true);
    assert.equal(toldRelativeBefore('The house THAT WAS '), false);
    assert.equal(toldRelativeBefore('Police said the suspects were '), false);
  });
});
