import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startsWithWordChar } from './word-start.ts';

test('startsWithWordChar answers as /^[\\p{L}\\p{N}]/u, in ASCII and beyond', () => {
  for (const w of ['police', 'Bannu', '12', 'élite', 'Ömer', '٣', 'پولیس', 'ſhall']) assert.equal(startsWithWordChar(w), true, w);
  for (const w of [',', '.', '-', '"', '“', '’s', '(', '', ' ']) assert.equal(startsWithWordChar(w), false, JSON.stringify(w));
  for (let c = 0; c < 0x300; c++) {
    const w = String.fromCharCode(c) + 'x';
    assert.equal(startsWithWordChar(w), /^[\p{L}\p{N}]/u.test(w), `U+${c.toString(16)}`);
  }
});
