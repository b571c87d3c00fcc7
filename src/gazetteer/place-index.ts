import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlaceEntry, PlaceKind } from '../model/types.ts';
import { compilePlaces, fingerprintSources, placeSources, type PlaceSources } from './compile-places.ts';
import { tokenize } from '../recognize/tokenize.ts';
import { looseName, nameKey, skeletonKey, squashVowels, swapEditDistance, vowelKey } from './place-names.ts';
import { buildKeyTable, encodeStore, FEATURES, KEY_NAME, KEY_PREFIX, KINDS, probeKeyTable, readStore, type PlaceStore } from './place-store.ts';

// The loaded place gazetteer: typed columns read through accessors. Names are looked up by key
// in the store's hash table; the same table says whether a key is the prefix of a longer name,
// so a scan over the text stops as soon as no longer name can follow (a token trie, hashed).

export const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/corroborate/', import.meta.url));

const decoder = new TextDecoder();
/**
 * vowelKey of a GeoNames name without the tokenizer nameKey runs (a hundred times faster over the
 * 80,000 names townVowelSpellings keys): accents stripped, letters only. Equal to vowelKey for
 * names in Latin letters; a name in other letters keys to nothing and is not found by spelling.
 */
function quickVowelKey(name: string): string {
  return squashVowels(name.normalize('NFD').toLowerCase());
}

/** Tags of the three spelling tables, the first character of their keys in the compiled columns. */
const SPELL_LOOSE = 'l';
const SPELL_CURATED_VOWELS = 'v';
const SPELL_TOWN_VOWELS = 't';
const NO_ENTRIES: readonly number[] = [];

/** The smallest GeoNames town whose vowel spellings are looked up (townVowelSpellings). */
const TOWN_SPELLING_POPULATION = 10_000;
const ADMIN_WORDS = /\s+(district|province|city|town|region|state|division|governorate|county|agency|tehsil|municipality|oblast|department|prefecture)$/i;

export class PlaceIndex {
  readonly size: number;
  readonly countries: readonly string[];
  readonly attribution: string;
  private readonly s: PlaceStore;
  private idIndex: Map<string, number> | null = null;
  private readonly materialised = new Map<number, PlaceEntry>();
  private kids: Int32Array | null = null;
  private kidStart: Uint32Array | null = null;
  /** Lookups in the compiled spelling tables, decoded once per key. */
  private readonly spellMemo = new Map<string, readonly number[]>();
  private lowerStarts: Set<string> | null = null;
  private readonly looseKeys = new Map<string, string>();
  private readonly vowelKeys = new Map<string, string>();
  private readonly looseByEntry = new Map<number, string>();
  private readonly idCache = new Map<number, string>();
  private readonly recentIds = new Map<string, number>();
  private readonly countryIndex: Map<string, number>;

  constructor(store: PlaceStore) {
    this.s = store;
    this.size = store.kind.length;
    this.countries = store.countries;
    this.attribution = store.attribution;
    this.countryIndex = new Map(store.countries.map((c, i) => [c, i]));
  }

  /** Key index of a name key (a name or a prefix of one), or -1. */
  key(k: string): number {
    return probeKeyTable(this.s.keyTable, this.s.keyOffsets, this.s.keyChars, k);
  }

  /** First words of the curated aliases that may start in lower case ("tribal areas"). */
  lowercaseAliasStarts(): string[] {
    this.startsLowercaseAlias('');
    return [...this.lowerStarts!];
  }

  /** True when some curated alias that may start in lower case starts with this word ("tribal areas"). */
  startsLowercaseAlias(word: string): boolean {
    if (!this.lowerStarts) {
      this.lowerStarts = new Set();
      for (const c of this.s.curated) {
        for (const a of c.aliases) if (!/^\p{Lu}/u.test(a)) this.lowerStarts.add(tokenize(a)[0]?.lower ?? '');
      }
    }
    return this.lowerStarts.has(word);
  }

  /** True when key index k is the name of some entry. */
  isName(k: number): boolean {
    return k >= 0 && (this.s.keyFlags[k] & KEY_NAME) !== 0;
  }

