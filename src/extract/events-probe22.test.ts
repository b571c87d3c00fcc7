import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './events-for-tests.ts';

// Session 22 (news55): event leftovers of session 21 and the errors of a probe article of our
// own, each on sentences of our own (AfPak news style); the positive tests failed before their
// fix, the negative ones hold both ways.

const countsOf = (text: string, type: string) => run(text).events.filter((e) => e.type === type).map((e) => e.counts.map((c) => [c.kind, c.value]));

describe('a weekday after an act dated to a year or month', () => {
  test('"The 2022 bombing killed 60 worshippers on Friday": the weekday is a day of 2022, the 60 are its dead', () => {
    assert.deepEqual(countsOf('The 2022 bombing killed 60 worshippers on Friday.', 'bombing'), [[['killed', 60]]]);
    assert.deepEqual(countsOf('The 2022 bombing of a mosque in Peshawar killed 60 worshippers on Friday.', 'bombing'), [[['killed', 60]]]);
  });

  test('"killed 12 people; on Friday three more died": the date opens the next clause, the 12 stay the act\'s', () => {
    assert.deepEqual(countsOf('The March 2023 bombing of the mosque killed 12 people; on Friday three more died in hospital.', 'bombing'), [[['killed', 12]]]);
  });

  test('a dated statement of its own after the act is still another incident\'s', () => {
    // "and in September, six people were killed": the date governs the six, not the 21.
    const a = run('A bomb killed 21 people at a bank in Kandahar city in March, and in September six people were killed in Herat.');
    const bomb = only(a, 'bombing');
    assert.deepEqual(bomb.counts.map((c) => [c.kind, c.value]), [['killed', 21]]);
  });
});
