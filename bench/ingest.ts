// `npm run bench:ingest`: throughput and memory of `ingest()` into a fresh SQLite file (and into
// PostgreSQL with --pg), over JSONL built from the GTD summaries and ACLED notes in
// ../shared/data (or examples/ without it). It reports; it never fails on timing.
//
//   npm run bench:ingest                          5,000 articles into SQLite
//   npm run bench:ingest -- --articles 100000     texts repeat with a numbered line appended, so
//                                                 every article is distinct (near-duplicates)
//   npm run bench:ingest -- --pg                  also into PostgreSQL (DATABASE_URL or the test default)
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { defaultWorkers, ingest, type IngestSummary } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { loadBenchTexts } from './texts.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    workers: { type: 'string' },
    batch: { type: 'string', default: '200' },
    pg: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(args.articles);
const workers = args.workers === undefined ? defaultWorkers() : Number(args.workers);
const batchSize = Number(args.batch);
const log = (s: string) => process.stderr.write(`bench:ingest: ${s}\n`);

const source = loadBenchTexts();
if (source.texts.length === 0) {
  log(`no texts (${source.note})`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-ingest-'));
const jsonl = join(dir, 'articles.jsonl');
// Beyond the first pass over the texts, each repeat comes from another publisher, up to two
// days later, so that repeats join the stories of their originals as other outlets' reports do.
const PUBLISHERS = ['Agence France Presse', 'Dawn', 'Press Trust of India', 'BBC Monitoring', 'Reuters', 'The News'];
const lines: string[] = [];
for (let i = 0; i < n; i++) {
  const t = source.texts[i % source.texts.length];
  const round = Math.floor(i / source.texts.length);
  const text = round === 0 ? t.text : `${t.text}\nRepublished as item ${round}.`;
  const published = t.published && round > 0 ? shiftDay(t.published, round % 3) : t.published;
  const publisher = round === 0 ? t.corpus : PUBLISHERS[(i + round) % PUBLISHERS.length];
  lines.push(JSON.stringify({ text, published: published ?? undefined, source: publisher }));
}
writeFileSync(jsonl, lines.join('\n') + '\n');
lines.length = 0;

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** RSS peaks over the first and the last `window` articles of the run (10,000, or a tenth of a shorter run). */
const rssWindow = Math.max(1, Math.min(10_000, Math.floor(n / 10)));

interface Result {
  backend: string;
  articles: number;
  stored: number;
  nearDuplicates: number;
  duplicates: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU time of the whole process (all threads), user + system: less sensitive to a busy machine than wall time. */
  cpuSeconds: number;
  articlesPerCpuSecond: number;
  peakRssMb: number;
  rssMbAtQuarters: number[];
  /** Peak RSS while the first `rssWindow` articles were done, and while the last ones were. */
  rssWindow: number;
  peakRssMbFirst: number;
  peakRssMbLast: number;
  dbMb: number | null;
}

async function run(backend: 'sqlite' | 'postgres'): Promise<Result> {
  let schema: string | null = null;
  const url = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';
  if (backend === 'postgres') schema = `bench_${process.pid}`;
  const dbFile = join(dir, 'bench.db');
  const store = backend === 'sqlite' ? await openStore({ db: dbFile }) : await openStore({ db: url, pgSchema: schema! });
  let peak = 0;
  let first = 0;
  let last = 0;
  const quarters: number[] = [];
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  let summary: IngestSummary;
  const cpu0 = process.cpuUsage();
  let cpuSeconds = 0;
  try {
    summary = await ingest([jsonl], {
      store,
      workers,
      batchSize,
      onProgress: (p) => {
        const now = process.memoryUsage.rss();
        if (p.done <= rssWindow) first = Math.max(first, now);
        if (p.done > n - rssWindow) last = Math.max(last, now);
        // memoryUsage() walks the heap: read it only when a quarter of the input is passed.
        const q = Math.floor((p.done / n) * 4);
        if (quarters.length >= q) return;
        const rss = process.memoryUsage().rss;
        peak = Math.max(peak, rss);
        while (quarters.length < q && quarters.length < 4) quarters.push(Math.round(rss / 2 ** 20));
      },
    });
    const cpu = process.cpuUsage(cpu0);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
  } finally {
    clearInterval(sampler);
    await store.close();
    if (schema) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  }
  const dbMb = backend === 'sqlite' ? Math.round(((statSync(dbFile).size + (statSafe(`${dbFile}-wal`) ?? 0)) / 2 ** 20) * 10) / 10 : null;
  return {
    backend,
    articles: summary.read,
    stored: summary.stored,
    nearDuplicates: summary.nearDuplicates,
    duplicates: summary.duplicates,
    failed: summary.failed.length,
    seconds: Math.round(summary.seconds * 100) / 100,
    articlesPerSecond: Math.round(summary.read / summary.seconds),
    cpuSeconds: Math.round(cpuSeconds * 100) / 100,
    articlesPerCpuSecond: Math.round(summary.read / cpuSeconds),
    peakRssMb: Math.round(peak / 2 ** 20),
    rssMbAtQuarters: quarters,
    rssWindow,
    peakRssMbFirst: Math.round(first / 2 ** 20),
    peakRssMbLast: Math.round(last / 2 ** 20),
    dbMb,
  };
}

function statSafe(p: string): number | null {
  try {
    return statSync(p).size;
  } catch {
    return null;
  }
}

const results: Result[] = [];
try {
  log(`${n} articles (${source.note}), ${workers} workers, batches of ${batchSize}`);
  results.push(await run('sqlite'));
  if (args.pg) results.push(await run('postgres'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (args.json) process.stdout.write(JSON.stringify({ articles: n, workers, batchSize, cores: availableParallelism(), results }, null, 2) + '\n');
else {
  for (const r of results) {
    process.stdout.write(
      `${r.backend}: ${r.articles} articles in ${r.seconds} s = ${r.articlesPerSecond} articles/s, ${r.cpuSeconds} CPU s = ${r.articlesPerCpuSecond} articles per CPU second ` +
        `(stored ${r.stored}, near-duplicates ${r.nearDuplicates}, duplicates ${r.duplicates}, failed ${r.failed}); ` +
        `peak RSS ${r.peakRssMb} MB (first ${r.rssWindow}: ${r.peakRssMbFirst} MB, last ${r.rssWindow}: ${r.peakRssMbLast} MB), RSS at 25/50/75/100%: ${r.rssMbAtQuarters.join('/')} MB${r.dbMb !== null ? `; database ${r.dbMb} MB` : ''}\n`,
    );
  }
}