  /** True when some longer name starts with key index k. */
  isPrefix(k: number): boolean {
    return k >= 0 && (this.s.keyFlags[k] & KEY_PREFIX) !== 0;
  }

  keyText(k: number): string {
    return String.fromCharCode(...this.s.keyChars.subarray(this.s.keyOffsets[k], this.s.keyOffsets[k + 1]));
  }

  postingRange(k: number): [number, number] {
    return [this.s.postStart[k], this.s.postStart[k + 1]];
  }

  /** Start of key k's postings; postingStart(k + 1) is their end. */
  postingStart(k: number): number {
    return this.s.postStart[k];
  }

  postingEntry(p: number): number {
    return this.s.postEntry[p];
  }

  postingFlags(p: number): number {
    return this.s.postFlags[p];
  }

  /** The exact-case alias of a posting, when it has one. */
  exactAlias(key: string, entry: number): string | undefined {
    return this.s.exact[`${key}|${entry}`];
  }

  id(i: number): string {
    let id = this.idCache.get(i);
    if (id === undefined) {
      id = decoder.decode(this.s.idBlob.subarray(this.s.idOffsets[i], this.s.idOffsets[i + 1]));
      if (this.idCache.size > 20_000) this.idCache.clear();
      this.idCache.set(i, id);
    }
    return id;
  }
  name(i: number): string {
    return decoder.decode(this.s.nameBlob.subarray(this.s.nameOffsets[i], this.s.nameOffsets[i + 1]));
  }
  kind(i: number): PlaceKind {
    return KINDS[this.s.kind[i]];
  }
  country(i: number): string | null {
    const c = this.s.country[i];
    return c < 0 ? null : this.countries[c];
  }
  countryIs(i: number, cc: string): boolean {
    return this.s.country[i] === (this.countryIndex.get(cc) ?? -2);
  }
  admin1(i: number): number {
    return this.s.admin1[i];
  }
  admin2(i: number): number {
    return this.s.admin2[i];
  }
  lat(i: number): number {
    return this.s.lat[i];
  }
  lon(i: number): number {
    return this.s.lon[i];
  }
  population(i: number): number {
    return this.s.population[i];
  }
  feature(i: number): (typeof FEATURES)[number] {
    return FEATURES[this.s.feature[i]];
  }
  isCurated(i: number): boolean {
    return i < this.s.curated.length;
  }

  /** Remembers the index of an id just handed out, so that get(id) needs no full id table. */
  noteId(id: string, i: number): void {
    if (this.recentIds.size >= 20_000) this.recentIds.clear();
    this.recentIds.set(id, i);
  }

  indexOfId(id: string): number {
    const recent = this.recentIds.get(id);
    if (recent !== undefined) return recent;
    if (!this.idIndex) {
      // Built on first use: callers look places up by id only to report them.
      this.idIndex = new Map();
      for (let i = 0; i < this.size; i++) this.idIndex.set(this.id(i), i);
    }
    return this.idIndex.get(id) ?? -1;
  }

  /** The entry as a PlaceEntry; curated entries come back as written in data/. */
  entry(i: number): PlaceEntry {
    if (i < this.s.curated.length) return this.s.curated[i];
    let e = this.materialised.get(i);
    if (!e) {
      const a1 = this.s.admin1[i];
      const a2 = this.s.admin2[i];
      const lat = this.s.lat[i];
      const lon = this.s.lon[i];
      const name = this.name(i);
      e = {
        id: this.id(i),
        name,
        kind: this.kind(i),
        country: this.country(i),
        admin1: a1 >= 0 ? this.adminName(a1) : null,
        admin2: a2 >= 0 ? this.adminName(a2) : null,
        lat: Number.isNaN(lat) ? null : Math.round(lat * 1e5) / 1e5,
        lon: Number.isNaN(lon) ? null : Math.round(lon * 1e5) / 1e5,
        ...(this.s.population[i] > 0 ? { population: this.s.population[i] } : {}),
        aliases: [name],
      };
      if (this.materialised.size > 20_000) this.materialised.clear();
      this.materialised.set(i, e);
    }
    return e;
  }

