import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './events-for-tests.ts';
import { acledCodeOfEvent } from '../eval/code-acled.ts';

// Session 15 (news21): leftovers of news17's fourth reading round, on our own AfPak sentences.

const PUBLISHED = '2026-11-27'; // a Friday

const kinds = (text: string) => run(text, PUBLISHED).events.map((e) => `${e.type}:${e.trigger.text.toLowerCase()}`);

describe('aircraft, jets and drones as the subject of a strike', () => {
  test('"Pakistani aircraft bombed hideouts" is an air strike, not a participle before "hideouts"', () => {
    for (const text of [
      "PESHAWAR: Pakistani aircraft bombed hideouts in Paktika's Barmal district on Monday night, killing at least 12 people, Taliban officials said.",
      'Aircraft bombed suspected militant hideouts near the border on Sunday.',
    ]) {
      const a = run(text, PUBLISHED);
      assert.deepEqual(kinds(text), ['bombing:aircraft bombed'], text);
      assert.equal(acledCodeOfEvent(a, a.events[0])?.subEventType, 'Air/drone strike', text);
    }
  });
  test('"jets pounded" and "drones targeted" are strikes from the air', () => {
    assert.deepEqual(kinds('Pakistani jets pounded militant positions in Barmal on Monday night.'), ['bombing:jets pounded']);
    const text = 'On Tuesday, drones targeted a compound in Khost, killing four people.';
    const a = run(text, PUBLISHED);
    assert.deepEqual(kinds(text), ['bombing:drones targeted']);
    assert.equal(acledCodeOfEvent(a, a.events[0])?.subEventType, 'Air/drone strike');
  });
});
