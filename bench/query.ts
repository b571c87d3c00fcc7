// `npm run bench:query`: latency of the `corroborate events` filters on a store of synthetic
// events (1,000,000 by default) in SQLite, optionally PostgreSQL (--pg). The rows are
// synthesised in bulk, not analysed: types with a long tail, days over ten years with bursts,
// places scattered around real towns of Pakistan and Afghanistan, actors with a few frequent
// ones, and stories of 1 to 6 reports with 1 to 4 independent sources. Each filter runs through
// Store.findEvents (what the command runs) as one page of 100, `--repeat` times after one warm-up,
// and one filter is paged 50 pages deep with the cursor; p50 and p95 are
// reported, never asserted.
//
//   npm run bench:query                         1,000,000 events into SQLite
//   npm run bench:query -- --events 200000 --repeat 20 --pg --json
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../src/store/open.ts';
import { eventKey, type EventFilter, type Store } from '../src/store/store.ts';
import { seeded } from './ingest-corpus.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '30' },
    pg: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    'pg-events': { type: 'string' },
  },
});
const N = Number(args.events);
const REPEAT = Number(args.repeat);
const PG_N = args['pg-events'] === undefined ? N : Number(args['pg-events']);
const log = (s: string) => process.stderr.write(`bench:query: ${s}\n`);

// Towns (approximate public coordinates) the events scatter around, with a weight each.
const TOWNS: Array<[string, string, string, number, number, number]> = [
  ['Peshawar', 'PK', 'Khyber Pakhtunkhwa', 34.008, 71.578, 10],
  ['Quetta', 'PK', 'Balochistan', 30.184, 67.001, 8],
  ['Karachi', 'PK', 'Sindh', 24.861, 67.01, 8],
  ['Kabul', 'AF', 'Kabul', 34.528, 69.172, 10],
  ['Kandahar', 'AF', 'Kandahar', 31.613, 65.71, 6],
  ['Jalalabad', 'AF', 'Nangarhar', 34.43, 70.447, 5],
  ['Kunduz', 'AF', 'Kunduz', 36.728, 68.868, 4],
  ['Miran Shah', 'PK', 'Khyber Pakhtunkhwa', 33.0, 70.07, 4],
  ['Bannu', 'PK', 'Khyber Pakhtunkhwa', 32.986, 70.604, 3],
  ['Lahore', 'PK', 'Punjab', 31.558, 74.351, 3],
  ['Islamabad', 'PK', 'Islamabad', 33.72, 73.06, 2],
  ['Herat', 'AF', 'Herat', 34.348, 62.2, 3],
  ['Mazar-i-Sharif', 'AF', 'Balkh', 36.709, 67.11, 2],
  ['Dera Ismail Khan', 'PK', 'Khyber Pakhtunkhwa', 31.832, 70.902, 3],
  ['Gwadar', 'PK', 'Balochistan', 25.126, 62.322, 1],
  ['Khost', 'AF', 'Khost', 33.339, 69.92, 2],
];
const TYPES: Array<[string, number]> = [
  ['attack', 30], ['bombing', 20], ['arrest', 15], ['kidnapping', 8], ['claim-of-responsibility', 6], ['security-alert', 5],
  ['movement', 5], ['agreement', 3], ['prisoner-release', 3], ['recruitment', 2], ['sentence-reduction', 1],
];
const ACTORS = Array.from({ length: 60 }, (_, i) => (i === 0 ? 'TTP' : i === 1 ? 'Taliban' : i === 2 ? 'ISKP' : `actor-${i}`));

function weighted<T>(items: Array<[T, number]>, r: number): T {
  const total = items.reduce((s, x) => s + x[1], 0);
  let x = r * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1][0];
}
const DAY0 = Date.UTC(2015, 0, 1) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

interface Rows {
  articles: unknown[][];
  events: unknown[][];
  actors: unknown[][];
  units: unknown[][];
  stories: unknown[][];
}

