import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ActorEntry, ActorType, PlaceEntry, PlaceKind } from '../model/types.ts';

// Structural checks on the curated gazetteers in data/. They guard the data itself, not the
// matcher: every id unique, every code well formed, every alias owned by one entry unless the
// file says openly that it is shared, and the names of the seed article resolving as intended.

interface DateRange {
  from?: string;
  to?: string;
}

interface SharedAlias {
  alias: string;
  ids: string[];
  byDate?: Array<DateRange & { id: string }>;
  note?: string;
}

interface ActorRecord extends ActorEntry {
  active?: DateRange;
  typeHistory?: Array<DateRange & { type: ActorType }>;
  note?: string;
}

interface PlaceRecord extends PlaceEntry {
  caseSensitive?: string[];
  note?: string;
}

interface ActorFile {
  version: number;
  notes: string;
  sharedAliases: SharedAlias[];
  actors: ActorRecord[];
}

interface PlaceFile {
  version: number;
  notes: string;
  sharedAliases: SharedAlias[];
  places: PlaceRecord[];
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;
}

const actorFile = readJson<ActorFile>('actors.json');
const placeFile = readJson<PlaceFile>('places.json');
const actors = actorFile.actors;
const places = placeFile.places;

// Kept in step with the unions in model/types.ts: the type annotations fail `tsc` if a member
// is misspelt, and the `Exclude` checks fail it if the union grows and these lists do not.
const ACTOR_TYPES = [
  'state', 'rebel', 'political-militia', 'identity-militia', 'rioters', 'protesters', 'civilians', 'external', 'other',
] as const satisfies readonly ActorType[];
const PLACE_KINDS = ['country', 'admin1', 'admin2', 'populated-place', 'region', 'other'] as const satisfies readonly PlaceKind[];
const actorTypesComplete: [Exclude<ActorType, (typeof ACTOR_TYPES)[number]>] extends [never] ? true : false = true;
const placeKindsComplete: [Exclude<PlaceKind, (typeof PLACE_KINDS)[number]>] extends [never] ? true : false = true;
assert.ok(actorTypesComplete && placeKindsComplete);

const ISO2 = /^[A-Z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The key two aliases collide on: the matcher lower-cases tokens and folds typographic apostrophes. */
function aliasKey(alias: string): string {
  return alias.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkRange(where: string, r: DateRange | undefined): void {
  if (r === undefined) return;
  for (const k of Object.keys(r)) assert.ok(k === 'from' || k === 'to', `${where}: unknown key ${k}`);
  if (r.from !== undefined) assert.ok(isDay(r.from), `${where}: bad from ${r.from}`);
  if (r.to !== undefined) assert.ok(isDay(r.to), `${where}: bad to ${r.to}`);
  if (r.from !== undefined && r.to !== undefined) assert.ok(r.from <= r.to, `${where}: from after to`);
}

interface Aliased {
  id: string;
  name: string;
  aliases: string[];
  caseSensitive?: string[];
}

function checkAliases(e: Aliased): void {
  assert.ok(Array.isArray(e.aliases) && e.aliases.length > 0, `${e.id}: no aliases`);
  assert.ok(e.aliases.includes(e.name), `${e.id}: its name is not among its aliases`);
  const seen = new Set<string>();
  const exact = new Set(e.caseSensitive ?? []);
  for (const a of e.aliases) {
    assert.equal(typeof a, 'string', `${e.id}: alias is not a string`);
    assert.ok(a.length > 0 && a === a.trim() && !/\s{2}/.test(a), `${e.id}: badly spaced alias "${a}"`);
    const key = exact.has(a) ? a : aliasKey(a);
    assert.ok(!seen.has(key), `${e.id}: alias "${a}" listed twice`);
    seen.add(key);
  }
  for (const a of exact) assert.ok(e.aliases.includes(a), `${e.id}: case-sensitive "${a}" is not an alias`);
}

/**
 * Aliases owned by more than one entry must be declared in sharedAliases with exactly the owning
 * ids; a declaration must name real owners.
 */
function checkSharing(entries: readonly Aliased[], shared: readonly SharedAlias[]): void {
  const ids = new Set(entries.map((e) => e.id));
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const a of e.aliases) {
      const key = aliasKey(a);
      const set = owners.get(key) ?? new Set<string>();
      set.add(e.id);
      owners.set(key, set);
    }
  }
  const declared = new Map<string, SharedAlias>();
  for (const s of shared) {
    const key = aliasKey(s.alias);
    assert.ok(!declared.has(key), `sharedAliases: "${s.alias}" declared twice`);
    declared.set(key, s);
    assert.ok(s.ids.length >= 2, `sharedAliases: "${s.alias}" needs two ids or more`);
    assert.equal(new Set(s.ids).size, s.ids.length, `sharedAliases: "${s.alias}" repeats an id`);
    for (const id of s.ids) assert.ok(ids.has(id), `sharedAliases: "${s.alias}" names unknown id ${id}`);
    for (const b of s.byDate ?? []) {
      assert.ok(s.ids.includes(b.id), `sharedAliases: "${s.alias}" byDate picks ${b.id}, which is not among its ids`);
      checkRange(`sharedAliases "${s.alias}"`, { from: b.from, to: b.to });
    }
  }
  for (const [key, set] of owners) {
    if (set.size < 2) continue;
    const d = declared.get(key);
    assert.ok(d, `alias "${key}" is claimed by ${[...set].join(', ')} but not declared in sharedAliases`);
    assert.deepEqual(new Set(d.ids), set, `sharedAliases "${d.alias}" does not list exactly its owners`);
  }
  for (const [key, d] of declared) {
    assert.ok((owners.get(key)?.size ?? 0) >= 2, `sharedAliases "${d.alias}" is not actually shared`);
  }
}

