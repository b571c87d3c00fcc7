import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventLexicon } from './event-lexicon.ts';
import { run } from './events-for-tests.ts';

// Session 14 (news15): our own AfPak reports in styles the first two rounds did not cover (an ATC
// and prison story, a Chaman border clash, kidnapped engineers, a targeted killing in Dera Ismail
// Khan, an IS-K mosque bombing whose toll rose, an explainer of past attacks by year).

const PUBLISHED = '2026-11-27'; // a Friday

describe('otherSense lists shared by the forms of one trigger', () => {
  test('every form of "release" publishes with a video or a statement as its object', () => {
    const objects = loadEventLexicon().types.get('prisoner-release')!.otherSense!.objectNouns!;
    for (const form of ['release', 'releases', 'released', 'releasing']) assert.ok(objects[form]?.includes('statement'), form);
    for (const text of [
      'The ISPR released a video of the operation in Tirah on Thursday.',
      'The Taliban are releasing a statement on the talks with Pakistan.',
      'The CTD releases figures of arrests in Punjab every month.',
    ]) {
      assert.deepEqual(run(text, PUBLISHED).events.filter((e) => e.type === 'prisoner-release').map((e) => e.trigger.text), [], text);
    }
    const freed = run('The Taliban are releasing 40 Pakistani prisoners from Pul-e-Charkhi jail.', PUBLISHED);
    assert.deepEqual(freed.events.filter((e) => e.type === 'prisoner-release').map((e) => e.trigger.text), ['releasing']);
  });
});
