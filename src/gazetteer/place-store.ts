import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { PlaceEntry, PlaceKind } from '../model/types.ts';

// The compiled place gazetteer as written by compile-places.ts and read by place-index.ts: flat
// typed columns (no object per place), strings packed into byte blobs with offsets, and the
// name keys in an open-addressing hash table over UTF-16 code units. Loading is one read into
// an aligned buffer and views onto it: no parse, no Map of half a million strings to build.

export const STORE_FORMAT = 6;
const MAGIC = 'CORROBORATE-PLACES';

export const KINDS: readonly PlaceKind[] = ['country', 'admin1', 'admin2', 'populated-place', 'region', 'other'];

/**
 * GeoNames feature codes we keep, best first; index into this list is the `feature` column.
 * "CUR" marks a curated entry, "ADM1"/"ADM2" our admin units.
 */
export const FEATURES = [
  'CUR', 'PCL', 'ADM1', 'ADM2', 'PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPL', 'PPLG',
  'PPLS', 'PPLF', 'PPLL', 'STLMT', 'PPLR', 'PPLX', 'PPLCH', 'PPLH', 'PPLQ', 'PPLW', 'OTHER',
] as const;

/** Bits of a posting: how a name belongs to its entry. */
export const POST_PRIMARY = 1; // the entry's own name (or ASCII name), not an alternate
export const POST_CURATED = 2; // an alias from our curated data
export const POST_EXACT = 4; // matches only when the surface equals the alias exactly
export const POST_CAPITAL = 8; // matches only a capitalised surface
export const POST_PREFERRED = 16; // first id of a declared shared alias

/** Bits of a key. */
export const KEY_NAME = 1; // some entry has this name
export const KEY_PREFIX = 2; // some longer name starts with it

export interface PlaceStore {
  format: number;
  /** Fingerprint of the inputs; a changed input means a rebuild. */
  fingerprint: string;
  attribution: string;
  countries: string[];
  /** Curated entries as written in data/; entry i < curated.length is curated[i]. */
  curated: PlaceEntry[];
  /** Exact-case aliases: "key|entry" → alias. */
  exact: Record<string, string>;
  /** Entry columns, one value per entry. */
  idBlob: Uint8Array; // UTF-8
  idOffsets: Uint32Array; // n + 1
  nameBlob: Uint8Array;
  nameOffsets: Uint32Array;
  kind: Uint8Array;
  country: Int16Array; // index into countries, -1 for none
  admin1: Int32Array; // entry index of the admin1 unit, -1 for none
  admin2: Int32Array; // entry index of the admin2 unit, -1 for none
  lat: Float32Array; // NaN for none
  lon: Float32Array;
  population: Uint32Array;
  feature: Uint8Array;
  /** The entry's own weight for disambiguation: kind, population, feature class. */
  prior: Float32Array;
  /** Loose key of the bare name (skeletonKey), ASCII, for spelling-variant search. */
  skelBlob: Uint8Array;
  skelOffsets: Uint32Array;
  /** Key columns: UTF-16 code units, flags, postings of key k in post*[postStart[k], postStart[k+1]). */
  keyChars: Uint16Array;
  keyOffsets: Uint32Array; // keys + 1
  keyFlags: Uint8Array;
  keyTable: Int32Array; // open addressing, size a power of two, -1 empty
  postStart: Uint32Array; // keys + 1
  postEntry: Uint32Array;
  postFlags: Uint8Array;
  /**
   * The tables of other spellings (PlaceIndex: looseAdmins, curatedVowelSpellings,
   * townVowelSpellings), computed when the store is compiled: one hashed key table whose keys
   * carry their table's tag as first character, entries of key k in spellEntry[spellStart[k],
   * spellStart[k + 1]).
   */
  spellChars: Uint16Array;
  spellOffsets: Uint32Array;
  spellTable: Int32Array;
  spellStart: Uint32Array;
  spellEntry: Uint32Array;
}

/** FNV-1a over UTF-16 code units; the same function builds and probes the key table. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The index of key `k` in a table buildKeyTable made, or -1. */
export function probeKeyTable(table: Int32Array, offsets: Uint32Array, chars: Uint16Array, k: string): number {
  const mask = table.length - 1;
  let slot = hashKey(k) & mask;
  for (;;) {
    const i = table[slot];
    if (i < 0) return -1;
    const a = offsets[i];
    if (offsets[i + 1] - a === k.length) {
      let j = 0;
      while (j < k.length && chars[a + j] === k.charCodeAt(j)) j++;
      if (j === k.length) return i;
    }
    slot = (slot + 1) & mask;
  }
}

