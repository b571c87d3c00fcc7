// How often spellingKey (src/gazetteer/spelling-key.ts) puts two different places of one country
// under one key in our gazetteer, and which of those the scorer's sameSpelledPlace
// (src/eval/resolve.ts) still equates. A key "collides" when two of its entries have different
// name keys and lie more than 25 km apart: a bare key comparison would equate them. The guarded
// rule (oneSpeltPlace) equates two differently named entries only as an admin unit and its seat
// within 25 km; `equatable` counts the keys where it may (--list prints them) so that they can be read.
//
//   node --import tsx scripts/ucdp-spelling-collisions.ts [--country AF,PK] [--examples 20] [--list]

import { haversineKm } from '../src/gazetteer/geo.ts';
import { loadPlaceIndex } from '../src/gazetteer/place-index.ts';
import { nameKey } from '../src/gazetteer/place-names.ts';
import { spellingKey } from '../src/gazetteer/spelling-key.ts';
import { oneSpeltPlace } from '../src/eval/resolve.ts';

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--country')?.split(',');
const examples = Number(arg('--examples') ?? 10);
const ONE_PLACE_KM = 25;
const list = process.argv.includes('--list');

const { index } = loadPlaceIndex();
const byKey = new Map<string, number[]>();
for (let i = 0; i < index.size; i++) {
  const cc = index.country(i);
  if (!cc || (only && !only.includes(cc))) continue;
  for (const n of index.isCurated(i) ? index.entry(i).aliases : [index.name(i)]) {
    const k = spellingKey(n);
    if (k.length < 4) continue;
    const at = byKey.get(`${cc}|${k}`) ?? [];
    if (at[at.length - 1] !== i) at.push(i);
    byKey.set(`${cc}|${k}`, at);
  }
}

let keys = 0;
let spelt = 0; // keys with two or more name keys (spelling variants in the gazetteer)
let collide = 0; // of those, keys with two different names more than 25 km apart
let oneVariantPlace = 0; // keys with two or more name keys, all within 25 km
let equatable = 0; // keys on which the guarded rule equates two name keys
const shown: string[] = [];
/** sameSpelledPlace's guard with entry `ours` as our place. */
const guardPasses = (ours: number, mates: number[]) => oneSpeltPlace(index.entry(ours), mates.map((i) => index.entry(i)));
for (const [k, entries] of byKey) {
  const list_ = entries;
  keys++;
  const names = new Set(list_.map((i) => nameKey(index.name(i))));
  if (names.size < 2) continue;
  spelt++;
  if (list_.some((o) => guardPasses(o, list_))) {
    equatable++;
    if (list) console.log(`equatable ${k}: ${list_.map((i) => `${index.name(i)} (${index.kind(i)})`).join(' / ')}`);
  }
  let far = false;
  for (let a = 0; a < list_.length && !far; a++) {
    for (let b = a + 1; b < list_.length && !far; b++) {
      const i = list_[a];
      const j = list_[b];
      if (nameKey(index.name(i)) === nameKey(index.name(j))) continue;
      if (haversineKm(index.lat(i), index.lon(i), index.lat(j), index.lon(j)) > ONE_PLACE_KM) far = true;
    }
  }
  if (far) {
    collide++;
    if (shown.length < examples) shown.push(`${k}: ${list_.slice(0, 4).map((i) => index.name(i)).join(' / ')}`);
  } else oneVariantPlace++;
}
console.log(JSON.stringify({ countries: only ?? 'all', keys, keysWithSpellingVariants: spelt, collidingKeys: collide, oneVariantPlace, equatable, examples: shown }, null, 2));
