import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_PATTERN, tokenize, tokenizeInto, type RawToken } from './tokenize.ts';

// The scanner must cut exactly what TOKEN_PATTERN matches: this is the tokenizer as the regex
// states it, with the possessive split, against which the scanner is held.
function byPattern(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  const re = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const word = m[0];
    const end = start + word.length;
    const lower = (w: string) => w.toLowerCase().replace(/’/g, "'");
    if (word.length > 2 && /['’][sS]$/.test(word)) {
      out.push({ start, end: end - 2, lower: lower(word.slice(0, -2)) });
      out.push({ start: end - 2, end, lower: "'s" });
    } else {
      out.push({ start, end, lower: lower(word) });
    }
  }
  return out;
}

const CASES = [
  'Militants killed 1,200 people in Kabul’s Shash Darak area on 12.5.2019.',
  'IS-KP and TTP claimed it; D.I. Khan, Mazar-i-Sharif and Qal\'a-ye Naw.',
  '1,234,567a 1,2345 1,234.5x 12,345.67 1234,567 ,123 1,23 9,999,99 1,000. 7,000,',
  'Pakistan\'S ARMY’S chief’s rival\'s; it\'s o\'clock ’s \'s s\'',
  '\u00a0tab\there\u2003em\u3000ideographic\u200bzero-width\ufeffbom\u2028line',
  'Ürümqi, São Paulo, Đà Nẵng, Kraków – “quoted” — 50% of $3 (approx.) ½ ² ٣٤ ३',
  '𝐀𝐁 math letters 😀 emoji a😀b 𝟏,𝟐𝟑𝟒 \ud800 lone \udc00 surrogates',
  'end with separators- a. b\' c’ d-',
  '',
  '   ',
];

test('the scanner cuts exactly what TOKEN_PATTERN matches', () => {
  for (const text of CASES) assert.deepEqual(tokenize(text), byPattern(text), JSON.stringify(text));
});

test('the scanner agrees with TOKEN_PATTERN on generated text, and from an offset', () => {
  const alphabet = ['a', 'B', 's', 'S', '1', '2', '0', ',', '.', '-', "'", '’', ' ', '\n', '\u00a0', 'é', 'ß', '٣', '😀', '𝐀', '%', '(', '\ud800'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 24);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(tokenize(text), byPattern(text), JSON.stringify(text));
    const from = Math.floor(next() * text.length);
    const to = from + Math.floor(next() * (text.length - from + 1));
    assert.deepEqual(tokenize(text, from, to), byPattern(text, from, to), JSON.stringify([text, from, to]));
  }
});

test('tokenizeInto keeps one sentence: tags the tokens and stops at one that runs past its end', () => {
  const text = "Kabul's police. 1,200 fled";
  const out: Array<RawToken & { sentence: number }> = [];
  tokenizeInto(text, 0, 15, 0, out);
  tokenizeInto(text, 16, 19, 1, out);
  assert.deepEqual(out, [
    { start: 0, end: 5, lower: 'kabul', sentence: 0 },
    { start: 5, end: 7, lower: "'s", sentence: 0 },
    { start: 8, end: 14, lower: 'police', sentence: 0 },
    { start: 14, end: 15, lower: '.', sentence: 0 },
  ]);
});
