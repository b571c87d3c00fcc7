import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { loadBenchTexts } from '../bench/texts.ts';
import { openStore } from '../src/store/open.ts';
import { needsShared, REPO_ROOT } from './shared.ts';

// Crash safety: an ingest of 5,000 articles killed with SIGKILL after some batches committed,
// then run again to the end, leaves exactly the store one uninterrupted run leaves: nothing
// lost, nothing doubled, the same ids, order and near-duplicate links, and the same stories
// (units, joins with their reasons, contradictions, word counts and progress).

const BIN = join(REPO_ROOT, 'bin', 'corroborate.mjs');
const ARTICLES = 5000;
const BATCH = 200;
let dir: string;
let jsonl: string;

function start(db: string): { child: ChildProcess; done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'ingest', jsonl, '--db', db, '--batch', String(BATCH), '--format', 'json'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

function committedArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      conn.pragma('busy_timeout = 1000');
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

before(() => {
  if (needsShared('data/gtd/dev.csv').skip) return;
  dir = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
  jsonl = join(dir, 'articles.jsonl');
  // GTD summaries and ACLED notes with their dates, alternating, as 5,000 JSONL articles.
  const texts = loadBenchTexts().texts;
  const gtd = texts.filter((t) => t.corpus === 'gtd');
  const acled = texts.filter((t) => t.corpus === 'acled');
  const lines: string[] = [];
  for (let i = 0; lines.length < ARTICLES; i++) {
    const t = i % 2 === 0 ? gtd[(i / 2) % gtd.length] : acled[((i - 1) / 2) % acled.length];
    lines.push(JSON.stringify({ text: t.text, published: t.published ?? undefined, source: t.corpus.toUpperCase(), url: `https://${t.corpus}.example/${i}` }));
  }
  writeFileSync(jsonl, lines.join('\n') + '\n');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('SIGKILL mid-ingest, then a re-run: the same store as an uninterrupted run', { ...needsShared('data/gtd/dev.csv'), timeout: 600_000 }, async () => {
  const reference = join(dir, 'reference.db');
  const crashed = join(dir, 'crashed.db');

  const whole = await start(reference).done;
  assert.equal(whole.status, 0, whole.stderr);
  const summary = JSON.parse(whole.stdout);
  assert.equal(summary.read, ARTICLES);
  assert.equal(summary.stored + summary.duplicates, ARTICLES);

  // Kill once at least two batches are committed and before the last one is.
  const run = start(crashed);
  let atKill = 0;
  for (;;) {
    atKill = committedArticles(crashed);
    if (atKill >= 2 * BATCH) break;
    const exited = await Promise.race([run.done.then(() => true), sleep(50).then(() => false)]);
    assert.equal(exited, false, 'the ingest finished before it could be killed');
  }
  run.child.kill('SIGKILL');
  const killed = await run.done;
  assert.equal(killed.signal, 'SIGKILL');
  atKill = committedArticles(crashed);
  assert.ok(atKill > 0 && atKill < summary.stored, `killed with ${atKill} of ${summary.stored} articles stored`);

  const rerun = await start(crashed).done;
  assert.equal(rerun.status, 0, rerun.stderr);
  const second = JSON.parse(rerun.stdout);
  assert.equal(second.stored, summary.stored - atKill, 'the re-run stores exactly what the killed run had not');

  const [a, b] = [await openStore({ db: reference }), await openStore({ db: crashed })];
  try {
    const [da, db] = [await a.dump(), await b.dump()];
    assert.equal(da.articles.length, summary.stored);
    assert.ok(da.claims.length > da.articles.length && da.events.length > 1000, `claims ${da.claims.length}, events ${da.events.length}`);
    // The stories are part of the comparison (every table of the dump is compared below).
    assert.ok(da.stories.length > 100 && da.story_units.length > 1000, `stories ${da.stories.length}, units ${da.story_units.length}`);
    for (const table of Object.keys(da) as Array<keyof typeof da>) {
      assert.equal(db[table].length, da[table].length, `${table}: row count`);
      assert.deepEqual(db[table], da[table], `${table}: rows differ`);
    }
  } finally {
    await a.close();
    await b.close();
  }
});