/** Rows for events [from, to): four events an article, a story per 1–6 consecutive events of a type. */
function* synthesise(N: number): Generator<Rows> {
  const r = seeded(42); // the same seeded generator as the ingest corpus: every run builds the same store
  const CHUNK = 20_000;
  let storyLeft = 0;
  let storyId = '';
  let storyDay = 0;
  let storyTown = TOWNS[0];
  let storyType = 'attack';
  for (let from = 0; from < N; from += CHUNK) {
    const rows: Rows = { articles: [], events: [], actors: [], units: [], stories: [] };
    for (let i = from; i < Math.min(N, from + CHUNK); i++) {
      const art = `art-${(Math.floor(i / 4)).toString(16).padStart(16, '0')}`;
      if (i % 4 === 0) {
        const day = storyLeft > 0 ? storyDay : DAY0 + Math.floor(r() * 3650);
        rows.articles.push([art, Math.floor(i / 4) + 1, `h${i}`, `Synthetic article ${i}`, `Wire ${i % 37}`, iso(day), 'en', `Synthetic article ${i}.`, '{}', '', '{}', `bench#${i}`, '2026-01-01T00:00:00Z']);
      }
      if (storyLeft === 0) {
        storyLeft = 1 + Math.floor(r() ** 2 * 6);
        storyId = `story:${art}#e${i % 4}`;
        // Bursts: a fifth of stories fall in a few busy months.
        storyDay = r() < 0.2 ? DAY0 + 2200 + Math.floor(r() * 120) : DAY0 + Math.floor(r() * 3650);
        storyTown = weighted(TOWNS.map((t) => [t, t[5]] as [typeof t, number]), r());
        storyType = weighted(TYPES, r());
        const sources = Math.min(storyLeft, 1 + Math.floor(r() * 4));
        rows.stories.push([storyId, storyDay, storyDay, iso(storyDay), iso(storyDay), art, art, storyLeft, sources, '[]', JSON.stringify([storyType]), '[]', JSON.stringify([storyTown[1]]), '[]', 0, i + 1]);
      }
      storyLeft--;
      const day = storyDay + (r() < 0.8 ? 0 : Math.floor(r() * 3));
      const located = r() < 0.85;
      const lat = located ? storyTown[3] + (r() - 0.5) * 0.6 : null;
      const lon = located ? storyTown[4] + (r() - 0.5) * 0.6 : null;
      const killed = r() < 0.5 ? Math.floor(r() ** 3 * 80) : null;
      const agent = r() < 0.6 ? ACTORS[Math.floor(r() ** 3 * ACTORS.length)] : null;
      const idx = i % 4;
      rows.events.push([art, idx, `e${idx + 1}`, storyType, 0, 10, `Event ${i}`, 'killed', null, 'official', 'asserted', iso(day), iso(day), 'day', iso(day), iso(day), located ? `p:${storyTown[0]}` : null, located ? storyTown[0] : null, storyTown[1], storyTown[2], lat, lon, located ? 1 : null, killed, null, null, null, null, '[]', agent, null]);
      if (agent) rows.actors.push([art, idx, 0, agent, 'agent', 0]);
      rows.units.push([`${art}#e${idx + 1}`, i + 1, Math.floor(i / 4), art, `e${idx + 1}`, storyId, 'joined', 0, '[]', null, null, '{}']);
    }
    yield rows;
  }
}

function fillSqlite(file: string): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const ins = (table: string, cols: string) => db.prepare(`INSERT INTO ${table} (${cols}) VALUES (${cols.split(',').map(() => '?').join(',')})`);
  const art = ins('articles', 'id,seq,content_hash,title,source,published,language,text,analysis,minhash,facts,origin,ingested_at');
  const ev = ins('events', 'article_id,idx,event_id,type,start_offset,end_offset,text,trigger,claim_id,attribution_kind,certainty,date_start,date_end,date_precision,event_date,event_date_end,place_id,place_name,country,admin1,lat,lon,geo_precision,killed,wounded,kidnapped,arrested,released,counts,agent,target');
  const act = ins('event_actors', 'article_id,event_idx,ord,actor_id,role,inferred');
  const unit = ins('story_units', 'unit_key,unit_seq,arrival,article_id,event_id,story_id,how,score,reasons,nearest,near_dup_of,unit');
  const st = ins('stories', 'id,first_day,last_day,first_published,latest_published,first_article,latest_article,reports,independent_sources,publishers,types,places,countries,contradictions,contradiction_count,opened_seq');
  const actorRow = db.prepare('INSERT OR IGNORE INTO actors (id,name,type,country) VALUES (?,?,?,?)');
  for (const a of ACTORS) actorRow.run(a, a, 'armed-group', 'PK');
  db.pragma('foreign_keys = OFF');
  const tx = db.transaction((rows: Rows) => {
    for (const r of rows.articles) art.run(...r);
    for (const r of rows.events) ev.run(...r);
    for (const r of rows.actors) act.run(...r);
    for (const r of rows.stories) st.run(...r);
    for (const r of rows.units) unit.run(...r);
  });
  for (const rows of synthesise(N)) tx(rows);
  db.exec('ANALYZE');
  db.close();
}

