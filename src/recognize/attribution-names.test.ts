import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { endsNameBefore, nameBeforeByRegExp } from './attribution-names.ts';

// endsNameBefore (session 19, perf18) finds what the per-word RegExp it replaced found,
// \p{Lu}[\p{L}'’-]+\s+WORD\b over the text before the word, without building that RegExp.

function agreeOnEveryWord(text: string): number {
  let trues = 0;
  for (const m of text.matchAll(/\S+/g)) {
    // Every word and every tail of it, so that \b and the spaces are tried at many positions.
    for (let from = m.index; from < m.index + m[0].length; from++) {
      const end = m.index + m[0].length;
      const word = text.slice(from, end);
      const want = word.length >= 3 && nameBeforeByRegExp(text, word, from);
      assert.equal(endsNameBefore(text, from, end), want, `${JSON.stringify(word)} at ${from}`);
      if (want) trues++;
    }
  }
  return trues;
}

test('endsNameBefore agrees with the RegExp on every word of the Kurram report', () => {
  const text = readFileSync(new URL('../../examples/kurram-report.txt', import.meta.url), 'utf8');
  assert.ok(agreeOnEveryWord(text) > 0);
});

test('endsNameBefore: a surname after the full name, not a longer word, not a lower-case name', () => {
  const text = 'Zabihullah Mujahid, the Taliban spokesman, spoke. Mujahid said the Mujahideen and zabih mujahid were near Ali\u00a0Khan. Khan said it.';
  const at = (w: string, nth = 0): number => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(w, i + 1);
    return i;
  };
  const m = at('Mujahid', 1);
  assert.equal(endsNameBefore(text, m, m + 'Mujahid'.length), true);
  // "Mujahideen" ended no name before: "Mujahid" was followed by "," not by "een".
  const md = at('Mujahideen');
  assert.equal(endsNameBefore(text, md, md + 'Mujahideen'.length), false);
  const k = at('Khan', 1);
  assert.equal(endsNameBefore(text, k, k + 4), true); // a no-break space between the names
  assert.equal(endsNameBefore(text, at('said'), at('said') + 4), false);
  assert.equal(agreeOnEveryWord(text) > 0, true);
  // One capital alone is no name's first word ("A Rahman").
  const one = 'They met A Rahman. Rahman said it.';
  const r = one.lastIndexOf('Rahman');
  assert.equal(endsNameBefore(one, r, r + 6), false);
  agreeOnEveryWord(one);
});

test('endsNameBefore: names with letters outside the BMP and curly apostrophes', () => {
  const text = 'O’Brien Smith met 𝐀bc Jones and Ab Jones. Then Smith and Jones left. 𝐀𝐁 x Jones.';
  agreeOnEveryWord(text);
  const s = text.lastIndexOf('Smith');
  assert.equal(endsNameBefore(text, s, s + 5), true);
});