  /** The name an admin unit is reported by: a curated unit keeps its own admin1/admin2 field. */
  adminName(i: number): string {
    if (i < this.s.curated.length) {
      const c = this.s.curated[i];
      return (c.kind === 'admin1' ? c.admin1 : c.kind === 'admin2' ? c.admin2 ?? c.name : null) ?? c.name;
    }
    return this.name(i);
  }

  /**
   * Admin units whose name has this loose spelling key (see looseName, skeletonKey): districts and
   * provinces are spelt many ways ("Shahidi Hassas", "Shahīd-e Ḩasās").
   */
  looseAdmins(name: string): readonly number[] {
    const skel = this.looseKey(name);
    if (skel.length < 4) return [];
    return this.spellings(SPELL_LOOSE, skel);
  }

  /**
   * Curated towns, areas and districts whose name is spelt this way but for its vowels
   * (vowelKey: "Jewani" for Jiwani, "Speen Tal" for Spin Tal). Keys under five letters are too
   * loose to mean anything and find nothing.
   */
  curatedVowelSpellings(key: string): readonly number[] {
    if (key.length < 5) return [];
    return this.spellings(SPELL_CURATED_VOWELS, key);
  }

  /**
   * GeoNames districts, and towns of at least TOWN_SPELLING_POPULATION, whose name is spelt this
   * way but for its vowels and doubled letters ("Jaffarabad" for Jāfarābād District, "Naseerabad"
   * for Nasīrābād, "Chechawatni" for Chichawatni); keys under five letters find nothing. Smaller
   * towns are left out: their spellings collide too often.
   */
  townVowelSpellings(key: string): readonly number[] {
    if (key.length < 5) return [];
    return this.spellings(SPELL_TOWN_VOWELS, key);
  }

  /** townVowelSpellings of a name's vowelKey. */
  townVowelSpellingsOf(name: string): readonly number[] {
    return this.townVowelSpellings(memo(this.vowelKeys, name, () => vowelKey(name)));
  }

  /** The entries of one key of one spelling table, from the compiled columns. */
  private spellings(tag: string, key: string): readonly number[] {
    const k = probeKeyTable(this.s.spellTable, this.s.spellOffsets, this.s.spellChars, tag + key);
    if (k < 0) return NO_ENTRIES;
    return memo(this.spellMemo, tag + key, () => Array.from(this.s.spellEntry.subarray(this.s.spellStart[k], this.s.spellStart[k + 1])));
  }

  /**
   * The three spelling tables as one map of tagged keys, computed from the entries (once, when
   * the store is compiled: compilePlaceStore). Each lists entries in index order, once each.
   */
  spellingTables(): Map<string, number[]> {
    const tables: Array<[string, Map<string, number[]>]> = [
      [
        SPELL_LOOSE,
        this.entriesByKey(
          0,
          this.size,
          (kind) => kind === 'admin1' || kind === 'admin2',
          (i) => (i < this.s.curated.length ? this.s.curated[i].aliases : [this.name(i)]),
          (n) => skeletonKey(looseName(n.replace(ADMIN_WORDS, ''))),
          4,
        ),
      ],
      [
        SPELL_CURATED_VOWELS,
        this.entriesByKey(
          0,
          this.s.curated.length,
          (kind) => kind === 'populated-place' || kind === 'other' || kind === 'admin2',
          (i) => this.s.curated[i].aliases,
          (n) => vowelKey(n.replace(ADMIN_WORDS, '')),
          5,
        ),
      ],
      [
        SPELL_TOWN_VOWELS,
        this.entriesByKey(
          this.s.curated.length,
          this.size,
          (kind, i) => kind === 'admin2' || (kind === 'populated-place' && this.s.population[i] >= TOWN_SPELLING_POPULATION),
          (i) => [this.name(i)],
          (n) => quickVowelKey(n.replace(ADMIN_WORDS, '')),
          5,
        ),
      ],
    ];
    const all = new Map<string, number[]>();
    for (const [tag, table] of tables) for (const [key, entries] of table) all.set(tag + key, entries);
    return all;
  }

