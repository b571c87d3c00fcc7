import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyze, analyzeBatch, CorroborateError, type BatchInput } from '../src/index.ts';
import { runTask, runTasks } from '../src/ingest/analyze-task.ts';
import type { RawArticle } from '../src/ingest/sources.ts';
import { needsShared, REPO_ROOT, sharedPath } from './shared.ts';

// analyzeBatch runs the pipeline component by component over chunks of articles; every
// article must come out exactly as analyze() makes it, and a bad input must get, in its own
// place, the error analyze() throws for it.

function analyzeOrError(input: BatchInput): string {
  const { text, ...options } = input;
  try {
    return JSON.stringify(analyze(text, options));
  } catch (e) {
    assert.ok(e instanceof CorroborateError);
    return `error ${e.code}: ${e.message}`;
  }
}

function batchOutputs(inputs: BatchInput[], chunk: number): string[] {
  return analyzeBatch(inputs, { chunk }).map((a) => (a instanceof CorroborateError ? `error ${a.code}: ${a.message}` : JSON.stringify(a)));
}

test('analyzeBatch gives each article what analyze gives it, errors in their places, whatever the chunk', () => {
  const seed = readFileSync(join(REPO_ROOT, 'examples', 'kurram-report.txt'), 'utf8');
  const inputs: BatchInput[] = [
    { text: seed, published: '2026-11-24' },
    { text: '   \n ' },
    { text: 'On 3 May 2021, gunmen killed two police officers in Quetta, officials said.', published: '2021-05-04' },
    { text: seed, published: '2026-02-30' },
    { text: 'Yesterday protesters marched in Lahore against price rises.', published: '2024-01-15' },
    { text: seed, published: null, title: 'Kurram' },
  ];
  const expected = inputs.map(analyzeOrError);
  assert.match(expected[1], /^error E_EMPTY/);
  assert.match(expected[3], /^error E_BAD_OPTION/);
  for (const chunk of [1, 2, 4, 128]) assert.deepEqual(batchOutputs(inputs, chunk), expected, `chunk ${chunk}`);
  assert.deepEqual(analyzeBatch([]), []);
});

test('analyzeBatch rejects a chunk that is not a whole number of at least 1', () => {
  for (const chunk of [0, -1, 1.5, Number.NaN]) {
    assert.throws(() => analyzeBatch([{ text: 'x' }], { chunk }), (e: unknown) => e instanceof CorroborateError && e.code === 'E_BAD_OPTION' && /chunk/.test(e.message));
  }
});

test('analyzeBatch matches analyze on 300 GTD and ACLED dev texts', needsShared('data/acled/dev.csv'), () => {
  const inputs: BatchInput[] = [];
  for (const [file, column, date] of [['data/gtd/dev.csv', 'summary', null], ['data/acled/dev.csv', 'notes', 'event_date']] as const) {
    const rows = parse(readFileSync(sharedPath(file), 'utf8'), { columns: true, relax_column_count: true }) as Record<string, string>[];
    for (const r of rows.slice(0, 150)) inputs.push({ text: r[column] ?? '', published: date ? r[date] : null });
  }
  assert.deepEqual(batchOutputs(inputs, 64), inputs.map(analyzeOrError));
});

test('ingest analyses a group of articles together: the same rows and failures as one at a time', () => {
  const seed = readFileSync(join(REPO_ROOT, 'examples', 'kurram-report.txt'), 'utf8');
  const items: RawArticle[] = [
    { kind: 'article', origin: 'a.txt', raw: seed, meta: { published: '2026-11-24', source: 'Desk' } },
    { kind: 'article', origin: 'empty.txt', raw: '  \n', meta: {} },
    { kind: 'article', origin: 'b.jsonl:2', raw: 'On 3 May 2021, gunmen killed two police officers in Quetta, officials said.', meta: { published: '2021-05-04' } },
    { kind: 'article', origin: 'c.jsonl:7', raw: seed, meta: { published: '2026-02-30' } },
  ];
  const alone = items.map(runTask);
  assert.equal(alone.filter((r) => r.ok).length, 2);
  assert.deepEqual(runTasks(items), alone);
  assert.deepEqual(runTasks(items.slice(0, 1)), alone.slice(0, 1));
});

test("the bench times analyzeBatch at the library's default chunk", async () => {
  // bench/engines.ts cannot import the constant (the engines load lazily, for the memory
  // readings), so it repeats it; this keeps the two equal.
  const { DEFAULT_BATCH_CHUNK } = await import('../src/analyze.ts');
  const { BATCH_CHUNK } = await import('../bench/engines.ts');
  assert.equal(BATCH_CHUNK, DEFAULT_BATCH_CHUNK);
});
