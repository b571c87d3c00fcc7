// `npm run bench:ingest`: throughput and memory of `ingest()` into a fresh SQLite file (and into
// PostgreSQL with --pg), over JSONL built from the GTD summaries and ACLED notes in
// ../shared/data (or examples/ without it). It reports; it never fails on timing.
//
//   npm run bench:ingest                          5,000 articles into SQLite
//   npm run bench:ingest -- --articles 100000     a news-like stream of 100,000 articles (bench/ingest-corpus.ts)
//   npm run bench:ingest -- --corpus repeat       the earlier rounds' stream: the texts again and again
//   npm run bench:ingest -- --pg                  also into PostgreSQL (DATABASE_URL or the test default)
//   npm run bench:ingest -- --live-heap           also the main thread's live heap after a full GC at each tenth
//   npm run bench:ingest -- --io-profile          also the SQLite statements by time and bytes read/written
//   npm run bench:ingest -- --cluster-thread on   cluster the stories in a thread of their own (off by default)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance as perf } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { DEFAULT_BATCH_SIZE, defaultWorkers, ingest, type IngestSummary } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { buildCorpus, type CorpusKind } from './ingest-corpus.ts';
import { commitTimes, installCommitTimer, installSqliteProfile, sqliteProfile } from './sqlite-profile.ts';
import { loadBenchTexts } from './texts.ts';

