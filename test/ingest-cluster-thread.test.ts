import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBenchTexts } from '../bench/texts.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { needsShared } from './shared.ts';

// The story thread of a SQLite ingest (src/ingest/cluster-thread.ts) clusters on its own
// connection while the main thread writes the next batch; the store it leaves must be the one
// clustering on the main thread leaves: every table of the dump, stories included. Small
// batches, so the thread and the writer take turns many times; some articles with no date
// (stored, never clustered) and repeats (duplicates) among them.

test('clustering in the story thread leaves the same store as clustering on the main thread', { ...needsShared('data/gtd/dev.csv'), timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cluster-thread-'));
  try {
    const texts = loadBenchTexts().texts;
    const lines: string[] = [];
    for (let i = 0; i < 1200; i++) {
      const t = texts[(i * 7) % texts.length];
      const published = i % 97 === 5 ? undefined : (t.published ?? undefined);
      lines.push(JSON.stringify({ text: t.text, published, source: i % 3 === 0 ? 'AFP' : t.corpus.toUpperCase() }));
    }
    const jsonl = join(dir, 'articles.jsonl');
    writeFileSync(jsonl, lines.join('\n') + '\n');

    const dumps = [];
    for (const clusterThread of [false, true]) {
      const store = await openStore({ db: join(dir, `${clusterThread ? 'thread' : 'main'}.db`) });
      try {
        const s = await ingest([jsonl], { store, workers: 1, batchSize: 100, clusterThread, now: () => '2026-11-26T00:00:00.000Z' });
        assert.equal(s.failed.length, 0, JSON.stringify(s.failed));
        const dump = await store.dump();
        assert.equal(s.clustered, dump.articles.filter((a) => a.published !== null).length, 'every stored article with a day is clustered, by this run');
        dumps.push(dump);
      } finally {
        await store.close();
      }
    }
    const [main, thread] = dumps;
    assert.ok(main.stories.length > 100 && main.story_units.length > 1000, `stories ${main.stories.length}, units ${main.story_units.length}`);
    for (const table of Object.keys(main) as Array<keyof typeof main>) {
      assert.equal(thread[table].length, main[table].length, `${table}: row count`);
      assert.deepEqual(thread[table], main[table], `${table}: rows differ`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
