// Interned words: every token's lower-cased form gets a small integer id when it is cut, so the
// tries, the place scan and other word tables look a word up once per distinct word (in an
// array indexed by the id) instead of hashing and comparing the token's string on every lookup.

/**
 * Lower-cased words and their ids, shared by the process. Ids are dense (0, 1, 2, ...). The
 * vocabulary is bounded: past `limit` words it forgets them all between two documents
 * (`trimBetweenDocuments`) and its `generation` moves on, so tables keyed by id must compare the
 * generation they were filled in and start again when it differs. A token's id is therefore only
 * good until the next document is tokenized: match tokens when they are made, never keep them.
 * (The classifiers' word scanner takes its strings from here too; only the tokenizer trims.)
 */
export class Vocabulary {
  /** Every word, by id. */
  private words: string[] = [];
  /**
   * ASCII words by their hash (open addressing), two numbers a slot: the hash, and id + 1 (0 for
   * an empty slot). The hash is compared first, so a probe rarely reads a word that is not it.
   */
  private slots = new Int32Array(2 << 12);
  private asciiIds: number[] = [];
  /** Words with a character past ASCII, lower-cased as the tokenizer does. */
  private readonly others = new Map<string, number>();
  private gen = 0;

  constructor(private readonly limit = 200_000) {}

  /** The id of a lower-cased word, given one on first sight. */
  idOf(word: string): number {
    const id = this.idOfText(word, 0, word.length);
    if (id >= 0) return id;
    let other = this.others.get(word);
    if (other === undefined) {
      other = this.words.push(ownCopy(word)) - 1;
      this.others.set(this.words[other], other);
    }
    return other;
  }

  /**
   * The id of text[start, end) lower-cased, when every character of it is ASCII (no string is
   * made for a word seen before: the tokenizer's common case); -1 when one is not.
   */
  idOfText(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) {
      let c = text.charCodeAt(k);
      if (c > 127) return -1;
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
    }
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let s = (h ^ (h >>> 15)) & mask;
    for (let v = slots[2 * s + 1]; v !== 0; v = slots[2 * s + 1]) {
      if (slots[2 * s] === h && sameLowerCase(this.words[v - 1], text, start, end)) return v - 1;
      s = (s + 1) & mask;
    }
    const id = this.words.push(ownCopy(text.slice(start, end).toLowerCase())) - 1;
    slots[2 * s] = h;
    slots[2 * s + 1] = id + 1;
    this.asciiIds.push(id);
    if (this.asciiIds.length * 4 > slots.length) this.rehash(slots.length * 2);
    return id;
  }

  /** The lower-cased word of an id. */
  wordOf(id: number): string {
    return this.words[id];
  }

  get size(): number {
    return this.words.length;
  }

  /** Changes whenever the ids are given anew; tables filled by id start again. */
  get generation(): number {
    return this.gen;
  }

  /** Forgets every word once the vocabulary has grown past its limit (between documents only). */
  trimBetweenDocuments(): void {
    if (this.words.length < this.limit) return;
    this.words = [];
    this.asciiIds = [];
    this.others.clear();
    this.slots = new Int32Array(2 << 12);
    this.gen++;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = (size >> 1) - 1;
    for (const id of this.asciiIds) {
      const w = this.words[id];
      let h = 0x811c9dc5;
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
      let s = (h ^ (h >>> 15)) & mask;
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = h;
      slots[2 * s + 1] = id + 1;
    }
    this.slots = slots;
  }
}

/** Whether text[start, end), ASCII, lower-cased is the word. */
function sameLowerCase(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k - start)) return false;
  }
  return true;
}

export const VOCABULARY = new Vocabulary();

/**
 * A word cut from a text may be a view into the whole text (V8 slices long strings that way):
 * the vocabulary keeps a copy of its own, so that it never holds a document's text alive.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : Buffer.from(word, 'utf16le').toString('utf16le');
}

/**
 * A table of facts by word id, filled on demand: `get` gives the value kept for an id, or
 * undefined when none was kept yet (or the vocabulary has moved to another generation since).
 */
export class WordTable<T> {
  private values: Array<T | undefined> = [];
  private gen = VOCABULARY.generation;

  get(id: number): T | undefined {
    const values = this.current();
    return id < values.length ? values[id] : undefined;
  }

  set(id: number, value: T): void {
    // Filled densely (no holes), so the array stays a fast elements array.
    const values = this.current();
    while (values.length < id) values.push(undefined);
    values[id] = value;
  }

  private current(): Array<T | undefined> {
    if (this.gen !== VOCABULARY.generation) {
      this.values = [];
      this.gen = VOCABULARY.generation;
    }
    return this.values;
  }
}
