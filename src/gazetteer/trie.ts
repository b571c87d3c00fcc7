import { tokenize, type RawToken } from '../recognize/tokenize.ts';
import { VOCABULARY } from '../recognize/vocabulary.ts';

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
  /** A child of the root: its index in TokenTrie.firstNodes once a word has led to it, else -1. */
  first: number;
}

export interface TrieMatch {
  start: number; // offset into the text
  end: number;
  firstToken: number;
  lastToken: number;
  values: TrieValue[];
}

export class TokenTrie {
  private readonly root: Node = { next: new Map(), values: null, plain: true, first: -1 };
  private size = 0;
  /**
   * The root's child for each word id, learnt on first sight: 0 not looked up yet, -1 none (most
   * words of a text start no alias), else 1 + its index in `firstNodes`. One array read per token
   * instead of a string lookup; started again when the vocabulary gives its ids anew.
   */
  private firstOf = new Int32Array(1024);
  private readonly firstNodes: Node[] = [];
  private generation = VOCABULARY.generation;

  add(alias: string, entity: string, exactCase = false): void {
    const toks = tokenize(alias);
    if (toks.length === 0) return;
    // A new first word may start an alias now: words learnt as starting none must be looked up again.
    if (!this.root.next.has(toks[0].lower)) this.firstOf.fill(0);
    let node = this.root;
    for (const t of toks) {
      let child = node.next.get(t.lower);
      if (!child) {
        child = { next: new Map(), values: null, plain: true, first: -1 };
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
    if (this.generation !== VOCABULARY.generation) {
      this.firstOf.fill(0);
      this.generation = VOCABULARY.generation;
    }
    let i = 0;
    while (i < tokens.length) {
      const id = tokens[i].word;
      let first = id < this.firstOf.length ? this.firstOf[id] : 0;
      if (first === 0) first = this.learnFirst(id, tokens[i].lower);
      if (first < 0) {
        i++;
        continue;
      }
      let node: Node | undefined = this.firstNodes[first - 1];
      // The longest match so far: its last token and values (one match object, made at the end).
      let last = -1;
      let bestValues: TrieValue[] | null = null;
      for (let j = i; j < tokens.length; j++) {
        if (j > i) {
          node = node.next.get(tokens[j].lower);
          if (!node) break;
        }
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

  /** Looks a first word up in the root and keeps the answer for its id (see firstOf). */
  private learnFirst(id: number, lower: string): number {
    if (id >= this.firstOf.length) {
      const grown = new Int32Array(Math.max(id + 1, this.firstOf.length * 2));
      grown.set(this.firstOf);
      this.firstOf = grown;
    }
    const node = this.root.next.get(lower);
    let first = -1;
    if (node) {
      if (node.first < 0) node.first = this.firstNodes.push(node) - 1;
      first = node.first + 1;
    }
    this.firstOf[id] = first;
    return first;
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
