import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from './vocabulary.ts';

test('ids are dense and stable until the vocabulary is trimmed past its limit', () => {
  const v = new Vocabulary(3);
  assert.deepEqual(['a', 'b', 'a', 'c'].map((w) => v.idOf(w)), [0, 1, 0, 2]);
  assert.equal(v.size, 3);
  const before = v.generation;
  v.trimBetweenDocuments();
  assert.equal(v.size, 0);
  assert.notEqual(v.generation, before);
  assert.equal(v.idOf('c'), 0);
  v.trimBetweenDocuments(); // under the limit: nothing forgotten
  assert.equal(v.idOf('c'), 0);
  assert.equal(v.idOf('d'), 1);
});