/**
 * Exact alias lookup as a reader of the data sees it: case-sensitive aliases must match
 * exactly, the others ignore case. A shared alias resolves to the first of its declared ids.
 */
function resolve(entries: readonly Aliased[], shared: readonly SharedAlias[], surface: string): string[] {
  const hits = entries
    .filter((e) => {
      const exact = new Set(e.caseSensitive ?? []);
      return e.aliases.some((a) => (exact.has(a) ? a === surface : aliasKey(a) === aliasKey(surface)));
    })
    .map((e) => e.id);
  const s = shared.find((x) => aliasKey(x.alias) === aliasKey(surface));
  if (s && hits.length > 1) return [...s.ids].filter((id) => hits.includes(id));
  return hits;
}

test('both files have the expected top-level shape', () => {
  for (const [name, file, list] of [
    ['actors.json', actorFile, actors],
    ['places.json', placeFile, places],
  ] as const) {
    assert.equal(file.version, 1, `${name}: version`);
    assert.equal(typeof file.notes, 'string', `${name}: notes`);
    assert.ok(Array.isArray(file.sharedAliases), `${name}: sharedAliases`);
    assert.ok(Array.isArray(list) && list.length > 0, `${name}: entries`);
  }
});

test('actor ids are unique kebab-case and every field is well formed', () => {
  const ids = new Set<string>();
  for (const a of actors) {
    assert.ok(KEBAB.test(a.id), `bad actor id ${a.id}`);
    assert.ok(!ids.has(a.id), `duplicate actor id ${a.id}`);
    ids.add(a.id);
    assert.ok(typeof a.name === 'string' && a.name.length > 0, `${a.id}: name`);
    assert.ok((ACTOR_TYPES as readonly string[]).includes(a.type), `${a.id}: unknown type ${a.type}`);
    assert.ok(a.country === null || ISO2.test(a.country), `${a.id}: bad country ${a.country}`);
    checkAliases(a);
    checkRange(`${a.id}.active`, a.active);
    for (const h of a.typeHistory ?? []) {
      assert.ok((ACTOR_TYPES as readonly string[]).includes(h.type), `${a.id}: unknown type ${h.type} in typeHistory`);
      checkRange(`${a.id}.typeHistory`, { from: h.from, to: h.to });
    }
    if (a.note !== undefined) assert.ok(typeof a.note === 'string' && a.note.length > 0, `${a.id}: empty note`);
  }
});

