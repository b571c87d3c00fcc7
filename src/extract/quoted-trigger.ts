import type { Token } from '../model/types.ts';
import type { TokenTrie, TrieMatch } from '../gazetteer/trie.ts';

// A trigger phrase with a quotation inside it is still the phrase: 'Afghan forces opened
// "unprovoked fire" on Pakistani posts' quotes the military's words, and the act is "opened
// unprovoked fire". Triggers are matched on the sentence's tokens without its quotation marks;
// each match keeps its offsets and is given back the indices of the tokens it spans in `toks`
// (session 20, news42). A sentence with no quotation mark is matched as it is. Only double quotes
// are passed over: a single one is as often an apostrophe ("the soldiers' posts").

const QUOTE = /^["“”]+$/;

/** Whether a token is quotation marks only: its first character is asked first, without a slice. */
function isQuoteToken(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return (c === 34 || c === 0x201c || c === 0x201d) && QUOTE.test(text.slice(t.start, t.end));
}

export function matchPastQuotes(trie: TokenTrie, text: string, toks: Token[]): TrieMatch[] {
  let quoted = false;
  for (let i = 0; i < toks.length; i++) {
    if (isQuoteToken(text, toks[i])) {
      quoted = true;
      break;
    }
  }
  if (!quoted) return trie.match(text, toks);
  const index: number[] = [];
  const kept: Token[] = [];
  toks.forEach((t, i) => {
    if (isQuoteToken(text, t)) return;
    index.push(i);
    kept.push(t);
  });
  // Key by key in the trie's order (not a spread): the trigger callback then meets one shape of match.
  const out: TrieMatch[] = [];
  for (const m of trie.match(text, kept)) out.push({ start: m.start, end: m.end, firstToken: index[m.firstToken], lastToken: index[m.lastToken], values: m.values });
  return out;
}
