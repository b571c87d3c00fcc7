import { tokenize, type RawToken } from '../recognize/tokenize.ts';

// A token trie: aliases are cut by the same tokenizer as the text and matched longest-first in
// one pass over the document's tokens, whatever the size of the gazetteer.

export interface TrieValue {
  entity: string;
  alias: string;
  /** When set, the surface text must equal the alias exactly (acronyms like "TTA"). */
  exactCase: boolean;
  /** A capitalised alias ("Tank", "Swat") only matches a capitalised surface. */
  needsCapital: boolean;
}

interface Node {
  next: Map<string, Node>;
  values: TrieValue[] | null;
  /** No value needs its surface checked (exact case, a capital): `values` as they are. */
  plain: boolean;
}

export interface TrieMatch {
  start: number; // offset into the text
  end: number;
  firstToken: number;
  lastToken: number;
  values: TrieValue[];
}

/**
 * Bits of the first words' signatures (first letter, last letter, length): a word whose bit is
 * clear starts no alias, which most words of a text show without a lookup in the root map.
 */
const SIGNATURE_BITS = 1 << 15;

function signature(word: string): number {
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(last, 0x85ebca6b) ^ Math.imul(Math.min(word.length, 31), 0xc2b2ae35)) >>> 17;
}

export class TokenTrie {
  private readonly root: Node = { next: new Map(), values: null, plain: true };
  private readonly firstWords = new Uint8Array(SIGNATURE_BITS / 8);
  private size = 0;

  add(alias: string, entity: string, exactCase = false): void {
    const toks = tokenize(alias);
    if (toks.length === 0) return;
    const sig = signature(toks[0].lower);
    this.firstWords[sig >>> 3] |= 1 << (sig & 7);
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.lower);
      if (!child) {
        child = { next: new Map(), values: null, plain: true };
        node.next.set(t.lower, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.some((v) => v.entity === entity && v.exactCase === exactCase && v.alias === alias)) {
      node.values.push({ entity, alias, exactCase, needsCapital: /^\p{Lu}/u.test(alias) });
      node.plain = node.values.every((v) => !v.exactCase && !v.needsCapital);
      this.size++;
    }
  }

  get entries(): number {
    return this.size;
  }

  /** Longest non-overlapping matches, left to right. */
  match(text: string, tokens: readonly RawToken[]): TrieMatch[] {
    const out: TrieMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const sig = signature(tokens[i].lower);
      if ((this.firstWords[sig >>> 3] & (1 << (sig & 7))) === 0) {
        i++;
        continue;
      }
      let node: Node | undefined = this.root;
      // The longest match so far: its last token and values (one match object, made at the end).
      let last = -1;
      let bestValues: TrieValue[] | null = null;
      for (let j = i; j < tokens.length; j++) {
        node = node.next.get(tokens[j].lower);
        if (!node) break;
        if (node.values) {
          const start = tokens[i].start;
          const end = tokens[j].end;
          const values = node.plain
            ? node.values
            : node.values.filter((v) =>
                v.exactCase ? sameExact(text.slice(start, end), v.alias) : !v.needsCapital || isCapital(text, start),
              );
          if (values.length > 0) {
            last = j;
            bestValues = values;
          }
        }
      }
      if (bestValues) {
        out.push({ start: tokens[i].start, end: tokens[last].end, firstToken: i, lastToken: last, values: bestValues });
        i = last + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

function isCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /\p{Lu}/u.test(String.fromCodePoint(text.codePointAt(at)!));
}

function sameExact(surface: string, alias: string): boolean {
  return surface.replace(/’/g, "'") === alias.replace(/’/g, "'");
}