async function fillPostgres(store: Store, url: string, schema: string): Promise<void> {
  void store;
  const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await c.connect();
  const put = async (table: string, cols: string, rows: unknown[][]) => {
    const n = cols.split(',').length;
    for (let i = 0; i < rows.length; i += Math.floor(30000 / n)) {
      const part = rows.slice(i, i + Math.floor(30000 / n));
      const values = part.map((_, k) => `(${Array.from({ length: n }, (_, j) => `$${k * n + j + 1}`).join(',')})`).join(',');
      await c.query(`INSERT INTO ${table} (${cols}) VALUES ${values}`, part.flat());
    }
  };
  await c.query("INSERT INTO actors (id,name,type,country) SELECT x, x, 'armed-group', 'PK' FROM unnest($1::text[]) x ON CONFLICT DO NOTHING", [ACTORS]);
  for (const rows of synthesise(PG_N)) {
    await c.query('BEGIN');
    await put('articles', 'id,seq,content_hash,title,source,published,language,text,analysis,minhash,facts,origin,ingested_at', rows.articles);
    await put('events', 'article_id,idx,event_id,type,start_offset,end_offset,text,trigger,claim_id,attribution_kind,certainty,date_start,date_end,date_precision,event_date,event_date_end,place_id,place_name,country,admin1,lat,lon,geo_precision,killed,wounded,kidnapped,arrested,released,counts,agent,target', rows.events);
    await put('event_actors', 'article_id,event_idx,ord,actor_id,role,inferred', rows.actors);
    await put('stories', 'id,first_day,last_day,first_published,latest_published,first_article,latest_article,reports,independent_sources,publishers,types,places,countries,contradictions,contradiction_count,opened_seq', rows.stories);
    await put('story_units', 'unit_key,unit_seq,arrival,article_id,event_id,story_id,how,score,reasons,nearest,near_dup_of,unit', rows.units);
    await c.query('COMMIT');
  }
  await c.query('ANALYZE');
  await c.query('CREATE TABLE bench_complete (events integer)');
  await c.end();
}

// The filters as `corroborate events` resolves them (Peshawar's coordinates, TTP's id), each as
// one page of PAGE events, which is what GET /v1/events and `corroborate events` return by
// default; and one filter paged deep with the cursor (every page is timed).
const PAGE = 100;
const QUERIES: Array<[string, EventFilter]> = [
  ['--type bombing --since 2021-08-15', { types: ['bombing'], since: '2021-08-15' }],
  ['--type bombing --since 2021-08-15 --until 2021-09-15', { types: ['bombing'], since: '2021-08-15', until: '2021-09-15' }],
  ['--type bombing,kidnapping --until 2019-12-31', { types: ['bombing', 'kidnapping'], until: '2019-12-31' }],
  ['--actor TTP --since 2024-01-01', { actors: ['TTP'], since: '2024-01-01' }],
  ['--actor actor-50 (a rare one)', { actors: ['actor-50'] }],
  ['--country AF --since 2024-01-01 --until 2024-01-31', { country: 'AF', since: '2024-01-01', until: '2024-01-31' }],
  ['--country PK', { country: 'PK' }],
  ['--near Peshawar --within 50km --since 2023-01-01 --until 2023-06-30', { near: { lat: 34.008, lon: 71.578, km: 50 }, since: '2023-01-01', until: '2023-06-30' }],
  ['--near Gwadar --within 20km', { near: { lat: 25.126, lon: 62.322, km: 20 } }],
  ['--actor TTP --type bombing --near Peshawar --within 50km --since 2021-08-15', { actors: ['TTP'], types: ['bombing'], near: { lat: 34.008, lon: 71.578, km: 50 }, since: '2021-08-15' }],
  ['--min-sources 3 --since 2022-01-01 --until 2022-03-31', { minSources: 3, since: '2022-01-01', until: '2022-03-31' }],
  ['(no filter)', {}],
];
const DEEP: [string, EventFilter] = ['--type attack, pages 1 to 50 by cursor', { types: ['attack'] }];
const DEEP_PAGES = 50;

interface Latency {
  query: string;
  rows: number;
  p50ms: number;
  p95ms: number;
  maxms: number;
  /** CPU time of the query (this process: better-sqlite3 runs in it), which a busy machine inflates far less than wall time. */
  cpuP50ms: number;
  cpuP95ms: number;
}

function summarise(query: string, rows: number, times: number[], cpu: number[]): Latency {
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const pct = (xs: number[], p: number) => Math.round(xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] * 10) / 10;
  log(`${query}: ${rows} rows, p50 ${pct(times, 50)} ms, p95 ${pct(times, 95)} ms (CPU p50 ${pct(cpu, 50)} ms, p95 ${pct(cpu, 95)} ms)`);
  return { query, rows, p50ms: pct(times, 50), p95ms: pct(times, 95), maxms: Math.round(times[times.length - 1] * 10) / 10, cpuP50ms: pct(cpu, 50), cpuP95ms: pct(cpu, 95) };
}

async function timed<T>(times: number[], cpu: number[], f: () => Promise<T>): Promise<T> {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = await f();
  times.push(performance.now() - t);
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000);
  return out;
}