/** Builds the key columns from keys in order (index k = key k). */
export function buildKeyTable(keys: readonly string[]): Pick<PlaceStore, 'keyChars' | 'keyOffsets' | 'keyTable'> {
  let chars = 0;
  for (const k of keys) chars += k.length;
  const keyChars = new Uint16Array(chars);
  const keyOffsets = new Uint32Array(keys.length + 1);
  let at = 0;
  keys.forEach((k, i) => {
    keyOffsets[i] = at;
    for (let j = 0; j < k.length; j++) keyChars[at++] = k.charCodeAt(j);
  });
  keyOffsets[keys.length] = at;
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const keyTable = new Int32Array(size).fill(-1);
  keys.forEach((k, i) => {
    let slot = hashKey(k) & (size - 1);
    while (keyTable[slot] !== -1) slot = (slot + 1) & (size - 1);
    keyTable[slot] = i;
  });
  return { keyChars, keyOffsets, keyTable };
}

type Column = Exclude<keyof PlaceStore, 'format' | 'fingerprint' | 'attribution' | 'countries' | 'curated' | 'exact'>;
const COLUMNS: Record<Column, { new (buf: ArrayBuffer, offset: number, length: number): ArrayBufferView; BYTES_PER_ELEMENT: number }> = {
  idBlob: Uint8Array, idOffsets: Uint32Array, nameBlob: Uint8Array, nameOffsets: Uint32Array,
  kind: Uint8Array, country: Int16Array, admin1: Int32Array, admin2: Int32Array, lat: Float32Array, lon: Float32Array,
  population: Uint32Array, feature: Uint8Array, prior: Float32Array, skelBlob: Uint8Array, skelOffsets: Uint32Array,
  keyChars: Uint16Array, keyOffsets: Uint32Array, keyFlags: Uint8Array, keyTable: Int32Array,
  postStart: Uint32Array, postEntry: Uint32Array, postFlags: Uint8Array,
  spellChars: Uint16Array, spellOffsets: Uint32Array, spellTable: Int32Array, spellStart: Uint32Array, spellEntry: Uint32Array,
};

interface Header {
  magic: string;
  format: number;
  fingerprint: string;
  attribution: string;
  countries: string[];
  curated: PlaceEntry[];
  exact: Record<string, string>;
  sections: Array<{ name: Column; offset: number; length: number }>;
}

const pad8 = (n: number) => (8 - (n % 8)) % 8;

export function encodeStore(s: PlaceStore): Buffer {
  const parts: Buffer[] = [];
  const sections: Header['sections'] = [];
  let offset = 0;
  for (const c of Object.keys(COLUMNS) as Column[]) {
    const a = s[c];
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    sections.push({ name: c, offset, length: a.byteLength / COLUMNS[c].BYTES_PER_ELEMENT });
    parts.push(b, Buffer.alloc(pad8(b.length)));
    offset += b.length + pad8(b.length);
  }
  const header: Header = {
    magic: MAGIC, format: s.format, fingerprint: s.fingerprint, attribution: s.attribution, countries: s.countries,
    curated: s.curated, exact: s.exact, sections,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(8);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([len, head, Buffer.alloc(pad8(head.length)), ...parts]);
}

/**
 * Reads a store file into one aligned buffer and returns views onto it, or null when the file
 * is not a store of this format (a stale cache). Missing files throw ENOENT.
 */
export function readStore(path: string): PlaceStore | null {
  const fd = openSync(path, 'r');
  let ab: ArrayBuffer;
  try {
    const size = fstatSync(fd).size;
    ab = new ArrayBuffer(size);
    const view = new Uint8Array(ab);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, view, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got < size) return null;
  } finally {
    closeSync(fd);
  }
  const bytes = Buffer.from(ab);
  if (bytes.length < 8) return null;
  const headLen = bytes.readUInt32LE(0);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', 8, 8 + headLen)) as Header;
  } catch {
    return null;
  }
  if (header.magic !== MAGIC || header.format !== STORE_FORMAT) return null;
  const base = 8 + headLen + pad8(headLen);
  const out: Partial<PlaceStore> = {
    format: header.format, fingerprint: header.fingerprint, attribution: header.attribution,
    countries: header.countries, curated: header.curated, exact: header.exact,
  };
  for (const x of header.sections) {
    const Ctor = COLUMNS[x.name];
    if (!Ctor || base + x.offset + x.length * Ctor.BYTES_PER_ELEMENT > ab.byteLength) return null;
    (out as Record<string, unknown>)[x.name] = new Ctor(ab, base + x.offset, x.length);
  }
  for (const c of Object.keys(COLUMNS)) if (!(c in out)) return null;
  return out as PlaceStore;
}

/** Packs strings into a UTF-8 blob with n + 1 offsets. */
export function packStrings(list: readonly string[]): { blob: Uint8Array; offsets: Uint32Array } {
  const buf = Buffer.from(list.join(''), 'utf8');
  const offsets = new Uint32Array(list.length + 1);
  let at = 0;
  list.forEach((s, i) => {
    offsets[i] = at;
    at += Buffer.byteLength(s, 'utf8');
  });
  offsets[list.length] = at;
  return { blob: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), offsets };
}
