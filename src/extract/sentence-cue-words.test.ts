import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BAN_WORDS, DISOWN_WORDS, INCLUDING_WORDS, ORDER_WORDS, PERFECT_WORDS, RECORD_WORDS, SentenceCueWords } from './sentence-cue-words.ts';
import { run } from './events-for-tests.ts';

// A trigger is asked a rule that turns it down only when its sentence holds the rule's words
// (session 23, perf24). The gate must answer yes wherever the rule's pattern could match: in any
// case, and with the long s the /iu patterns fold onto "s".

describe("which rules' words a sentence holds", () => {
  test('in any case', () => {
    const s = new SentenceCueWords('He was WANTED IN several cases, INCLUDING the killing of four policemen.');
    assert.equal(s.has(RECORD_WORDS), true);
    assert.equal(s.has(INCLUDING_WORDS), true);
    assert.equal(s.has(BAN_WORDS), false);
    assert.equal(new SentenceCueWords('The TTP Denied any role in the bombing.').has(DISOWN_WORDS), true);
  });

  test('none of them in a plain report', () => {
    const s = new SentenceCueWords('Gunmen killed two policemen in Quetta on Monday.');
    for (const family of [RECORD_WORDS, INCLUDING_WORDS, ORDER_WORDS, PERFECT_WORDS, BAN_WORDS, DISOWN_WORDS]) assert.equal(s.has(family), false);
  });

  test("a long s may stand for an s: 'haſ' may be a perfect, 'ſhall' a future", () => {
    assert.equal(new SentenceCueWords('The group haſ attacked police.').has(PERFECT_WORDS), true);
    assert.equal(new SentenceCueWords('The culprits ſhall be arrested.').has(ORDER_WORDS), true);
  });
});

describe('the rules still turn triggers down through the gate', () => {
  test('an order in capitals tells no arrest', () => {
    const a = run('The DPO DIRECTED police to arrest the culprits.');
    assert.deepEqual(a.events.filter((e) => e.type === 'arrest').map((e) => e.trigger.text), []);
  });

  test('a ban on rallies tells no protest', () => {
    const a = run('The district administration BANNED rallies and sit-ins in Quetta for a week.');
    assert.deepEqual(a.events.filter((e) => e.type === 'protest').map((e) => e.trigger.text), []);
  });
});
