import type { Doc, Token } from '../model/types.ts';
import { tokenizeInto } from './tokenize.ts';

/** Tokens of every sentence, each tagged with its sentence index; none runs past its sentence. */
export function tokenizeSentences(doc: Doc): Token[] {
  const out: Token[] = [];
  const sentences = doc.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    tokenizeInto(doc.text, s.start, s.end, i, out);
  }
  return out;
}

/** [first, last) token index of each sentence, for per-sentence passes. */
export function sentenceTokenRanges(doc: Doc): Array<[number, number]> {
  const ranges = new Array<[number, number]>(doc.sentences.length);
  let i = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    while (i < doc.tokens.length && doc.tokens[i].sentence < s) i++;
    const first = i;
    while (i < doc.tokens.length && doc.tokens[i].sentence === s) i++;
    ranges[s] = [first, i];
  }
  return ranges;
}

/** Whether one of `phrases` (each as its lower-case words) stands in `toks` from index `at` on. */
export function phraseAt(toks: readonly { lower: string }[], at: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((words) => words.every((w, i) => toks[at + i]?.lower === w));
}
