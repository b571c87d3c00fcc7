import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadBenchTexts } from '../bench/texts.ts';
import { runCli } from './cli-process.ts';
import { needsShared } from './shared.ts';
import { postgresBackend, type OpenedStore } from './store-backends.ts';

// Scale-out on the real PostgreSQL: 5,000 articles queued with `ingest --queue`, 50 of them
// locked by a worker that "died" (its lease long expired), then two `corroborate worker`
// processes at once. Every job is done exactly once between them (the dead worker's jobs
// retried), every article is stored once, and every stored article is in the stories. Under
// CI=true an unreachable PostgreSQL fails the test instead of skipping it.

const ARTICLES = 5000;
const DEAD = 50;
let dir: string;
let jsonl: string;
let opened: OpenedStore | undefined;

const shared = needsShared('data/gtd/dev.csv');
const skip = shared.skip || postgresBackend.skip;

const run = (args: string[]) => runCli(args);

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'corroborate-worker-'));
  jsonl = join(dir, 'articles.jsonl');
  const texts = loadBenchTexts().texts;
  const lines: string[] = [];
  for (let i = 0; lines.length < ARTICLES; i++) {
    const t = texts[i % texts.length];
    lines.push(JSON.stringify({ text: t.text, published: t.published ?? undefined, source: t.corpus.toUpperCase(), url: `https://${t.corpus}.example/${i}` }));
  }
  writeFileSync(jsonl, lines.join('\n') + '\n');
  opened = await postgresBackend.open();
});

after(async () => {
  await opened?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('two workers take 5,000 queued articles from PostgreSQL: each job done once, each article stored once, a dead worker\'s jobs retried', { skip, timeout: 600_000 }, async () => {
  const store = opened!.store;
  const db = opened!.cli.db;
  const queued = await run(['ingest', jsonl, '--queue', '--db', db, '--format', 'json']);
  assert.equal(queued.status, 0, queued.stderr);
  const q = JSON.parse(queued.stdout);
  assert.equal(q.queued, ARTICLES);
  const again = JSON.parse((await run(['ingest', jsonl, '--queue', '--db', db, '--format', 'json'])).stdout);
  assert.deepEqual([again.queued, again.alreadyQueued], [0, ARTICLES], 'enqueuing the same input again adds no job');

  // A worker that claimed 50 jobs ten minutes ago and died.
  const dead = await store.claimJobs('dead-worker', DEAD, 60, new Date(Date.now() - 600_000));
  assert.equal(dead.length, DEAD);

  const workers = await Promise.all(
    ['w1', 'w2'].map((name) => run(['worker', '--db', db, '--drain', '--batch', '100', '--lease', '60', '--workers', '1', '--name', name, '--format', 'json'])),
  );
  const summaries = workers.map((w) => {
    assert.equal(w.status, 0, w.stderr);
    return JSON.parse(w.stdout);
  });
  assert.equal(summaries[0].jobs + summaries[1].jobs, ARTICLES, 'every job processed once, none twice');
  assert.ok(summaries[0].jobs > 0 && summaries[1].jobs > 0, `both workers took jobs: ${summaries[0].jobs} and ${summaries[1].jobs}`);
  assert.equal(summaries[0].retried + summaries[1].retried, DEAD, 'the dead worker\'s jobs were taken over');

  const counts = await store.queueCounts();
  assert.deepEqual(counts, { queued: 0, running: 0, done: ARTICLES, failed: 0 });
  const stored = summaries[0].stored + summaries[1].stored;
  const duplicates = summaries[0].duplicates + summaries[1].duplicates;
  assert.equal(stored + duplicates, ARTICLES);
  assert.equal(await store.countArticles(), stored, 'no article stored twice');

  const d = await store.dump();
  const seqs = d.articles.map((a) => Number(a.seq));
  assert.equal(new Set(seqs).size, seqs.length, 'ingest order has no ties');
  assert.equal(Number(d.story_progress[0].last_seq), Math.max(...seqs), 'every stored article was clustered');
  const clustered = new Set(d.story_units.map((u) => u.article_id));
  const dated = d.articles.filter((a) => a.published !== null).length;
  assert.equal(clustered.size, dated, 'every article with a publication day is in the stories');
});