async function measure(store: Store): Promise<Latency[]> {
  const out: Latency[] = [];
  for (const [name, f] of QUERIES) {
    const filter = { ...f, limit: PAGE };
    const rows = (await store.findEvents(filter)).length;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < REPEAT; i++) await timed(times, cpu, () => store.findEvents(filter));
    out.push(summarise(name, rows, times, cpu));
  }
  // Deep paging: each page starts after the last event of the one before; every page timed, twice over.
  const times: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  for (let pass = 0; pass < 2; pass++) {
    let after: EventFilter['after'];
    rows = 0;
    for (let p = 0; p < DEEP_PAGES; p++) {
      const page = await timed(pass > 0 ? times : [], pass > 0 ? cpu : [], () => store.findEvents({ ...DEEP[1], limit: PAGE, after }));
      rows += page.length;
      if (page.length < PAGE) break;
      after = eventKey(page[page.length - 1]);
    }
  }
  out.push(summarise(DEEP[0], rows, times, cpu));
  return out;
}

const results: Array<{ backend: string; events: number; buildSeconds: number; cached: boolean; dbMb: number | null; latencies: Latency[] }> = [];
// The synthetic SQLite store is kept between runs under the OS temp folder (never in the repo),
// one file per size and generator version; --fresh builds it again. Opening it applies any newer
// migration, as it would to a real store.
const GENERATOR_VERSION = 1;
const cacheDir = join(tmpdir(), 'corroborate-bench-query');
mkdirSync(cacheDir, { recursive: true });
const file = join(cacheDir, `events-${N}-v${GENERATOR_VERSION}.db`);
async function buildSqlite(): Promise<void> {
  const building = `${file}.building-${process.pid}`;
  await (await openStore({ db: building })).close();
  log(`synthesising ${N} events into SQLite (${building})`);
  fillSqlite(building);
  renameSync(building, file);
}

try {
  let t = performance.now();
  let cached = existsSync(file) && !args.fresh;
  if (!cached) await buildSqlite();
  else log(`using the cached store ${file} (--fresh to build it again)`);
  let build = (performance.now() - t) / 1000;
  t = performance.now();
  let store: Store;
  try {
    store = await openStore({ db: file });
  } catch (e) {
    // A cached file whose migrations this checkout cannot continue (one built by a branch that
    // named or ordered them differently) is rebuilt rather than ending the bench.
    if (!cached) throw e;
    log(`the cached store cannot be opened (${(e as Error).message}); building it again`);
    t = performance.now();
    await buildSqlite();
    cached = false;
    build = (performance.now() - t) / 1000;
    t = performance.now();
    store = await openStore({ db: file });
  }
  const migrate = (performance.now() - t) / 1000;
  if (migrate > 1) log(`opening (migrations) took ${migrate.toFixed(1)} s`);
  try {
    results.push({ backend: 'sqlite', events: N, buildSeconds: Math.round(build), cached, dbMb: Math.round(statSync(file).size / 2 ** 20), latencies: await measure(store) });
  } finally {
    await store.close();
  }
  if (args.pg) {
    // Kept between runs too: a schema per size and generator version, marked complete at the end.
    const url = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';
    const schema = `bench_query_${PG_N}_v${GENERATOR_VERSION}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const done = await admin.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'bench_complete']);
    const reuse = done.rowCount === 1 && !args.fresh;
    if (!reuse) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
    t = performance.now();
    const s = await openStore({ db: url, pgSchema: schema });
    try {
      if (!reuse) {
        log(`synthesising ${PG_N} events into PostgreSQL (schema ${schema}, kept for the next run)`);
        await fillPostgres(s, url, schema);
      } else log(`using the cached PostgreSQL schema ${schema}`);
      results.push({ backend: 'postgres', events: PG_N, buildSeconds: Math.round((performance.now() - t) / 1000), cached: reuse, dbMb: null, latencies: await measure(s) });
    } finally {
      await s.close();
    }
  }
} finally {
  // The cached file stays for the next run.
}
if (args.json) process.stdout.write(JSON.stringify({ events: N, repeat: REPEAT, results }, null, 2) + '\n');
else {
  for (const r of results) {
    process.stdout.write(`${r.backend}: ${r.events} events (built in ${r.buildSeconds} s${r.dbMb !== null ? `, ${r.dbMb} MB` : ''}), ${REPEAT} runs each\n`);
    for (const l of r.latencies) process.stdout.write(`  p50 ${String(l.p50ms).padStart(7)} ms  p95 ${String(l.p95ms).padStart(7)} ms  (CPU ${String(l.cpuP50ms).padStart(6)} / ${String(l.cpuP95ms).padStart(6)} ms)  ${String(l.rows).padStart(5)} rows  events ${l.query}${l.p95ms < 50 ? '' : '   (p95 >= 50 ms)'}\n`);
  }
}