test('place ids are unique, match their kind and country, and coordinates are in range', () => {
  const ids = new Set<string>();
  const PREFIX: Record<PlaceKind, RegExp> = {
    country: /^country:([A-Z]{2})$/,
    admin1: /^admin1:([A-Z]{2}):[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    admin2: /^admin2:([A-Z]{2}):[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'populated-place': /^place:([A-Z]{2}):[a-z0-9]+(?:-[a-z0-9]+)*$/,
    other: /^place:([A-Z]{2}):[a-z0-9]+(?:-[a-z0-9]+)*$/,
    region: /^region:[a-z0-9]+(?:-[a-z0-9]+)*$/,
  };
  for (const p of places) {
    assert.ok(!ids.has(p.id), `duplicate place id ${p.id}`);
    ids.add(p.id);
    assert.ok((PLACE_KINDS as readonly string[]).includes(p.kind), `${p.id}: unknown kind ${p.kind}`);
    const m = PREFIX[p.kind].exec(p.id);
    assert.ok(m, `${p.id}: id does not fit kind ${p.kind}`);
    if (p.kind === 'region') assert.ok(p.country === null || ISO2.test(p.country), `${p.id}: bad country`);
    else assert.equal(p.country, m[1], `${p.id}: country field disagrees with the id`);
    assert.ok(typeof p.name === 'string' && p.name.length > 0, `${p.id}: name`);
    if (p.kind === 'country') assert.equal(p.admin1, null, `${p.id}: a country has no admin1`);
    if (p.kind === 'admin1') assert.equal(p.admin1, p.name, `${p.id}: an admin1's admin1 is its own name`);
    if (p.kind === 'admin2' || p.kind === 'populated-place' || p.kind === 'other') {
      assert.ok('admin2' in p, `${p.id}: admin2 field missing`);
    }
    if (p.lat === null || p.lon === null) {
      assert.equal(p.kind, 'region', `${p.id}: only regions may lack coordinates`);
      assert.equal(p.lat, p.lon, `${p.id}: lat and lon must be null together`);
    } else {
      assert.ok(Number.isFinite(p.lat) && p.lat >= -90 && p.lat <= 90, `${p.id}: lat ${p.lat}`);
      assert.ok(Number.isFinite(p.lon) && p.lon >= -180 && p.lon <= 180, `${p.id}: lon ${p.lon}`);
    }
    if (p.population !== undefined) assert.ok(Number.isInteger(p.population) && p.population > 0, `${p.id}: population`);
    checkAliases(p);
  }
});

test('every country of the world is there once, under its ISO code', () => {
  const countries = places.filter((p) => p.kind === 'country');
  const codes = new Set(countries.map((p) => p.country));
  assert.equal(codes.size, countries.length);
  assert.ok(countries.length >= 249, `only ${countries.length} countries`);
  for (const cc of ['PK', 'AF', 'IN', 'IR', 'CN', 'US', 'GB', 'RU', 'CD', 'CG', 'KP', 'KR', 'PS', 'XK']) {
    assert.ok(codes.has(cc), `country ${cc} missing`);
  }
  // Every country code used anywhere refers to a listed country.
  for (const e of [...places, ...actors]) {
    if (e.country !== null) assert.ok(codes.has(e.country), `${e.id}: country ${e.country} is not listed`);
  }
});

test('Pakistan and Afghanistan: admin1 names are used consistently and places sit inside their country', () => {
  const admin1 = new Map<string, PlaceRecord>();
  for (const p of places) if (p.kind === 'admin1') admin1.set(`${p.country}|${p.name}`, p);
  assert.equal([...admin1.keys()].filter((k) => k.startsWith('PK|')).length, 7, 'Pakistan has 7 admin1 units');
  assert.equal([...admin1.keys()].filter((k) => k.startsWith('AF|')).length, 34, 'Afghanistan has 34 provinces');

  // Rough boxes around each country and a generous radius around each province's point: enough to
  // catch swapped or mistyped coordinates.
  const BOX: Record<string, [number, number, number, number]> = { PK: [23.5, 37.2, 60.8, 77.9], AF: [29.3, 38.6, 60.4, 75.0] };
  const RADIUS_KM: Record<string, number> = { PK: 850, AF: 500 };
  for (const p of places) {
    if (p.country !== 'PK' && p.country !== 'AF') continue;
    if (p.kind === 'country') continue;
    if (p.admin1 !== null) {
      assert.ok(admin1.has(`${p.country}|${p.admin1}`), `${p.id}: admin1 "${p.admin1}" is not an admin1 entry of ${p.country}`);
    }
    if (p.lat === null || p.lon === null) continue;
    const [s, n, w, e] = BOX[p.country];
    assert.ok(p.lat >= s && p.lat <= n && p.lon >= w && p.lon <= e, `${p.id}: (${p.lat}, ${p.lon}) lies outside ${p.country}`);
    const parent = p.admin1 === null ? undefined : admin1.get(`${p.country}|${p.admin1}`);
    if (parent && parent.lat !== null && parent.lon !== null && p.kind !== 'region') {
      const d = kilometres(p.lat, p.lon, parent.lat, parent.lon);
      assert.ok(d < RADIUS_KM[p.country], `${p.id}: ${Math.round(d)} km from the point of ${p.admin1}`);
    }
  }
});

test('an alias belongs to one entry unless sharedAliases says otherwise', () => {
  checkSharing(actors, actorFile.sharedAliases);
  checkSharing(places, placeFile.sharedAliases);
});

test('the preferred actor for a shared alias comes first in the file', () => {
  const position = new Map(actors.map((a, i) => [a.id, i]));
  for (const s of actorFile.sharedAliases) {
    const first = position.get(s.ids[0])!;
    for (const id of s.ids.slice(1)) assert.ok(first < position.get(id)!, `"${s.alias}": ${s.ids[0]} should precede ${id}`);
  }
});

test('the names in the seed article resolve to the intended actors', () => {
  const cases: Array<[string, string]> = [
    ['Taliban', 'afghan-taliban'],
    ['TTA', 'afghan-taliban'],
    ['interim administration in Kabul', 'afghan-taliban'],
    ["Afghanistan's interim administration in Kabul", 'afghan-taliban'],
    ["Afghanistan’s interim administration", 'afghan-taliban'],
    ['Kabul administration', 'afghan-taliban'],
    ['TTP', 'ttp'],
    ['banned TTP', 'ttp'],
    ['IS-KP', 'is-kp'],
    ['Khorasan Chapter of the Islamic State', 'is-kp'],
    ['IS', 'islamic-state'],
    ["Pakistan's intelligence and counter-terrorism agencies", 'pakistan-security-agencies'],
    ['security agencies', 'pakistan-security-agencies'],
    ['ISI', 'isi'],
    ['CTD', 'pakistan-ctd'],
    ['Afghan forces', 'afghan-taliban'],
  ];
  for (const [surface, id] of cases) {
    assert.deepEqual(resolve(actors, actorFile.sharedAliases, surface).slice(0, 1), [id], `"${surface}"`);
  }
  // Case-sensitive acronyms do not fire on ordinary words.
  for (const word of ['tta', 'is', 'Is', 'isi', 'ctd', 'bra', 'let']) {
    assert.deepEqual(resolve(actors, actorFile.sharedAliases, word), [], `"${word}" should not resolve`);
  }
});

test('the places in the seed article resolve to the intended entries', () => {
  const cases: Array<[string, string]> = [
    ['Mirali', 'place:PK:mir-ali'],
    ['Mir Ali', 'place:PK:mir-ali'],
    ['Islamabad', 'place:PK:islamabad'],
    ['Kabul', 'place:AF:kabul'],
    ['Khyber Pakhtunkhwa', 'admin1:PK:KP'],
    ['Afghanistan', 'country:AF'],
    ['Pakistan', 'country:PK'],
    ['South Asia', 'region:south-asia'],
    ['D.I. Khan', 'place:PK:dera-ismail-khan'],
    ['North Waziristan', 'admin2:PK:north-waziristan'],
  ];
  for (const [surface, id] of cases) {
    assert.deepEqual(resolve(places, placeFile.sharedAliases, surface).slice(0, 1), [id], `"${surface}"`);
  }
});

test('Islamabad is only the Pakistani capital', () => {
  const owners = places.filter((p) => p.aliases.some((a) => aliasKey(a) === 'islamabad'));
  assert.deepEqual(owners.map((p) => p.id), ['place:PK:islamabad']);
  assert.equal(owners[0].admin1, 'Islamabad Capital Territory');
  assert.equal(owners[0].country, 'PK');
});

function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