/** parseArgs, with --help printing the usage above and a bad option named without a stack trace. */
function parseBenchArgs<T extends NonNullable<Parameters<typeof parseArgs>[0]>>(config: T): ReturnType<typeof parseArgs<T>> {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    const usage = readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//   npm run'));
    process.stdout.write(`usage:\n${usage.map((l) => l.slice(2)).join('\n')}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    process.stderr.write(`bench:ingest: ${(e as Error).message}\n`);
    process.exit(2);
  }
}

const { values: args } = parseBenchArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    workers: { type: 'string' },
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    pg: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'news' },
    seed: { type: 'string', default: '20261125' },
    'live-heap': { type: 'boolean', default: false },
    'io-profile': { type: 'boolean', default: false },
    'cluster-thread': { type: 'string', default: 'off' },
  },
});
if (args.corpus !== 'news' && args.corpus !== 'repeat') {
  process.stderr.write(`bench:ingest: --corpus must be "news" or "repeat", not "${args.corpus}"\n`);
  process.exit(2);
}
const corpusKind: CorpusKind = args.corpus;
/** A full garbage collection, for --live-heap (main thread only; the analysis worker is not included). */
const liveGc: (() => void) | null = args['live-heap'] ? (setFlagsFromString('--expose-gc'), runInNewContext('gc') as () => void) : null;
if (args['io-profile']) installSqliteProfile();
installCommitTimer();
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
const corpus = buildCorpus(source.texts, n, corpusKind, Number(args.seed));
writeFileSync(jsonl, corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
corpus.articles.length = 0;

/** RSS peaks over the first and the last `window` articles of the run (10,000, or a tenth of a shorter run). */
const rssWindow = Math.max(1, Math.min(10_000, Math.floor(n / 10)));

interface Phases {
  wallSeconds: number;
  /** Main thread event loop idle: waiting for the analysis worker's results, or for the story thread to finish the batch before. */
  idleSeconds: number;
  /** Main thread CPU seconds (Linux). */
  mainCpuSeconds: number | null;
  writeSeconds: number;
  clusterSeconds: number;
  /** Main thread CPU seconds inside those two calls (Linux; 0 elsewhere). */
  writeCpuSeconds: number;
  clusterCpuSeconds: number;
  /** SQLite COMMIT statements: WAL writes and, every wal_autocheckpoint pages, a checkpoint. */
  commitSeconds: number;
  /** The slowest COMMITs' seconds (the checkpoints). */
  commitsOver100ms: number;
  commitsOver100msSeconds: number;
}

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
  /** CPU time of the main thread alone (Linux /proc/self/task/PID/stat, user + system; null elsewhere): the writer and clusterer. */
  mainCpuSeconds: number | null;
  /** CPU seconds over the run of the main thread, of the threads started during it (the analysis workers) and of the helpers there before (GC, compiler), from Linux /proc/self/task. */
  threadCpuSeconds: Record<string, number> | null;
  /** CPU ms per article: the whole process, and the main thread. */
  cpuMsPerArticle: number;
  mainCpuMsPerArticle: number | null;
  /** The load average (1 min) when the run started and ended: other work on the machine. */
  loadAverage: [number, number];
  peakRssMb: number;
  rssMbAtQuarters: number[];
  /** Peak RSS while the first `rssWindow` articles were done, and while the last ones were. */
  rssWindow: number;
  peakRssMbFirst: number;
  peakRssMbLast: number;
  /** Articles/s and CPU seconds over the first and the last `rssWindow` articles. */
  firstWindow: { articlesPerSecond: number; cpuSeconds: number };
  lastWindow: { articlesPerSecond: number; cpuSeconds: number };
  /** At each tenth of the input: articles done, wall and CPU seconds so far, RSS and V8 heap used. */
  tenths: Array<{ done: number; seconds: number; cpuSeconds: number; rssMb: number; heapMb: number; liveHeapMb?: number; walMb?: number | null }>;
  /**
   * Where the main thread's wall time went over the first and the last window: waiting for the
   * analysis worker (event loop idle), busy (CPU of the main thread), and inside the store's
   * writeArticles / clusterStories calls, with the SQLite COMMITs among them (the WAL writes and
   * the automatic checkpoints), in seconds.
   */
  phases: { first: Phases; last: Phases };
  dbMb: number | null;
  /** Bytes the process wrote and read through system calls during the run (Linux /proc/self/io), MB; null elsewhere. */
  ioWrittenMb: number | null;
  ioReadMb: number | null;
  /** Seconds the main thread waited for the story thread (SQLite, --cluster-thread on). */
  storyWaitSeconds: number;
}

async function run(backend: 'sqlite' | 'postgres'): Promise<Result> {
  let schema: string | null = null;
  const url = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';
  if (backend === 'postgres') schema = `bench_${process.pid}`;
  const dbFile = join(dir, 'bench.db');
  const store = backend === 'sqlite' ? await openStore({ db: dbFile }) : await openStore({ db: url, pgSchema: schema! });
  // The main thread's time inside the store's two calls per batch, so far.
  const inStore = { write: 0, cluster: 0, writeCpu: 0, clusterCpu: 0 };
  /** `fn` with its wall and main-thread CPU seconds added up by `add`. */
  const timed = <A extends unknown[], R>(fn: (...a: A) => Promise<R>, add: (wall: number, cpu: number) => void) =>
    async (...a: A): Promise<R> => {
      const t = performance.now();
      const c = mainThreadCpu() ?? 0;
      try {
        return await fn(...a);
      } finally {
        add((performance.now() - t) / 1000, (mainThreadCpu() ?? 0) - c);
      }
    };
  store.writeArticles = timed(store.writeArticles.bind(store), (wall, cpu) => ((inStore.write += wall), (inStore.writeCpu += cpu)));
  store.clusterStories = timed(store.clusterStories.bind(store), (wall, cpu) => ((inStore.cluster += wall), (inStore.clusterCpu += cpu)));
  const elu0 = perf.eventLoopUtilization();
  const commit0 = { ...commitTimes };
  /** Cumulative phase counters now (seconds since the run started). */
  const phaseMark = () => {
    const elu = perf.eventLoopUtilization(elu0);
    const m = mainThreadCpu();
    return {
      wall: (performance.now() - t0) / 1000,
      idle: elu.idle / 1000,
      mainCpu: m,
      write: inStore.write,
      cluster: inStore.cluster,
      writeCpu: inStore.writeCpu,
      clusterCpu: inStore.clusterCpu,
      commit: commitTimes.seconds - commit0.seconds,
      slow: commitTimes.slow - commit0.slow,
      slowSeconds: commitTimes.slowSeconds - commit0.slowSeconds,
    };
  };
  type PhaseMark = ReturnType<typeof phaseMark>;
  const phasesOf = (a: PhaseMark, b: PhaseMark): Phases => ({
    wallSeconds: round2(b.wall - a.wall),
    idleSeconds: round2(b.idle - a.idle),
    mainCpuSeconds: a.mainCpu !== null && b.mainCpu !== null ? round2(b.mainCpu - a.mainCpu) : null,
    writeSeconds: round2(b.write - a.write),
    clusterSeconds: round2(b.cluster - a.cluster),
    writeCpuSeconds: round2(b.writeCpu - a.writeCpu),
    clusterCpuSeconds: round2(b.clusterCpu - a.clusterCpu),
    commitSeconds: round2(b.commit - a.commit),
    commitsOver100ms: b.slow - a.slow,
    commitsOver100msSeconds: round2(b.slowSeconds - a.slowSeconds),
  });
  let phaseStart: PhaseMark | null = null;
  let phaseFirstEnd: PhaseMark | null = null;
  let phaseLastStart: PhaseMark | null = null;
  let phaseTenth: PhaseMark | null = null;
  let peak = 0;
  let first = 0;
  let last = 0;
  const quarters: number[] = [];
  const tenths: Result['tenths'] = [];
  const t0 = performance.now();
  phaseStart = phaseMark();
  const mark = () => ({ seconds: (performance.now() - t0) / 1000, cpu: cpuOf(process.cpuUsage(cpu0)) });
  let firstEnd: ReturnType<typeof mark> | null = null;
  let lastStart: (ReturnType<typeof mark> & { done: number }) | null = null;
  // Thread CPU is read every second too: the analysis workers end (and leave /proc) before the run's last sample.
  let threadsSeen: ReturnType<typeof threadCpu> = null;
  let ticks = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (++ticks % 5 === 0) threadsSeen = mergeThreads(threadsSeen, threadCpu());
  }, 200);
  let summary: IngestSummary;
  const io0 = procIo();
  const main0 = mainThreadCpu();
  const threads0 = threadCpu();
  const load0 = loadavg()[0];
  const cpu0 = process.cpuUsage();
  let end: ReturnType<typeof mark> = { seconds: 0, cpu: 0 };
  let phaseEnd: PhaseMark | null = null;
  let io1: ReturnType<typeof procIo> = null;
  let cpuSeconds = 0;
  let main1: number | null = null;
  let threads1: Map<string, { name: string; cpu: number }> | null = null;
  try {
    summary = await ingest([jsonl], {
      store,
      workers,
      batchSize,
      clusterThread: args['cluster-thread'] !== 'off',
      onProgress: (p) => {
        const now = process.memoryUsage.rss();
        if (p.done <= rssWindow) first = Math.max(first, now);
        if (p.done > n - rssWindow) last = Math.max(last, now);
        if (!firstEnd && p.done >= rssWindow) (firstEnd = mark()), (phaseFirstEnd = phaseMark());
        if (!lastStart && p.done >= n - rssWindow) (lastStart = { ...mark(), done: p.done }), (phaseLastStart = phaseMark());
        const tenth = Math.floor((p.done / n) * 10);
        if (tenth > tenths.length && tenths.length < 10) {
          const m = mark();
          const mem = process.memoryUsage();
          const t: Result['tenths'][number] = { done: p.done, seconds: round2(m.seconds), cpuSeconds: round2(m.cpu), rssMb: Math.round(mem.rss / 2 ** 20), heapMb: Math.round(mem.heapUsed / 2 ** 20) };
          if (backend === 'sqlite') t.walMb = Math.round((statSafe(`${dbFile}-wal`) ?? 0) / 2 ** 20);
          // --live-heap: what is still reachable, after a full collection (V8 lets garbage pile
          // up before collecting, so heapUsed alone cannot tell growth from a lazy collector).
          if (liveGc) {
            liveGc();
            t.liveHeapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
          }
          tenths.push(t);
          const pm = phaseMark();
          log(`${backend}: tenth ${tenths.length}: ${fmtPhases(phasesOf(phaseTenth ?? phaseStart!, pm))}`);
          phaseTenth = pm;
          log(`${backend}: ${p.done} done, ${t.seconds} s, ${t.cpuSeconds} CPU s, RSS ${t.rssMb} MB, heap ${t.heapMb} MB${t.walMb !== undefined ? `, WAL ${t.walMb} MB` : ''}, load ${round2(loadavg()[0])}${t.liveHeapMb !== undefined ? ` (live after GC ${t.liveHeapMb} MB)` : ''}`);
        }
        // memoryUsage() walks the heap: read it only when a quarter of the input is passed.
        const q = Math.floor((p.done / n) * 4);
        if (quarters.length >= q) return;
        const rss = process.memoryUsage().rss;
        peak = Math.max(peak, rss);
        while (quarters.length < q && quarters.length < 4) quarters.push(Math.round(rss / 2 ** 20));
      },
    });
    end = mark();
    phaseEnd = phaseMark();
    cpuSeconds = end.cpu;
    io1 = procIo();
    main1 = mainThreadCpu();
    threads1 = mergeThreads(threadsSeen, threadCpu());
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
  function lastWindowOf(start: (ReturnType<typeof mark> & { done: number }) | null, to: ReturnType<typeof mark>) {
    return start ? windowOf(n - start.done, start, to) : windowOf(rssWindow, { seconds: 0, cpu: 0 }, to);
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
    mainCpuSeconds: main0 !== null && main1 !== null ? round2(main1 - main0) : null,
    threadCpuSeconds: threadsDelta(threads0, threads1),
    cpuMsPerArticle: round2((cpuSeconds * 1000) / summary.read),
    mainCpuMsPerArticle: main0 !== null && main1 !== null ? round2(((main1 - main0) * 1000) / summary.read) : null,
    loadAverage: [round2(load0), round2(loadavg()[0])],
    peakRssMb: Math.round(peak / 2 ** 20),
    rssMbAtQuarters: quarters,
    rssWindow,
    peakRssMbFirst: Math.round(first / 2 ** 20),
    peakRssMbLast: Math.round(last / 2 ** 20),
    firstWindow: windowOf(rssWindow, { seconds: 0, cpu: 0 }, firstEnd ?? end),
    lastWindow: lastWindowOf(lastStart as (ReturnType<typeof mark> & { done: number }) | null, end),
    tenths,
    phases: { first: phasesOf(phaseStart!, phaseFirstEnd ?? phaseEnd!), last: phasesOf(phaseLastStart ?? phaseStart!, phaseEnd!) },
    dbMb,
    ioWrittenMb: io0 && io1 ? Math.round((io1.wchar - io0.wchar) / 2 ** 20) : null,
    ioReadMb: io0 && io1 ? Math.round((io1.rchar - io0.rchar) / 2 ** 20) : null,
    storyWaitSeconds: round2(summary.storyWaitSeconds),
  };
}

/** Characters written and read by this process so far (Linux), or null. */
function procIo(): { wchar: number; rchar: number } | null {
  try {
    const text = readFileSync('/proc/self/io', 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
    const io = { wchar: field('wchar'), rchar: field('rchar') };
    return Number.isFinite(io.wchar) && Number.isFinite(io.rchar) ? io : null;
  } catch {
    return null;
  }
}

/**
 * CPU seconds of this process's main thread so far (Linux: utime + stime of the task whose id is
 * the pid, in clock ticks of 1/100 s), or null. process.cpuUsage() counts every thread.
 */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are the 12th and 13th.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(rest[11]) + Number(rest[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

/** CPU seconds of every thread of this process so far, by task id, with its name; null off Linux. */
function threadCpu(): Map<string, { name: string; cpu: number }> | null {
  try {
    const out = new Map<string, { name: string; cpu: number }>();
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(tid, { name: tid === String(process.pid) ? 'main' : name, cpu: (Number(rest[11]) + Number(rest[12])) / 100 });
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return out;
  } catch {
    return null;
  }
}

/** The later sample of each thread, keeping threads that have ended since the earlier one. */
function mergeThreads(a: ReturnType<typeof threadCpu>, b: ReturnType<typeof threadCpu>): ReturnType<typeof threadCpu> {
  if (!a) return b;
  if (!b) return a;
  const out = new Map(a);
  for (const [tid, t] of b) out.set(tid, t);
  return out;
}

/**
 * CPU seconds between two samples: the main thread, threads started during the run (the analysis
 * workers), and the threads there before it (V8's GC and compiler helpers, libuv's pool). Linux
 * names them all "node", so they are told apart by when they appeared.
 */
function threadsDelta(a: ReturnType<typeof threadCpu>, b: ReturnType<typeof threadCpu>): Record<string, number> | null {
  if (!a || !b) return null;
  const out: Record<string, number> = { main: 0, startedDuringRun: 0, helpers: 0 };
  for (const [tid, t] of b) {
    const before = a.get(tid);
    const key = t.name === 'main' ? 'main' : before ? 'helpers' : 'startedDuringRun';
    out[key] = round2(out[key] + t.cpu - (before?.cpu ?? 0));
  }
  return out;
}

function cpuOf(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function windowOf(articles: number, from: { seconds: number; cpu: number }, to: { seconds: number; cpu: number }): Result['firstWindow'] {
  const s = to.seconds - from.seconds;
  return { articlesPerSecond: s > 0 ? Math.round(articles / s) : 0, cpuSeconds: round2(to.cpu - from.cpu) };
}

function fmtPhases(p: Phases): string {
  return `${p.wallSeconds} s wall = ${p.idleSeconds} s idle (waiting for analysis or the story thread), main CPU ${p.mainCpuSeconds} s, in writeArticles ${p.writeSeconds} s (CPU ${p.writeCpuSeconds}), in clusterStories ${p.clusterSeconds} s (CPU ${p.clusterCpuSeconds}), COMMIT ${p.commitSeconds} s (${p.commitsOver100ms} over 100 ms: ${p.commitsOver100msSeconds} s)`;
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
  const st = corpus.stats;
  log(`corpus ${st.kind}: ${st.events} events in ${st.eras} era(s), ${st.reports} reports, ${st.syndicated} syndicated copies, ${st.followUps} follow-ups, ${st.late} late; published ${st.firstDay} to ${st.lastDay}`);
  results.push(await run('sqlite'));
  if (args.pg) results.push(await run('postgres'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (args['io-profile']) {
  // The SQLite statements that cost most: time, and bytes read and written (COMMIT holds the checkpoints).
  for (const s of sqliteProfile().slice(0, 25)) log(`io-profile: ${s.readMb} MB read, ${s.writtenMb} MB written, ${s.ms} ms, ${s.runs} runs: ${s.sql}`);
}
if (args.json) process.stdout.write(JSON.stringify({ articles: n, corpus: corpus.stats, workers, batchSize, cores: availableParallelism(), results }, null, 2) + '\n');
else {
  for (const r of results) {
    process.stdout.write(
      `${r.backend}: ${r.articles} articles in ${r.seconds} s = ${r.articlesPerSecond} articles/s, ${r.cpuSeconds} CPU s = ${r.articlesPerCpuSecond} articles per CPU second ` +
        `(${r.cpuMsPerArticle} CPU ms per article${r.mainCpuMsPerArticle !== null ? `, main thread ${r.mainCpuMsPerArticle}` : ''}; load ${r.loadAverage.join(' -> ')}) ` +
        `(stored ${r.stored}, near-duplicates ${r.nearDuplicates}, duplicates ${r.duplicates}, failed ${r.failed}); ` +
        `first ${r.rssWindow}: ${r.firstWindow.articlesPerSecond} articles/s, ${r.firstWindow.cpuSeconds} CPU s; last ${r.rssWindow}: ${r.lastWindow.articlesPerSecond} articles/s, ${r.lastWindow.cpuSeconds} CPU s; ` +
        `main thread, first ${r.rssWindow}: ${fmtPhases(r.phases.first)}; last ${r.rssWindow}: ${fmtPhases(r.phases.last)}; ` +
        `peak RSS ${r.peakRssMb} MB (first ${r.rssWindow}: ${r.peakRssMbFirst} MB, last ${r.rssWindow}: ${r.peakRssMbLast} MB), RSS at 25/50/75/100%: ${r.rssMbAtQuarters.join('/')} MB${r.dbMb !== null ? `; database ${r.dbMb} MB` : ''}${r.ioWrittenMb !== null ? `; wrote ${r.ioWrittenMb} MB, read ${r.ioReadMb} MB` : ''}; waited ${r.storyWaitSeconds} s for the story thread; thread CPU s ${JSON.stringify(r.threadCpuSeconds)}\n`,
    );
  }
}
