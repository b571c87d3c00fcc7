import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeRegExp, longestFirst, phraseSource } from './regex.ts';

test('escapeRegExp: a lexicon entry with metacharacters matches only itself', () => {
  const re = new RegExp(`^${escapeRegExp('a.k.a. (IS-K) [sic] 1+1? $5 ^|\\')}$`);
  assert.ok(re.test('a.k.a. (IS-K) [sic] 1+1? $5 ^|\\'));
  assert.ok(!re.test('aXkXaX (IS-K) [sic] 1+1? $5 ^|\\'));
});

test('phraseSource: spaces match any whitespace, apostrophes the given class', () => {
  const re = new RegExp(phraseSource("didn't set fire", "['’]"), 'i');
  assert.ok(re.test('they didn’t set\n  fire to the school'));
  assert.ok(re.test("they didn't set fire"));
  assert.ok(!new RegExp(phraseSource("didn't")).test('didn’t'), 'without a class only the straight apostrophe');
});

test('longestFirst: a longer entry wins over its own prefix at the same place', () => {
  const re = new RegExp(`^(?:${longestFirst(['a', 'a few', 'a few dozen'], (w) => phraseSource(w))})`);
  assert.equal(re.exec('a few dozen militants')?.[0], 'a few dozen');
  assert.equal(re.exec('a  few of them')?.[0], 'a  few');
});
