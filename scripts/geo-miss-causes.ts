// Pre-sorts every geography miss of an eval run into causes by plain signals, for the
// "ten commonest geography errors" tables in docs/evaluation.md (session 19). It reads the
// misses the scorer itself wrote (`eval ... --format json --errors N` with N above the number of
// misses of all metrics), re-analyses only the missed rows, exactly as the scorer does, and looks
// at our place (none, unresolved, an admin unit, its country, its name) against the gold row.
// The first cause that fits wins, in the order of `CAUSES` below. The causes are a first sort to
// read from, not a verdict: each is read on examples (`--examples N` prints them).
//
//   node bin/corroborate.mjs eval acled --data ../shared/data/acled/dev.csv --format json --errors 100000 > /tmp/acled.json
//   node --import tsx scripts/geo-miss-causes.ts acled ../shared/data/acled/dev.csv /tmp/acled.json [--examples 3]
//
// Datasets: acled (country, admin1, within25km, within161km), ucdp (admin1, within161km),
// gtd (country, province, city).

import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.ts';
import { acledCountry } from '../src/eval/acled.ts';
import { readCsv } from '../src/eval/csv.ts';
import { nameKey } from '../src/eval/metrics.ts';
import { primaryPlace } from '../src/eval/primary.ts';
import { countryCode, eventPlace, samePlaceName } from '../src/eval/resolve.ts';
import { ucdpDay, ucdpText } from '../src/eval/ucdp.ts';
import { haversineKm } from '../src/gazetteer/geo.ts';
import type { Analysis, PlaceOut } from '../src/model/analysis.ts';

type Dataset = 'acled' | 'ucdp' | 'gtd';
const METRICS: Record<Dataset, string[]> = {
  acled: ['country', 'admin1', 'within25km', 'within161km'],
  ucdp: ['admin1', 'within161km'],
  gtd: ['country', 'province', 'city'],
};

interface Miss {
  metric: string;
  record: string;
  gold: string;
  ours: string;
}

const [dataset, dataPath, jsonPath, ...rest] = process.argv.slice(2) as [Dataset, string, string, ...string[]];
if (!METRICS[dataset] || !dataPath || !jsonPath) {
  console.error('usage: geo-miss-causes.ts acled|ucdp|gtd DATA.csv EVAL.json [--examples N]');
  process.exit(2);
}
const examples = rest[0] === '--examples' ? Number(rest[1] ?? 3) : 0;
const result = JSON.parse(readFileSync(jsonPath, 'utf8')) as { misses: Miss[]; support: Record<string, number> };
const geo = result.misses.filter((m) => METRICS[dataset].includes(m.metric));
const lineOf = (record: string) => Number(/\(line (\d+)\)/.exec(record)?.[1]);
const missedLines = new Set(geo.map((m) => lineOf(m.record)));

const { rows } = readCsv(dataPath, [], { trailingSeparator: dataset === 'ucdp' });
const byLine = new Map(rows.filter((r) => missedLines.has(r.line)).map((r) => [r.line, r.values]));

/** A name's words appear in the text (accents and case ignored). */
function named(text: string, name: string): boolean {
  const k = nameKey(name.replace(/\s*\(.*\)$/, ''));
  return k.length > 2 && ` ${nameKey(text)} `.includes(` ${k} `);
}

interface Row {
  text: string;
  place: PlaceOut | null;
  goldCountry: string | null;
  goldAdmin1: string;
  goldName: string;
  goldPrecision: number | null;
  km: number | null;
  /** One of our places bears the gold place's name. */
  found: boolean;
}

function foundIn(a: Analysis, name: string): boolean {
  const k = nameKey(name.replace(/\s*\(.*\)$/, ''));
  return a.places.some((p) => nameKey(p.name) === k || p.mentions.some((m) => nameKey(m.text) === k));
}