  private entriesByKey(
    from: number,
    to: number,
    accepts: (kind: (typeof KINDS)[number], i: number) => boolean,
    namesOf: (i: number) => readonly string[],
    keyOf: (name: string) => string,
    minLength: number,
  ): Map<string, number[]> {
    const m = new Map<string, number[]>();
    for (let i = from; i < to; i++) {
      if (!accepts(KINDS[this.s.kind[i]], i)) continue;
      for (const n of namesOf(i)) {
        const k = keyOf(n);
        if (k.length < minLength) continue;
        let list = m.get(k);
        if (!list) m.set(k, (list = []));
        if (!list.includes(i)) list.push(i);
      }
    }
    return m;
  }

  /**
   * curatedVowelSpellings of a name's vowelKey, the key memoised (names recur across documents).
   * A name whose vowel key is too short for that test (four letters) may still be a curated
   * place spelt with one consonant single or doubled and the same vowels: "Mata" for Swat's
   * Matta, "Banu" for Bannu, "Sada" for Sadda (session 13's respelling test, where short names
   * were most of what a respelt village lost). Vowels must agree: "Mela" is no Moola.
   */
  vowelSpellingsOf(name: string): readonly number[] {
    const key = memo(this.vowelKeys, name, () => vowelKey(name));
    return key.length === SHORT_KEY ? this.shortSpellings(name) : this.curatedVowelSpellings(key);
  }

  private shortByDoubles: Map<string, number[]> | null = null;

  /** Curated towns, areas and districts of a four-letter vowel key whose name is `name` but for doubled consonants. */
  private shortSpellings(name: string): readonly number[] {
    if (!this.shortByDoubles) {
      const m = new Map<string, number[]>();
      for (let i = 0; i < this.s.curated.length; i++) {
        const kind = KINDS[this.s.kind[i]];
        if (kind !== 'populated-place' && kind !== 'other' && kind !== 'admin2') continue;
        for (const a of this.s.curated[i].aliases) {
          if (vowelKey(a).length !== SHORT_KEY) continue;
          const k = singleConsonants(a);
          let list = m.get(k);
          if (!list) m.set(k, (list = []));
          if (!list.includes(i)) list.push(i);
        }
      }
      this.shortByDoubles = m;
    }
    return this.shortByDoubles.get(singleConsonants(name)) ?? NO_ENTRIES;
  }

  /**
   * Admin units whose loose key is one consonant away from this name's (one left out, added,
   * changed or swapped with its neighbour; the first letter kept): "Pakthukhwa" for Pakhtunkhwa,
   * "Balochisan" for Balochistan, "Siaklot" for Sialkot.
   * Only for names of NEAR_ADMIN_LETTERS letters or more, whose loose key has four consonants or
   * more; the exact loose spellings (looseAdmins) are not repeated here. The caller keeps the
   * units of the countries in play.
   */
  nearAdmins(name: string): readonly number[] {
    return memo(this.nearMemo, name, () => {
      if (name.replace(/[^\p{L}]/gu, '').length < NEAR_ADMIN_LETTERS) return NO_ENTRIES;
      const skel = this.looseKey(name);
      if (skel.length < 4) return NO_ENTRIES;
      const out: number[] = [];
      const probe = (k: string) => {
        if (k === skel || k.length < 4) return;
        for (const e of this.spellings(SPELL_LOOSE, k)) if (!out.includes(e)) out.push(e);
      };
      for (let j = 1; j <= skel.length; j++) {
        if (j < skel.length) probe(skel.slice(0, j) + skel.slice(j + 1));
        if (j + 1 < skel.length) probe(skel.slice(0, j) + skel[j + 1] + skel[j] + skel.slice(j + 2));
        for (const c of SKELETON_LETTERS) {
          probe(skel.slice(0, j) + c + skel.slice(j));
          if (j < skel.length && c !== skel[j]) probe(skel.slice(0, j) + c + skel.slice(j + 1));
        }
      }
      // The skeleton is a loose sieve: the letters themselves must be one edit away (two for a
      // name of ten letters or more), a swap of neighbours counting as one.
      const letters = plainLetters(name.replace(ADMIN_WORDS, ''));
      const bound = letters.length >= 10 ? 2 : 1;
      return out.filter((e) => this.unitNames(e).some((n) => swapEditDistance(letters, plainLetters(n.replace(ADMIN_WORDS, '')), bound) <= bound));
    });
  }

