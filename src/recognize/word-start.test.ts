import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startsWithLetter, startsWithLowerLetter, startsWithWordChar } from './word-start.ts';

test('startsWithWordChar answers as /^[\\p{L}\\p{N}]/u, in ASCII and beyond', () => {
  for (const w of ['police', 'Bannu', '12', 'élite', 'Ömer', '٣', 'پولیس', 'ſhall']) assert.equal(startsWithWordChar(w), true, w);
  for (const w of [',', '.', '-', '"', '“', '’s', '(', '', ' ']) assert.equal(startsWithWordChar(w), false, JSON.stringify(w));
  for (let c = 0; c < 0x300; c++) {
    const w = String.fromCharCode(c) + 'x';
    assert.equal(startsWithWordChar(w), /^[\p{L}\p{N}]/u.test(w), `U+${c.toString(16)}`);
  }
});

test('startsWithLetter and startsWithLowerLetter answer as /^\\p{L}/u and /^\\p{Ll}/u, in ASCII and beyond', () => {
  for (const w of ['police', 'Bannu', 'élite', 'Ömer', 'پولیس', 'ſhall']) assert.equal(startsWithLetter(w), true, w);
  for (const w of ['12', ',', '’s', '', ' ']) assert.equal(startsWithLetter(w), false, JSON.stringify(w));
  for (const w of ['police', 'élite', 'ſhall']) assert.equal(startsWithLowerLetter(w), true, w);
  for (const w of ['Bannu', 'Ömer', '12', 'پولیس', '', '-']) assert.equal(startsWithLowerLetter(w), false, JSON.stringify(w));
  for (let c = 0; c < 0x300; c++) {
    const w = String.fromCharCode(c) + 'x';
    assert.equal(startsWithLetter(w), /^\p{L}/u.test(w), `U+${c.toString(16)}`);
    assert.equal(startsWithLowerLetter(w), /^\p{Ll}/u.test(w), `U+${c.toString(16)}`);
  }
});
