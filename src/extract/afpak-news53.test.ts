import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './events-for-tests.ts';

// Session 21 (news53): event leftovers of news51 and news52, each on sentences of our own (AfPak
// news style); the positive tests failed before their fix, the negative ones hold both ways.

const kinds = (text: string) => run(text).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('an act only threatened, vowed or warned of is no event', () => {
  test('"threatened to step up attacks", "vowed to carry out more bombings", "plans to launch attacks": none', () => {
    assert.deepEqual(kinds('The TTP threatened to step up attacks on polling stations in Khyber Pakhtunkhwa.'), []);
    assert.deepEqual(kinds('The group vowed to carry out more bombings in Quetta.'), []);
    assert.deepEqual(kinds('The TTP plans to launch attacks on polling stations.'), []);
  });

  test('"threatened more attacks", "warned of further attacks": none', () => {
    assert.deepEqual(kinds('The TTP threatened more attacks on polling stations in Bannu.'), []);
    assert.deepEqual(kinds('A militant commander warned of further attacks on security forces in Kurram.'), []);
  });

  test('an act told beside the threat stays: the kidnapping, the attack before "vowed more attacks"', () => {
    assert.equal(only(run('Gunmen kidnapped a doctor in Peshawar and threatened to kill him.'), 'kidnapping').trigger.text, 'kidnapped');
    assert.equal(only(run('Militants attacked a checkpost in Bannu and vowed more attacks.'), 'attack').trigger.text, 'attacked');
  });
});
