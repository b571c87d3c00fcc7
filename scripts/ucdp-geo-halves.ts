// UCDP geoparsing by half, and on the rows `eval ucdp` does not score. For working on the
// gazetteer without fitting it to the scored rows:
// - halves A and B: the scored rows (a headline, where_prec 1-3) by position, even (A, studied)
//   and odd (B, kept unseen), as docs/evaluation.md's ucdp section has split them since session 4;
// - where-only: the rows without a headline (not scored by `eval ucdp`: 2,084 of them on dev,
//   mostly 2007-2012), read from their where_description alone under a first line "Pakistan" (the
//   headlines of scored rows nearly always name the country). Their misses show which kinds of
//   place the gazetteer lacks, on names the scored rows need not share.
//
//   node --import tsx scripts/ucdp-geo-halves.ts [--data FILE] [--misses FILE.json] [--misses-a FILE.json]
//
// --misses writes the where-only misses; --misses-a the scored misses of half A only (the half
// that is studied: half B's misses are never written out).

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.ts';
import { readCsv } from '../src/eval/csv.ts';
import { haversineKm, ratio } from '../src/eval/metrics.ts';
import { admin1Of, eventPlace } from '../src/eval/resolve.ts';
import { sameUcdpAdmin1, ucdpDay, ucdpPrecision, ucdpScorer } from '../src/eval/ucdp.ts';
import { fail as failWith, scriptOptions } from './options.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REQUIRED = ['id', 'source_headline', 'where_description', 'where_prec', 'adm_1', 'latitude', 'longitude', 'date_start'];

function fail(message: string): never {
  return failWith('ucdp-geo-halves', message);
}

async function main(): Promise<void> {
  const opts = scriptOptions('ucdp-geo-halves', { data: 'string', misses: 'string', 'misses-a': 'string' }, 'ucdp-geo-halves [--data FILE] [--misses FILE.json] [--misses-a FILE.json]');
  const data = resolve(opts.data ?? join(ROOT, '..', 'shared', 'data', 'ucdp-pakistan', 'dev.csv'));
  const missesOut = opts.misses === undefined ? null : resolve(opts.misses);
  const missesAOut = opts['misses-a'] === undefined ? null : resolve(opts['misses-a']);
  let rows: ReturnType<typeof readCsv>['rows'];
  try {
    rows = readCsv(data, REQUIRED, { trailingSeparator: true }).rows;
  } catch (e) {
    fail((e as Error).message);
  }

  // Halves of the scored rows, named as the scorer names its records.
  const half = new Map<string, 'A' | 'B'>();
  const emptyAdm1 = new Set<string>();
  for (const { line, values: r } of rows) {
    const p = ucdpPrecision(r.where_prec);
    if (!r.source_headline.trim() || p === null || p < 1 || p > 3) continue;
    const id = `${r.id} (line ${line})`;
    half.set(id, half.size % 2 === 0 ? 'A' : 'B');
    if (!r.adm_1.trim()) emptyAdm1.add(id);
  }
  const res = await ucdpScorer.run(data, { errors: Number.MAX_SAFE_INTEGER });
  const halves: Record<string, number | null> = {};
  for (const metric of ['admin1', 'admin1OnEventDay', 'within161km']) {
    for (const h of ['A', 'B'] as const) {
      const misses = res.misses.filter((m) => m.metric === metric && half.get(m.record) === h).length;
      // admin1 leaves out rows with an empty adm_1: count them out of the half's denominator.
      const n = [...half.entries()].filter(([id, x]) => x === h && (metric === 'within161km' || !emptyAdm1.has(id))).length;
      halves[`${metric}.${h}`] = ratio(n - misses, n);
    }
  }

  // The rows without headlines, read from where_description alone.
  let n = 0;
  let a1 = 0;
  let a1n = 0;
  let near = 0;
  const misses: unknown[] = [];
  for (const { line, values: r } of rows) {
    const p = ucdpPrecision(r.where_prec);
    if (r.source_headline.trim() || p === null || p < 1 || p > 3 || !r.where_description.trim()) continue;
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    const place = eventPlace(analyze(`Pakistan\n${r.where_description.trim()}`, { name: `ucdp line ${line}`, published: ucdpDay(r.date_start) }), 'ucdp');
    n++;
    const km = place && place.lat !== null && place.lon !== null ? haversineKm(lat, lon, place.lat, place.lon) : null;
    const okNear = km !== null && km <= 161;
    if (okNear) near++;
    let okA1 = true;
    if (r.adm_1.trim()) {
      a1n++;
      okA1 = sameUcdpAdmin1(r.adm_1, admin1Of(place));
      if (okA1) a1++;
    }
    if (!okNear || !okA1) misses.push({ line, where: r.where_description, adm1: r.adm_1, ours: place ? `${place.name} (${place.kind}, ${place.admin1 ?? '-'})` : 'none', km: km === null ? null : Math.round(km) });
  }
  const out = {
    dataset: 'ucdp-geo-halves',
    records: half.size,
    metrics: {
      ...res.metrics,
      ...halves,
      whereOnlyAdmin1: ratio(a1, a1n),
      whereOnlyWithin161km: ratio(near, n),
    },
    support: { scored: half.size, whereOnly: n },
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  if (missesOut) writeFileSync(missesOut, `${JSON.stringify(misses, null, 1)}\n`);
  if (missesAOut) {
    const missesA = res.misses.filter((m) => half.get(m.record) === 'A' && m.metric !== 'country');
    writeFileSync(missesAOut, `${JSON.stringify(missesA, null, 1)}\n`);
  }
}

main().catch((e) => fail((e as Error).message));
