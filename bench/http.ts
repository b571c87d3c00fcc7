// `npm run bench:http`: a bounded load test of the HTTP API on loopback. The real server runs
// as a child process (`corroborate serve`), so the load generator does not share its event loop.
//   1. POST /v1/analyze with the seed article (../shared/corpus, or examples/ without it),
//      at concurrency 16, a fixed number of requests;
//   2. GET /v1/events over a store holding a few thousand dev texts (GTD summaries and ACLED
//      notes from ../shared/data, ingested first with `ingest()`), with a rotating set of filters.
// Reports requests/s, latency percentiles and error counts. It never fails on timing.
//
//   npm run bench:http
//   npm run bench:http -- --requests 400 --concurrency 16 --articles 3000 --json
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { REPO_ROOT, loadBenchTexts } from './texts.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '400' },
    'events-requests': { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    articles: { type: 'string', default: '3000' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  process.stdout.write('usage: npm run bench:http [-- --requests N (analyze, default 400)] [--events-requests N (default 2000)]\n' + '                          [--concurrency N (default 16)] [--articles N (stored for the events test, default 3000)] [--json]\n');
  process.exit(0);
}
const int = (raw: string | undefined, name: string, min: number) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench:http: --${name} must be a whole number >= ${min}, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
};
const analyzeRequests = int(args.requests, 'requests', 1);
const eventsRequests = int(args['events-requests'], 'events-requests', 1);
const concurrency = int(args.concurrency, 'concurrency', 1);
const articles = int(args.articles, 'articles', 0);
const log = (s: string) => process.stderr.write(`bench:http: ${s}\n`);

const SEED = join(REPO_ROOT, '..', 'shared', 'corpus', 'afpak-militant-releases.txt');
const seedPath = existsSync(SEED) ? SEED : join(REPO_ROOT, 'examples', 'kurram-report.txt');
const seed = readFileSync(seedPath, 'utf8');

interface LoadResult {
  name: string;
  requests: number;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  /** Status codes other than 200, and network failures, with how often. */
  errorKinds: Record<string, number>;
}

/** `total` requests from `concurrency` workers taking the next request number in turn. */
async function load(name: string, total: number, makeRequest: (i: number) => [string, RequestInit]): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const [url, init] = makeRequest(i);
      const start = performance.now();
      try {
        const res = await fetch(url, init);
        await res.arrayBuffer();
        if (res.status !== 200) errorKinds[`HTTP ${res.status}`] = (errorKinds[`HTTP ${res.status}`] ?? 0) + 1;
      } catch (e) {
        const kind = `network: ${(e as Error).message}`;
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      }
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)], 1);
  return {
    name,
    requests: total,
    concurrency,
    seconds: round(seconds, 2),
    requestsPerSecond: round(total / seconds, 1),
    latencyMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: round(latencies[latencies.length - 1], 1) },
    errors: Object.values(errorKinds).reduce((s, n) => s + n, 0),
    errorKinds,
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** `corroborate serve` on a free loopback port; resolves with its URL once it listens. */
function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'corroborate.mjs'), 'serve', '--port', '0', '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CORROBORATE_TOKEN: 'bench-token' },
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /serving on (http:\/\/[^/\s]+)\//.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.stderr!.on('data', (d) => (err += d));
    child.once('exit', (code) => reject(new Error(`corroborate serve exited with ${code}: ${err.trim()}`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-http-'));
const db = join(dir, 'bench.db');
let server: { url: string; child: ChildProcess } | null = null;
try {
  // The store for the events test: the first N dev texts, ingested as `corroborate ingest` would.
  const source = loadBenchTexts();
  const texts = source.texts.slice(0, articles);
  const jsonl = join(dir, 'articles.jsonl');
  writeFileSync(jsonl, texts.map((t) => JSON.stringify({ text: t.text, published: t.published ?? undefined, source: t.corpus })).join('\n') + '\n');
  log(`ingesting ${texts.length} ${source.kind === 'shared-data' ? 'GTD/ACLED dev' : 'example'} texts into ${db}`);
  const store = await openStore({ db });
  const summary = await ingest([jsonl], { store });
  const storedEvents = (await store.findEvents({})).length;
  await store.close();
  log(`stored ${summary.stored} articles (${summary.duplicates} duplicates, ${summary.failed.length} failed), ${storedEvents} events, in ${summary.seconds.toFixed(1)} s`);

  server = await startServe(db);
  log(`server at ${server.url}`);
  const base = server.url;
  const body = JSON.stringify({ text: seed, published: '2026-11-24' });
  const analyzeInit: RequestInit = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body };

  // Warm-up: lazy loads (gazetteers, models) and JIT happen here, not in the timed runs.
  for (let i = 0; i < 10; i++) await (await fetch(`${base}/v1/analyze`, analyzeInit)).arrayBuffer();
  const EVENT_QUERIES = ['limit=100', 'type=attack&limit=100', 'country=PK&limit=50', 'country=AF&since=2018-01-01&limit=100', 'near=Peshawar&within=100km&limit=100', 'actor=TTP&limit=100', 'type=bombing,kidnapping&until=2019-12-31&limit=20', 'limit=500'];
  for (const q of EVENT_QUERIES) await (await fetch(`${base}/v1/events?${q}`)).arrayBuffer();

  log(`POST /v1/analyze: ${analyzeRequests} requests at concurrency ${concurrency} (${relative(REPO_ROOT, seedPath)}, ${seed.length} characters)`);
  const analyzeResult = await load('POST /v1/analyze (seed article)', analyzeRequests, () => [`${base}/v1/analyze`, analyzeInit]);
  log(`GET /v1/events: ${eventsRequests} requests at concurrency ${concurrency}, rotating ${EVENT_QUERIES.length} queries`);
  const eventsResult = await load(`GET /v1/events (${storedEvents} events stored)`, eventsRequests, (i) => [`${base}/v1/events?${EVENT_QUERIES[i % EVENT_QUERIES.length]}`, {}]);

  const report = {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length },
    store: { backend: 'sqlite', articles: summary.stored, events: storedEvents },
    eventQueries: EVENT_QUERIES,
    results: [analyzeResult, eventsResult],
  };
  if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    const rows = report.results.map((r) =>
      [r.name.padEnd(40), String(r.requests).padStart(6), String(r.concurrency).padStart(4), String(r.requestsPerSecond).padStart(8), String(r.latencyMs.p50).padStart(8), String(r.latencyMs.p95).padStart(8), String(r.latencyMs.max).padStart(8), String(r.errors).padStart(6)].join(' '),
    );
    process.stdout.write(
      [`${'route'.padEnd(40)} ${'reqs'.padStart(6)} ${'conc'.padStart(4)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'errors'.padStart(6)}`, ...rows].join('\n') + '\n',
    );
    for (const r of report.results) if (r.errors > 0) process.stdout.write(`${r.name}: ${JSON.stringify(r.errorKinds)}\n`);
  }
} finally {
  if (server) {
    const exited = new Promise((r) => server!.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
}