  /** An admin unit's names: a curated unit's aliases, a GeoNames unit's name. */
  private unitNames(i: number): readonly string[] {
    return i < this.s.curated.length ? this.s.curated[i].aliases : [this.name(i)];
  }

  private readonly nearMemo = new Map<string, readonly number[]>();
  private initialsTable: Map<string, number[]> | null = null;

  /**
   * Places a press short form of initials names ("R.Y. Khan", "RY Khan", "T.T. Singh"): the
   * initials of a name's leading words and its last word, for names of three words or more
   * (lower-case joining words left out) of districts, curated places and towns of at least
   * TOWN_SPELLING_POPULATION. The caller keeps one place of the countries in play.
   */
  initialsNamed(surface: string): readonly number[] {
    const key = initialsFormKey(surface);
    if (key === null) return NO_ENTRIES;
    if (!this.initialsTable) {
      const m = new Map<string, number[]>();
      for (let i = 0; i < this.size; i++) {
        const kind = KINDS[this.s.kind[i]];
        const curated = i < this.s.curated.length;
        if (kind !== 'admin2' && !(kind === 'populated-place' && (curated || this.s.population[i] >= TOWN_SPELLING_POPULATION))) continue;
        for (const n of curated ? this.s.curated[i].aliases : [this.name(i)]) {
          const k = initialsNameKey(n.replace(ADMIN_WORDS, ''));
          if (k === null) continue;
          let list = m.get(k);
          if (!list) m.set(k, (list = []));
          if (!list.includes(i)) list.push(i);
        }
      }
      this.initialsTable = m;
    }
    return this.initialsTable.get(key) ?? NO_ENTRIES;
  }

  /** The loose key of an admin unit's name (memoised per entry). */
  looseKeyOf(i: number): string {
    return memo(this.looseByEntry, i, () => this.looseKey(this.adminName(i)));
  }

  /** The loose key of a name (memoised: the same names come back document after document). */
  looseKey(name: string): string {
    return memo(this.looseKeys, name, () => skeletonKey(looseName(name.replace(ADMIN_WORDS, ''))));
  }

  prior(i: number): number {
    return this.s.prior[i];
  }

  /**
   * Children of an admin unit whose loose key equals `skel` or is one edit away from it
   * ("Baghlani Jadid" and "Baghlān-e Jadīd"). Compares the compiled loose keys as bytes: no
   * string is made for the thousands of children a province may have.
   */
  fuzzyChildren(admin: number, skel: string): number[] {
    const { skelBlob, skelOffsets } = this.s;
    const q = new Uint8Array(skel.length);
    for (let j = 0; j < skel.length; j++) q[j] = skel.charCodeAt(j) & 0xff;
    const out: number[] = [];
    const [a, b] = this.childRange(admin);
    const kids = this.kids!;
    for (let c = a; c < b; c++) {
      const e = kids[c];
      const s0 = skelOffsets[e];
      const len = skelOffsets[e + 1] - s0;
      if (len === 0 || Math.abs(len - q.length) > 1) continue;
      if (len === q.length) {
        let diff = 0;
        for (let j = 0; j < len && diff <= 1; j++) if (skelBlob[s0 + j] !== q[j]) diff++;
        if (diff === 0 || (diff === 1 && q.length >= 5 && skelBlob[s0] === q[0])) out.push(e);
      } else if (q.length >= 5 && skelBlob[s0] === q[0] && oneInsertApart(skelBlob, s0, len, q)) out.push(e);
    }
    return out;
  }

  /** Entries whose admin1 or admin2 is `admin`. */
  childrenOf(admin: number): readonly number[] {
    const [a, b] = this.childRange(admin);
    return Array.from(this.kids!.subarray(a, b));
  }