function rowOf(line: number): Row {
  const r = byLine.get(line)!;
  if (dataset === 'acled') {
    const a = analyze(r.notes, { name: `acled line ${line}` });
    const place = eventPlace(a, 'acled');
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    const km = place && place.lat !== null && place.lon !== null ? haversineKm(lat, lon, place.lat, place.lon) : null;
    return { text: r.notes, place, goldCountry: countryCode(r.country), goldAdmin1: r.admin1, goldName: r.location, goldPrecision: Number(r.geo_precision), km, found: foundIn(a, r.location) };
  }
  if (dataset === 'ucdp') {
    const text = ucdpText(r.source_headline, r.where_description);
    const a: Analysis = analyze(text, { name: `ucdp line ${line}`, published: ucdpDay(r.date_start) });
    const place = eventPlace(a, 'ucdp', r.where_description.trim() !== '');
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    const km = place && place.lat !== null && place.lon !== null ? haversineKm(lat, lon, place.lat, place.lon) : null;
    const where = r.where_description.replace(/\s*\(.*$/, '').split(/[,;]| - /)[0].trim();
    return { text, place, goldCountry: countryCode(r.country), goldAdmin1: r.adm_1, goldName: where, goldPrecision: Number(r.where_prec), km, found: foundIn(a, where) };
  }
  const a = analyze(r.summary, { name: `gtd line ${line}` });
  return { text: r.summary, place: primaryPlace(a), goldCountry: countryCode(r.country_txt), goldAdmin1: r.provstate, goldName: r.city, goldPrecision: null, km: null, found: foundIn(a, r.city) };
}

/** Causes in the order they are tried; the first that fits names the miss. */
function cause(metric: string, row: Row): string {
  const p = row.place;
  if (!p || (dataset !== 'gtd' && row.km === null)) return 'no place found';
  const ourCountry = dataset === 'acled' ? acledCountry(p.country) : p.country;
  if (row.goldCountry && ourCountry !== row.goldCountry) {
    return named(row.text, row.goldName) && !samePlaceName(row.goldName, p.name) ? 'wrong country: another place of the text' : 'wrong country: namesake or container abroad';
  }
  if (row.km !== null && row.km <= 25) return metric === 'country' ? 'right point, other country code' : 'right point, admin1 named or bounded otherwise';
  const sameName = nameKey(p.name) === nameKey(row.goldName) || samePlaceName(row.goldName, p.name);
  if (dataset === 'gtd' && metric === 'province' && sameName) return 'the city right, its province another';
  if (p.unresolved) return "unresolved name at its container's point";
  if (p.kind === 'country' || p.kind === 'region') return 'only a country or region found';
  if (p.kind === 'admin1' || p.kind === 'admin2') return sameName ? "an admin unit's point for its namesake town" : "an admin unit's point for a place inside it";
  if (sameName) {
    if (row.goldAdmin1 && !samePlaceName(row.goldAdmin1, p.admin1)) return 'namesake in another admin1';
    if (dataset === 'acled' && row.goldPrecision !== null && row.goldPrecision >= 2) return "gold point not the named place's (precision 2-3)";
    return 'same name, the points apart';
  }
  if (named(row.text, row.goldName)) return row.found ? 'another place of the text was the gold one' : 'the gold place named but not read, its container taken';
  if (row.goldPrecision !== null && row.goldPrecision >= 2) return 'gold place not named (precision 2-3: near a town or a region)';
  return 'gold place not named in the text';
}

const counts = new Map<string, Map<string, number>>();
const shown = new Map<string, number>();
const cache = new Map<number, Row>();
for (const m of geo) {
  const line = lineOf(m.record);
  const row = cache.get(line) ?? rowOf(line);
  cache.set(line, row);
  const c = cause(m.metric, row);
  const perMetric = counts.get(c) ?? new Map<string, number>();
  perMetric.set(m.metric, (perMetric.get(m.metric) ?? 0) + 1);
  counts.set(c, perMetric);
  const key = `${c}\u0000${m.metric}`;
  if ((shown.get(key) ?? 0) < examples) {
    shown.set(key, (shown.get(key) ?? 0) + 1);
    console.log(`[${c}] ${m.metric} ${m.record}: gold ${m.gold} | ours ${m.ours} (${row.place?.kind ?? '-'}, ${row.place?.country ?? '-'}/${row.place?.admin1 ?? '-'})\n    ${row.text.slice(0, 300).replace(/\n/g, ' / ')}`);
  }
}

const metrics = METRICS[dataset];
const total = (c: string) => [...(counts.get(c)?.values() ?? [])].reduce((s, n) => s + n, 0);
const order = [...counts.keys()].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
console.log(`\n${dataset}: ${geo.length} geography misses on ${missedLines.size} rows; support ${metrics.map((m) => `${m} ${result.support[m]}`).join(', ')}`);
console.log(`| cause | ${metrics.join(' | ')} | all |`);
for (const c of order) console.log(`| ${c} | ${metrics.map((m) => counts.get(c)?.get(m) ?? 0).join(' | ')} | ${total(c)} |`);
console.log(`| total | ${metrics.map((m) => geo.filter((x) => x.metric === m).length).join(' | ')} | ${geo.length} |`);
