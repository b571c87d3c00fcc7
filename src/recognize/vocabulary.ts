// Interned words: every token's lower-cased form gets a small integer id when it is cut, so the
// tries, the place scan and other word tables look a word up once per distinct word (in an
// array indexed by the id) instead of hashing and comparing the token's string on every lookup.

/**
 * Lower-cased words and their ids, shared by the process. Ids are dense (0, 1, 2, ...). The
 * vocabulary is bounded: past `limit` words it forgets them all between two documents
 * (`trimBetweenDocuments`) and its `generation` moves on, so tables keyed by id must compare the
 * generation they were filled in and start again when it differs. A token's id is therefore only
 * good until the next document is tokenized: match tokens when they are made, never keep them.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private gen = 0;

  constructor(private readonly limit = 200_000) {}

  /** The id of a lower-cased word, given one on first sight. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(ownCopy(word), id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Changes whenever the ids are given anew; tables filled by id start again. */
  get generation(): number {
    return this.gen;
  }

  /** Forgets every word once the vocabulary has grown past its limit (between documents only). */
  trimBetweenDocuments(): void {
    if (this.ids.size < this.limit) return;
    this.ids.clear();
    this.gen++;
  }
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
