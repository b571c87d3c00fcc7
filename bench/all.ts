// `npm run bench`: every benchmark the issues ask for, one section after another, each in its own
// process (so one section's memory and loaded models do not weigh on the next), bounded by its
// sizes and reported, never asserted (the run exits 0 whatever the numbers):
//
//   analyze    bench/run.ts        analyze throughput beside wink-nlp and compromise, load, memory
//   gazetteer  bench/gazetteer.ts  gazetteer load time and memory, place and actor matching throughput
//   store      bench/ingest.ts     ingest with stories into SQLite and PostgreSQL
//   query      bench/query.ts      `events` filter latency on 1,000,000 stored events
//   http       bench/http.ts       POST /v1/analyze and GET /v1/events at concurrency 16
//
//   npm run bench                                   all five (PostgreSQL skipped, with the reason, when unreachable)
//   npm run bench -- --only store,query             some sections
//   npm run bench -- --ingest-articles 100000       the long flat-memory ingest run (about 10 minutes more here)
//   npm run --silent bench -- --json                one JSON object with every number
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const SECTIONS = ['analyze', 'gazetteer', 'store', 'query', 'http'] as const;
type Section = (typeof SECTIONS)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    'ingest-articles': { type: 'string', default: '5000' },
    events: { type: 'string', default: '1000000' },
    'query-repeat': { type: 'string', default: '30' },
    'pg-events': { type: 'string' },
    'no-pg': { type: 'boolean', default: false },
    passes: { type: 'string' },
    warmup: { type: 'string' },
    subset: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  process.stdout.write(
    [
      'usage: npm run bench [-- options]',
      '  --only LIST             sections to run, comma-separated: analyze, gazetteer, store, query, http (default: all)',
      '  --json                  one JSON object with every number on stdout (progress on stderr)',
      '  --ingest-articles N     articles for the store section (default 5000; 100000 for the flat-memory run)',
      '  --events N              stored events for the query section (default 1000000; the SQLite file is cached in the OS temp folder)',
      '  --query-repeat N        timed runs of each filter (default 30)',
      '  --pg-events N           stored events for PostgreSQL query latency (default: as --events)',
      '  --no-pg                 skip PostgreSQL (it is skipped anyway, with the reason, when unreachable)',
      '  --passes N, --warmup N, --subset N, --data DIR   passed to the analyze section',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

const only = args.only === undefined ? [...SECTIONS] : args.only.split(',').map((s) => s.trim()).filter(Boolean);
for (const s of only) {
  if (!(SECTIONS as readonly string[]).includes(s)) {
    process.stderr.write(`bench: --only "${s}" is no section; use one or more of: ${SECTIONS.join(', ')}\n`);
    process.exit(2);
  }
}
for (const [name, value] of [['ingest-articles', args['ingest-articles']], ['events', args.events], ['query-repeat', args['query-repeat']], ['pg-events', args['pg-events']]] as const) {
  if (value !== undefined && !(Number.isInteger(Number(value)) && Number(value) > 0)) {
    process.stderr.write(`bench: --${name} must be a whole number above 0, got "${value}"\n`);
    process.exit(2);
  }
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
const here = import.meta.dirname;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';

/** Null when PostgreSQL answers, else why it is skipped. */
async function postgresSkipReason(): Promise<string | null> {
  if (args['no-pg']) return '--no-pg given';
  const c = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return `PostgreSQL at ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')} is unreachable (${(e as Error).message})`;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * The Node flags of the `corroborate` command, read from its shebang line
 * (`#!/usr/bin/env -S node --max-semi-space-size=64`), so that every section, and every engine
 * inside the analyze section alike, runs under the runtime settings the CLI runs under.
 */
function cliNodeFlags(): string[] {
  const first = readFileSync(join(here, '..', 'bin', 'corroborate.mjs'), 'utf8').split('\n', 1)[0];
  const m = /^#!\S*env -S node(.*)$/.exec(first);
  return m ? m[1].trim().split(/\s+/).filter((f) => f !== '') : [];
}
const NODE_FLAGS = cliNodeFlags();
log(`every section runs as node ${NODE_FLAGS.join(' ') || '(no flags)'}, the flags of bin/corroborate.mjs`);

/** Runs one bench script; in JSON mode its stdout is parsed, else passed through. */
function runScript(script: string, argv: string[]): Promise<{ code: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, '--import', 'tsx', join(here, script), ...argv, ...(args.json ? ['--json'] : [])], {
      stdio: ['ignore', args.json ? 'pipe' : 'inherit', 'inherit'],
    });
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      let json: unknown = null;
      if (args.json && out.trim()) {
        try {
          json = JSON.parse(out);
        } catch {
          json = { unparsed: out };
        }
      }
      resolve({ code: code ?? 1, json });
    });
  });
}

const startedAt = new Date();
const report: Record<string, unknown> = {
  measuredAt: startedAt.toISOString(),
  machine: { node: process.version, nodeFlags: NODE_FLAGS, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100) },
  sections: only,
};
const pgSkip = only.some((s) => s === 'store' || s === 'query') ? await postgresSkipReason() : 'not needed';
if (pgSkip && pgSkip !== 'not needed') log(`PostgreSQL skipped: ${pgSkip}`);
report.postgres = pgSkip === null ? { used: true } : { used: false, reason: pgSkip };

const heading = (s: string) => {
  if (!args.json) process.stdout.write(`\n==== ${s} (load average ${loadavg().map((x) => x.toFixed(2)).join(' ')})\n`);
};

for (const section of only as Section[]) {
  const t0 = performance.now();
  const load = loadavg().map((x) => Math.round(x * 100) / 100);
  let r: { code: number; json: unknown };
  if (section === 'analyze') {
    heading('analyze: throughput, baselines, memory');
    const a: string[] = [];
    for (const k of ['passes', 'warmup', 'subset', 'data'] as const) if (args[k] !== undefined) a.push(`--${k}`, args[k]!);
    r = await runScript('run.ts', a);
  } else if (section === 'gazetteer') {
    heading('gazetteer: load time, memory, place and actor matching');
    r = await runScript('gazetteer.ts', args.data !== undefined ? ['--data', args.data] : []);
  } else if (section === 'store') {
    heading(`store: ingest of ${args['ingest-articles']} articles with stories`);
    r = await runScript('ingest.ts', ['--articles', args['ingest-articles'], ...(pgSkip === null ? ['--pg'] : [])]);
  } else if (section === 'query') {
    heading(`query: events filters on ${args.events} stored events`);
    const a = ['--events', args.events, '--repeat', args['query-repeat']];
    if (pgSkip === null) a.push('--pg', ...(args['pg-events'] ? ['--pg-events', args['pg-events']] : []));
    r = await runScript('query.ts', a);
  } else {
    heading('http: load test on loopback, concurrency 16');
    r = await runScript('http.ts', []);
  }
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  if (r.code !== 0) log(`${section}: the script exited with status ${r.code}`);
  report[section] = { seconds, loadAverageAtStart: load, exitCode: r.code, ...(args.json ? { result: r.json } : {}) };
  if (!args.json) process.stdout.write(`(${section}: ${seconds} s)\n`);
}
report.seconds = Math.round((Date.now() - startedAt.getTime()) / 100) / 10;
report.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
if (args.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
else process.stdout.write(`\nbench: ${only.join(', ')} in ${report.seconds as number} s; load average at the end ${(report.loadAverageAtEnd as number[]).join(' ')}\n`);