  /** Children of every admin unit in one flat array, grouped by parent (built on first use). */
  private childRange(admin: number): [number, number] {
    if (!this.kids) {
      const { admin1, admin2 } = this.s;
      const count = new Uint32Array(this.size + 1);
      for (let i = 0; i < this.size; i++) {
        if (admin1[i] >= 0 && admin1[i] !== i) count[admin1[i]]++;
        if (admin2[i] >= 0 && admin2[i] !== i) count[admin2[i]]++;
      }
      const start = new Uint32Array(this.size + 1);
      for (let i = 0; i < this.size; i++) start[i + 1] = start[i] + count[i];
      const kids = new Int32Array(start[this.size]);
      const fill = start.slice(0, this.size);
      for (let i = 0; i < this.size; i++) {
        if (admin1[i] >= 0 && admin1[i] !== i) kids[fill[admin1[i]]++] = i;
        if (admin2[i] >= 0 && admin2[i] !== i) kids[fill[admin2[i]]++] = i;
      }
      this.kids = kids;
      this.kidStart = start;
    }
    return [this.kidStart![admin], this.kidStart![admin + 1]];
  }
}

/** True when the longer of two byte strings becomes the shorter by deleting one byte. */
function oneInsertApart(blob: Uint8Array, s0: number, len: number, q: Uint8Array): boolean {
  const longer = len > q.length;
  const n = Math.min(len, q.length);
  let i = 0;
  while (i < n && blob[s0 + i] === q[i]) i++;
  if (longer) {
    for (let j = i; j < q.length; j++) if (blob[s0 + j + 1] !== q[j]) return false;
  } else {
    for (let j = i; j < len; j++) if (blob[s0 + j] !== q[j + 1]) return false;
  }
  return true;
}

export interface LoadReport {
  source: 'cache' | 'compiled';
  path: string;
  seconds: number;
  note?: string;
}

/**
 * Loads the compiled gazetteer from node_modules/.cache/corroborate/, compiling it first when
 * the cache is missing or stale (a checkout where our prepare script has not run).
 */
export function loadPlaceIndex(): { index: PlaceIndex; report: LoadReport } {
  const t0 = performance.now();
  const sources = placeSources();
  const fingerprint = fingerprintSources(sources);
  const path = cachePath(fingerprint);
  let store: PlaceStore | null = null;
  try {
    store = readStore(path);
    if (store && store.fingerprint !== fingerprint) store = null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (store) return { index: new PlaceIndex(store), report: { source: 'cache', path, seconds: (performance.now() - t0) / 1000 } };

  const { store: fresh } = compilePlaceStore(sources);
  const note = writeStore(path, fresh);
  return {
    index: new PlaceIndex(fresh),
    report: { source: 'compiled', path, seconds: (performance.now() - t0) / 1000, ...(note ? { note } : {}) },
  };
}

/**
 * Compiles the store from its sources (compilePlaces), then its spelling tables, which are
 * computed over the finished entries with the index's own key functions.
 */
export function compilePlaceStore(sources: PlaceSources): { store: PlaceStore; report: string[] } {
  const { store, report } = compilePlaces(sources);
  const tables = new PlaceIndex(store).spellingTables();
  const keys = [...tables.keys()];
  const start = new Uint32Array(keys.length + 1);
  let at = 0;
  keys.forEach((k, i) => {
    start[i] = at;
    at += tables.get(k)!.length;
  });
  start[keys.length] = at;
  const entries = new Uint32Array(at);
  keys.forEach((k, i) => entries.set(tables.get(k)!, start[i]));
  const { keyChars, keyOffsets, keyTable } = buildKeyTable(keys);
  report.push(`${keys.length} spelling keys, ${at} spelling postings`);
  return { store: { ...store, spellChars: keyChars, spellOffsets: keyOffsets, spellTable: keyTable, spellStart: start, spellEntry: entries }, report };
}

export function cachePath(fingerprint: string): string {
  return `${CACHE_DIR}places-${fingerprint}.bin`;
}

/** Writes the store atomically; returns why it could not, or null. */
export function writeStore(path: string, store: PlaceStore): string | null {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, encodeStore(store));
    renameSync(tmp, path);
    // Older compilations are stale: their inputs changed.
    for (const f of readdirSync(CACHE_DIR)) {
      if (/^places-[0-9a-f]+\.bin$/.test(f) && `${CACHE_DIR}${f}` !== path) rmSync(`${CACHE_DIR}${f}`, { force: true });
    }
    return null;
  } catch (e) {
    return `could not write the compiled gazetteer to ${path} (${(e as Error).message}); kept in memory`;
  }
}

