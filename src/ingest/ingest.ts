import { availableParallelism } from 'node:os';
import type { StoryUnit } from '../corroborate/types.ts';
import type { PreparedArticle } from '../store/rows.ts';
import type { Store } from '../store/store.ts';
import type { TaskResult } from './analyze-task.ts';
import { ClusterThread } from './cluster-thread.ts';
import { createPool } from './pool.ts';
import { readSources, type SourceFailure, type SourceOptions } from './sources.ts';

// `corroborate ingest` as a library call: read every input in order, analyse in worker threads,
// and write in batches, each one transaction, in input order. Articles are identified by their
// text (and canonical URL), so a run that was killed and started again stores exactly what one
// uninterrupted run would: committed batches come back as duplicates, the rest follow in order.

/**
 * Articles per write transaction. Every index with random keys (article ids and hashes, LSH
 * buckets, unit keys) has a page written to the WAL for each transaction that touches it, so
 * larger transactions write far less per article: on 30,000 articles of the bench's news stream,
 * 1,000 wrote 3.0 GB where 200 wrote 5.7 GB, with 16 % less CPU on the main thread
 * (docs/benchmarks.md). It also bounds the memory held for a batch (about 2,000 prepared articles
 * in flight).
 */
export const DEFAULT_BATCH_SIZE = 1000;

export interface IngestOptions extends SourceOptions {
  store: Store;
  /** Analysis worker threads; 0 analyses in this thread. Default: one per core but one, which writes. */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
  /**
   * SQLite: cluster the stories in a thread of their own, on its own connection, while the main
   * thread writes the next batch (the same stories). Default: off. On this 2-core machine the
   * third thread cost more than it saved (5,000 articles under load 6: 219 articles/s and 4.27
   * CPU ms per article with it, 271/s and 3.56 ms without; docs/benchmarks.md, session 7).
   */
  clusterThread?: boolean;
  /** The ingest timestamp of a batch (ISO). */
  now?: () => string;
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  /** Inputs finished (stored, duplicate or failed). */
  done: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export interface IngestFailure {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  /** Articles read, good and bad. */
  read: number;
  /** Newly stored articles, near-duplicates included. */
  stored: number;
  /** Of those stored, how many were linked to an earlier copy as near-duplicates. */
  nearDuplicates: number;
  /** Not stored: the same text or canonical URL was already there. */
  duplicates: number;
  /** Articles added to the stories by this run (a re-run also clusters what a killed run stored but had not clustered). */
  clustered: number;
  failed: IngestFailure[];
  workers: number;
  /** Seconds the main thread waited for the story thread to finish the batch before (0 without one). */
  storyWaitSeconds: number;
  seconds: number;
}

type Slot = Promise<TaskResult | SourceFailure>;

export async function ingest(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const workers = opts.workers ?? defaultWorkers();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = opts.now ?? (() => new Date().toISOString());
  const pool = createPool(workers);
  const storyThread = opts.clusterThread === true && opts.store.backend === 'sqlite' ? new ClusterThread(opts.store, opts.store.location) : null;
  const summary: IngestSummary = { read: 0, stored: 0, nearDuplicates: 0, duplicates: 0, clustered: 0, failed: [], workers: pool.size, storyWaitSeconds: 0, seconds: 0 };
  const progress = () =>
    opts.onProgress?.({ done: summary.stored + summary.duplicates + summary.failed.length + batch.length, stored: summary.stored, duplicates: summary.duplicates, failed: summary.failed.length });

  let batch: PreparedArticle[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const written = batch;
    batch = [];
    const outcomes = await opts.store.writeArticles(written, now());
    // Then the stories: every article stored and not yet clustered, in ingest order (an earlier
    // run killed between the two transactions left some; another writer may have added more).
    // The units the workers cut: the Analysis JSON is not parsed again here.
    const units = new Map<string, StoryUnit[]>();
    for (let i = 0; i < written.length; i++) if (outcomes[i].status !== 'duplicate' && written[i].units) units.set(written[i].article.id, written[i].units!);
    if (storyThread) {
      const t = performance.now();
      summary.clustered += await storyThread.submit(units);
      summary.storyWaitSeconds += (performance.now() - t) / 1000;
    }
    else {
      const c = await opts.store.clusterStories({ units });
      summary.clustered += c.articles - c.skipped;
    }
    // Counts only, so memory stays flat however many articles pass; each article's link is in the store.
    for (const o of outcomes) {
      if (o.status === 'duplicate') summary.duplicates++;
      else {
        summary.stored++;
        if (o.status === 'near-duplicate') summary.nearDuplicates++;
      }
    }
    progress();
  };

  // Results are taken in input order; up to `window` inputs are in the workers at once. It
  // spans two batches, so the workers keep analysing while a batch is being written.
  const window = Math.max(2 * batchSize, pool.size * 64, 16);
  const queue: Slot[] = [];
  const takeOne = async () => {
    const r = await queue.shift()!;
    if ('kind' in r) summary.failed.push({ origin: r.origin, reason: r.reason });
    else if (r.ok) batch.push(r.prepared);
    else summary.failed.push({ origin: r.origin, reason: r.reason });
    if (batch.length >= batchSize) await flush();
    else progress();
  };

  try {
    for await (const item of readSources(paths, opts)) {
      summary.read++;
      queue.push(item.kind === 'failure' ? Promise.resolve(item) : pool.run(item));
      while (queue.length >= window) await takeOne();
    }
    while (queue.length > 0) await takeOne();
    await flush();
    if (storyThread) summary.clustered += await storyThread.finish();
    const rest = await opts.store.clusterStories();
    summary.clustered += rest.articles - rest.skipped;
  } finally {
    await Promise.allSettled(queue);
    await pool.close();
    await storyThread?.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/**
 * One worker per core, less one for the main thread, which reads inputs and writes batches
 * (at least one worker). On a 2-core machine one worker beat two: 616 against 203 articles/s
 * on 5,000 GTD/ACLED texts while other work shared the machine (docs/benchmarks.md).
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}
