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

test('a word cut from a text has the id and the lower case of the same word given as a string', () => {
  const v = new Vocabulary();
  const text = 'Police in KABUL and Kraków';
  assert.equal(v.idOfText(text, 10, 15), v.idOf('kabul'));
  assert.equal(v.wordOf(v.idOfText(text, 0, 6)), 'police');
  assert.equal(v.idOfText(text, 20, 26), -1); // not ASCII: the caller lower-cases it and asks idOf
  assert.equal(v.wordOf(v.idOf('kraków')), 'kraków');
  assert.notEqual(v.idOf('kraków'), v.idOf('krakow'));
});

test('ids stay right as the table grows', () => {
  const v = new Vocabulary();
  const ids = Array.from({ length: 20_000 }, (_, i) => v.idOf('w' + i));
  assert.deepEqual(ids, Array.from({ length: 20_000 }, (_, i) => i));
  for (let i = 0; i < 20_000; i += 997) assert.equal(v.idOfText('X W' + i + ' Y', 2, 3 + String(i).length), i);
});
