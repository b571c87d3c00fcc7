// `node --import tsx bench/write.ts`: the ceiling of ingest when analysis costs nothing. The
// articles are analysed and cut into rows first (untimed, in this thread), then written in
// batches of 200 exactly as ingest() does it (writeArticles, then clusterStories with the
// batch's analyses) into a fresh SQLite file (and PostgreSQL with --pg): the work of ingest's
// main thread alone, timed in wall and CPU time (one thread, so CPU time is the steady number).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Analysis } from '../src/model/analysis.ts';
import { runTask } from '../src/ingest/analyze-task.ts';
import { openStore } from '../src/store/open.ts';
import type { PreparedArticle } from '../src/store/rows.ts';
import { loadBenchTexts } from './texts.ts';

const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '5000' }, batch: { type: 'string', default: '200' }, pg: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
const n = Number(args.articles);
const batch = Number(args.batch);
const source = loadBenchTexts();
const prepared: PreparedArticle[] = [];
for (let i = 0; i < n; i++) {
  const t = source.texts[i % source.texts.length];
  const round = Math.floor(i / source.texts.length);
  const r = runTask({ kind: 'article', origin: `bench-${i}.txt`, raw: round === 0 ? t.text : `${t.text}\nRepublished as item ${round}.`, meta: { published: t.published ?? undefined, source: t.corpus } });
  if (r.ok) prepared.push(r.prepared);
}
const results: Array<Record<string, unknown>> = [];
for (const backend of args.pg ? ['sqlite', 'postgres'] : ['sqlite']) {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-write-'));
  const url = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';
  const schema = `bench_write_${process.pid}`;
  const store = backend === 'sqlite' ? await openStore({ db: join(dir, 'w.db') }) : await openStore({ db: url, pgSchema: schema });
  try {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let clusterMs = 0;
    for (let i = 0; i < prepared.length; i += batch) {
      const part = prepared.slice(i, i + batch);
      const outcomes = await store.writeArticles(part, '2026-01-01T00:00:00Z');
      const t1 = performance.now();
      const analyses = new Map<string, Analysis>();
      for (let k = 0; k < part.length; k++) if (outcomes[k].status !== 'duplicate') analyses.set(part[k].article.id, JSON.parse(part[k].article.analysis));
      await store.clusterStories({ analyses });
      clusterMs += performance.now() - t1;
    }
    const rest = await store.clusterStories();
    const seconds = (performance.now() - t0) / 1000;
    const u = process.cpuUsage(c0);
    const cpu = (u.user + u.system) / 1e6;
    results.push({ backend, articles: prepared.length, seconds: Math.round(seconds * 100) / 100, articlesPerSecond: Math.round(prepared.length / seconds), cpuSeconds: Math.round(cpu * 100) / 100, articlesPerCpuSecond: Math.round(prepared.length / cpu), clusterSeconds: Math.round(clusterMs / 10) / 100, stored: await store.countArticles(), stories: (await store.findStories({})).length, rest });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (backend === 'postgres') {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  }
}
if (args.json) process.stdout.write(JSON.stringify({ articles: n, batch, results }, null, 2) + '\n');
else for (const r of results) process.stdout.write(`${r.backend}: ${r.articles} analysed articles written and clustered in ${r.seconds} s = ${r.articlesPerSecond} articles/s; ${r.cpuSeconds} CPU s = ${r.articlesPerCpuSecond} articles per CPU second (clustering ${r.clusterSeconds} s of the wall time; ${r.stored} stored, ${r.stories} stories)\n`);
