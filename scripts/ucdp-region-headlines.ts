// A check of the UCDP rules that depend on what the headlines name (a region or province setting
// the country in play, inNamedCountries in src/eval/resolve.ts): the rows without headlines (never
// scored, never half B) are read under a made-up headline that names the region of their gold
// adm_1 as wire reports do ("Militants killed in northwest Pakistan" for Khyber Pakhtunkhwa,
// "... in Pakistan's tribal areas" for FATA, "... in southwest Pakistan" for Balochistan), and
// scored on within161km. The headline comes from the gold, so this is no accuracy figure, and it
// is blind to rules that misjudge a loose headline (real ones say "northwest Pakistan" of Dera
// Ismail Khan): it shows whether a rule keeps what a correct regional headline should keep.
//
//   node --import tsx scripts/ucdp-region-headlines.ts [--data FILE] [--headline TEXT] [--list]
//
// --headline puts one fixed headline over every row instead ("Pakistani troops kill 5
// militants": a headline that names no place, only a country's actors).

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.ts';
import { readCsv } from '../src/eval/csv.ts';
import { haversineKm, ratio } from '../src/eval/metrics.ts';
import { eventPlace } from '../src/eval/resolve.ts';
import { ucdpDay, ucdpPrecision } from '../src/eval/ucdp.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REQUIRED = ['source_headline', 'where_description', 'where_prec', 'adm_1', 'latitude', 'longitude', 'date_start'];
const REGION_OF: Record<string, string> = {
  'Federally Administered Tribal Areas': "Pakistan's tribal areas",
  'Khyber Pakhtunkwa Province': 'northwest Pakistan',
  'Balochistan Province': 'southwest Pakistan',
  'Sindh Province': "Pakistan's Sindh province",
  'Punjab Province': "Pakistan's Punjab province",
};

function fail(message: string): never {
  return failWith('ucdp-region-headlines', message);
}

function main(): void {
  const opts = scriptOptions('ucdp-region-headlines', { data: 'string', headline: 'string', list: 'boolean' }, 'ucdp-region-headlines [--data FILE] [--headline TEXT] [--list]');
  const data = resolve(opts.data ?? join(ROOT, '..', 'shared', 'data', 'ucdp-pakistan', 'dev.csv'));
  let rows: ReturnType<typeof readCsv>['rows'];
  try {
    rows = readCsv(data, REQUIRED, { trailingSeparator: true }).rows;
  } catch (e) {
    fail((e as Error).message);
  }
  let n = 0;
  let near = 0;
  const lines: string[] = [];
  for (const { line, values: r } of rows) {
    const p = ucdpPrecision(r.where_prec);
    const region = REGION_OF[r.adm_1.trim()];
    if (r.source_headline.trim() || p === null || p < 1 || p > 3 || !r.where_description.trim() || !region) continue;
    const headline = opts.headline ?? `Militants killed in ${region}`;
    const place = eventPlace(analyze(`${headline}\n${r.where_description.trim()}`, { name: `ucdp line ${line}`, published: ucdpDay(r.date_start) }), 'ucdp');
    n++;
    const km = place && place.lat !== null && place.lon !== null ? haversineKm(Number(r.latitude), Number(r.longitude), place.lat, place.lon) : null;
    if (km !== null && km <= 161) near++;
    if (opts.list) lines.push(`${line}\t${place ? place.id : 'none'}\t${km === null ? '-' : Math.round(km)}\t${r.where_description.trim().slice(0, 100)}`);
  }
  process.stdout.write(`${JSON.stringify({ dataset: 'ucdp-region-headlines', records: n, metrics: { within161km: ratio(near, n) }, support: { near } }, null, 2)}\n`);
  if (opts.list) process.stdout.write(`${lines.join('\n')}\n`);
}

main();
