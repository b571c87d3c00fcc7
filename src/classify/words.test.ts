import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORD_PATTERN, words } from './features.ts';

// words() must give exactly what WORD_PATTERN matches, lower-cased, numbers as "#".
function byPattern(text: string): string[] {
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  return [...text.matchAll(re)].map((m) => (/^\p{N}/u.test(m[0]) ? '#' : m[0].toLowerCase().replace(/’/g, "'")));
}

test('words() cuts what WORD_PATTERN matches', () => {
  for (const text of [
    "Pakistan's army, the TTP’s chief and Mazar-i-Sharif: 1,200 killed on 12.5.2019.",
    "rock'n'roll -dash- trailing' ’quote’ don’t l’armée",
    'Ürümqi São Paulo Đà Nẵng ½ ² ٣٤ ३ Ⅻ 𝐀𝐁 𝟏𝟐 😀 \ud800 lone',
    '',
  ]) {
    assert.deepEqual(words(text), byPattern(text), JSON.stringify(text));
  }
});

test('words() agrees with WORD_PATTERN on generated text', () => {
  const alphabet = ['a', 'B', 'é', 'ß', '1', '٣', '½', "'", '’', '-', ' ', ',', '.', '😀', '𝐀', '𝟏', '\ud800', 'İ'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 24);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(words(text), byPattern(text), JSON.stringify(text));
  }
});
