import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './events-for-tests.ts';

// What a place or money is for is no event told (events.ts, PURPOSE_FOR). Sentences of our own
// writing; the first is the README example's last sentence, which gave an attack by the Afghan
// Taliban before session 15.

describe('a purpose after "for" is no event', () => {
  test('"would not allow its soil to be used for attacks": no attack', () => {
    const a = run('Interior Minister Kamran Hayat said the government would not allow its soil to be used for attacks, while the Afghan side has denied sheltering militants.');
    assert.deepEqual(a.events.map((e) => e.type), []);
  });

  test('"a launching pad for attacks", "funding for attacks", "safe havens for attacks": no attack', () => {
    for (const text of [
      'Islamabad says Afghan territory has become a launching pad for attacks against Pakistan.',
      'The network raised funds for attacks in Balochistan, officials said.',
      'Officials accused the group of keeping safe havens for attacks across the border.',
    ]) {
      const a = run(text);
      assert.ok(!a.events.some((e) => e.type === 'attack'), text);
    }
  });

  test('an attack told after "for" that names no purpose is still one ("arrested for attacks on police")', () => {
    const a = run('Police arrested three men for attacks on a checkpost in Bannu on Monday.');
    assert.equal(only(a, 'arrest').type, 'arrest');
  });
});
