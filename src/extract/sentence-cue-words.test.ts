import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ASKED_WORDS, INCLUDING_WORDS, PERFECT_WORDS, SentenceCueWords } from './sentence-cue-words.ts';
import { run } from './events-for-tests.ts';

// A trigger is asked some of the rules that turn it down only when its sentence holds the rules'
// words (session 23, perf24). The gate must answer yes wherever the rule's pattern could match: in
// any case, and with the long s the /iu patterns fold onto "s".

describe("which rules' words a sentence holds", () => {
  test('in any case', () => {
    const s = new SentenceCueWords('He was wanted in several cases, INCLUDING the killing of four policemen.');
    assert.equal(s.has(INCLUDING_WORDS), true);
    assert.equal(s.has(ASKED_WORDS), false);
    assert.equal(new SentenceCueWords('It was not clear WHO fired the shell.').has(ASKED_WORDS), true);
    assert.equal(new SentenceCueWords('The group HAS attacked polio teams in the past.').has(PERFECT_WORDS), true);
  });

  test('none of them in a plain report', () => {
    const s = new SentenceCueWords('Gunmen killed two policemen in Quetta on Monday.');
    for (const family of [INCLUDING_WORDS, ASKED_WORDS, PERFECT_WORDS]) assert.equal(s.has(family), false);
  });

  test("a long s may stand for an s: 'haſ' may be a perfect", () => {
    assert.equal(new SentenceCueWords('The group haſ attacked police.').has(PERFECT_WORDS), true);
  });
});

describe('the rules still turn triggers down through the gate', () => {
  test("a group's record in the perfect tells no attack", () => {
    const a = run('The banned TTP HAS attacked polio teams in the past.');
    assert.deepEqual(a.events.filter((e) => e.type === 'attack').map((e) => e.trigger.text), []);
  });
});
