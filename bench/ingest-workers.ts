// `npm run bench:workers`: `corroborate worker` processes on PostgreSQL. Queues the same JSONL
// as bench:ingest (5,000 GTD/ACLED articles by default) into a fresh schema, runs 1, then 2 (or
// --procs a,b,c) workers with --drain, and reports wall time and articles/s per setting. It
// reports; it never fails on timing.
//
//   npm run bench:workers -- --articles 5000 --procs 1,2 --workers 1
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadBenchTexts } from './texts.ts';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '5000' },
    procs: { type: 'string', default: '1,2' },
    workers: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const n = Number(args.articles);
const url = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';
const bin = join(import.meta.dirname, '..', 'bin', 'corroborate.mjs');
const log = (s: string) => process.stderr.write(`bench:workers: ${s}\n`);

function cli(argv: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bin, ...argv], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`corroborate ${argv[0]} exited ${code}`)))));
}

const texts = loadBenchTexts().texts;
const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-workers-'));
const jsonl = join(dir, 'articles.jsonl');
const lines: string[] = [];
for (let i = 0; i < n; i++) {
  const t = texts[i % texts.length];
  const round = Math.floor(i / texts.length);
  lines.push(JSON.stringify({ text: round === 0 ? t.text : `${t.text}\nRepublished as item ${round}.`, published: t.published ?? undefined, source: t.corpus }));
}
writeFileSync(jsonl, lines.join('\n') + '\n');

const results: Array<{ processes: number; seconds: number; articlesPerSecond: number; jobsPerProcess: number[] }> = [];
try {
  for (const procs of args.procs.split(',').map(Number)) {
    const schema = `bench_workers_${process.pid}_${procs}`;
    const db = new URL(url);
    db.searchParams.set('options', `-c search_path=${schema}`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      await cli(['ingest', jsonl, '--queue', '--db', db.toString(), '--format', 'json']);
      log(`${n} jobs queued; ${procs} worker process(es), --workers ${args.workers} each`);
      const t0 = performance.now();
      const outs = await Promise.all(
        Array.from({ length: procs }, (_, k) => cli(['worker', '--drain', '--db', db.toString(), '--workers', args.workers, '--name', `bench-${k}`, '--format', 'json'])),
      );
      const seconds = (performance.now() - t0) / 1000;
      results.push({ processes: procs, seconds: Math.round(seconds * 10) / 10, articlesPerSecond: Math.round(n / seconds), jobsPerProcess: outs.map((o) => JSON.parse(o).jobs) });
      log(`${procs}: ${seconds.toFixed(1)} s, ${Math.round(n / seconds)} articles/s`);
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (args.json) process.stdout.write(JSON.stringify({ articles: n, cores: availableParallelism(), workersPerProcess: Number(args.workers), results }, null, 2) + '\n');
else for (const r of results) process.stdout.write(`${r.processes} worker process(es): ${n} articles in ${r.seconds} s = ${r.articlesPerSecond} articles/s (jobs per process: ${r.jobsPerProcess.join(', ')})\n`);
