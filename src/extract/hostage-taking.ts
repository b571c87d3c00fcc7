import type { Token } from '../model/types.ts';
import type { TrieMatch, TrieValue } from '../gazetteer/trie.ts';

// "Gunmen took 30 passengers hostage", "taking dozens of travellers hostage", "held the crew
// hostage": the lexicon's "took hostage" is two words side by side, but the people taken stand
// between them more often than not. A form of "take" or "hold" with "hostage" after it in its
// clause is a kidnapping told by that verb, so that the people between are its object and its
// count ("took 30 hostages" too: the hostages are the object). Session 23.

const TAKE_OR_HOLD = new Set(['take', 'takes', 'took', 'taking', 'taken', 'hold', 'holds', 'held', 'holding']);
const HOSTAGE = new Set(['hostage', 'hostages']);
/** The most tokens between the verb and "hostage": "took dozens of bus passengers hostage". */
const MAX_BETWEEN = 6;
/** Tokens that end the verb's reach: a clause mark or a new clause. */
const STOP = new Set([',', ';', ':', '.', '(', ')', '—', '–', 'and', 'but', 'after', 'before', 'when', 'while', 'who', 'which', 'that']);

const VALUE: TrieValue = { entity: 'kidnapping|verb', alias: 'took hostage', exactCase: false, needsCapital: false };
const VALUES: TrieValue[] = [VALUE];

/** Whether a text can hold such a phrase at all: asked once per document. */
export function mayTakeHostages(text: string): boolean {
  return text.includes('ostage');
}

/**
 * The sentence's trigger matches with a kidnapping match on each "take"/"hold" verb that has
 * "hostage(s)" after it in its clause and is no trigger already (a contiguous "took hostage",
 * "taken hostage" stays the lexicon's). In token order.
 */
export function withHostageTaking(toks: readonly Token[], triggers: TrieMatch[]): TrieMatch[] {
  let out: TrieMatch[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!TAKE_OR_HOLD.has(toks[i].lower)) continue;
    if (triggers.some((m) => m.firstToken <= i && i <= m.lastToken)) continue;
    let hostage = -1;
    for (let j = i + 1; j < toks.length && j <= i + MAX_BETWEEN + 1; j++) {
      if (HOSTAGE.has(toks[j].lower)) {
        hostage = j;
        break;
      }
      if (STOP.has(toks[j].lower)) break;
    }
    // "took hostage" side by side is the lexicon's own entry (matched above unless it was not a trigger there).
    if (hostage <= i + 1) continue;
    // A trigger between the verb and "hostage" ("held talks on the hostage crisis") is another act.
    if (triggers.some((m) => m.firstToken > i && m.firstToken < hostage)) continue;
    (out ??= [...triggers]).push({ start: toks[i].start, end: toks[i].end, firstToken: i, lastToken: i, values: VALUES });
  }
  if (!out) return triggers;
  return out.sort((a, b) => a.firstToken - b.firstToken);
}