/** The length of a vowel key too short for curatedVowelSpellings, which shortSpellings reads by its consonants instead. */
const SHORT_KEY = 4;
/** A name's letters, lower case, accents stripped ("Dera Ghāzi Khān" → "deraghazikhan"). */
function plainLetters(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}
/** The letters a name needs before nearAdmins looks for admin units one consonant away. */
const NEAR_ADMIN_LETTERS = 7;
/** The letters a loose key (skeletonKey) holds after its first. */
const SKELETON_LETTERS = 'bcdfgjklmnprstvxz';
/** Lower-case words a name's initials skip ("Mandi Baha-ud-Din", "Gulshan-e-Iqbal"). */
const INITIALS_SKIPPED = new Set(['e', 'i', 'ud', 'ul', 'ur', 'us', 'al', 'el', 'of', 'and', 'the', 'de', 'la', 'da']);

/**
 * The key of a surface written as two or three capital initials and a word ("R.Y. Khan", "RY
 * Khan", "R Y Khan", "T.T.Singh"): the initials and the word, lower case ("ry khan"); else null.
 */
export function initialsFormKey(surface: string): string | null {
  const trimmed = surface.trim();
  // A capital is followed by a stop, a space or a capital: a-z second ("Kabul Province", most
  // capitalised runs the scan asks about) answers no without the pattern.
  const second = trimmed.charCodeAt(1);
  if (second >= 97 && second <= 122) return null;
  const m = /^(\p{Lu})\.?\s?(\p{Lu})\.?(?:\s?(\p{Lu})\.?)?\s*(\p{Lu}\p{Ll}{2,})$/u.exec(trimmed);
  if (!m) return null;
  return `${(m[1] + m[2] + (m[3] ?? '')).toLowerCase()} ${m[4].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`;
}

/**
 * A closed-up compound name of the "X-ud-Din" kind, its head and its tail ("Bahauddin" → "Baha",
 * "Din"; "Kalimullah" → "Kalim", "Ullah"): the press writes such a name apart as well ("Baha-ud-Din")
 * and shortens it by the head's initial ("Mandi Bahauddin" → "M.B. Din").
 */
const CLOSED_COMPOUND = /^(\p{Lu}\p{Ll}{2,}?)(?:ud|ul|ur|us)(din|deen|lah|llah)$/u;

/** The initials key of a name of three words or more ("Rahim Yar Khan" → "ry khan"), else null. */
function initialsNameKey(name: string): string | null {
  const written = name.normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u).filter((w) => w !== '' && !INITIALS_SKIPPED.has(w));
  if (!written.every((w) => /^\p{Lu}/u.test(w))) return null;
  const words = written.flatMap((w) => {
    const c = CLOSED_COMPOUND.exec(w);
    return c ? [c[1], c[2] === 'llah' ? 'Ullah' : c[2][0].toUpperCase() + c[2].slice(1)] : [w];
  });
  if (words.length < 3 || words.length > 4) return null;
  const last = words[words.length - 1];
  if (last.length < 3) return null;
  return `${words.slice(0, -1).map((w) => w[0].toLowerCase()).join('')} ${last.toLowerCase()}`;
}

/**
 * A name's letters, lower case, every doubled letter single and the vowels kept but for the
 * press's usual pairs: "-ay" for "-ai" at a word's end, "ee" for "i", "oo" for "u" ("Matta" →
 * "mata", "Seway" → "sewai", "Moola" → "mula", "Mela" → "mela").
 */
function singleConsonants(name: string): string {
  const words = nameKey(name).split(/[^a-z]+/).filter((w) => w !== '');
  return words.map((w) => w.replace(/ay$/, 'ai').replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/([a-z])\1+/g, '$1')).join('');
}

/** Keys a memo holds before it starts again: the names of a long stream are unbounded. */
const MEMO_LIMIT = 100_000;

/** `make()` for `key`, memoised in `cache` (cleared once it holds more than MEMO_LIMIT keys). */
function memo<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size > MEMO_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}
