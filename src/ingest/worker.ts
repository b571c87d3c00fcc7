import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StoryUnit } from '../corroborate/types.ts';
import type { JobPayload } from '../store/queue.ts';
import type { PreparedArticle } from '../store/rows.ts';
import type { Store } from '../store/store.ts';
import { defaultWorkers } from './ingest.ts';
import { createPool } from './pool.ts';
import { readSources, type RawArticle, type SourceOptions } from './sources.ts';

// Scale-out on PostgreSQL. `enqueueSources` reads the inputs as `ingest` does and queues one job
// per article (bad inputs are reported at once, not queued). `runWorker` claims jobs in batches
// (FOR UPDATE SKIP LOCKED), analyses them in worker threads, stores the articles and marks their
// jobs done in one transaction, then clusters what is new. Any number of workers, on any number
// of machines, share one queue; a worker that dies leaves its jobs locked until the lease runs
// out, and the next claim takes them again (storing is idempotent, so nothing is doubled).

export interface EnqueueSummary {
  read: number;
  queued: number;
  /** Already in the queue (the same article enqueued before). */
  alreadyQueued: number;
  failed: Array<{ origin: string; reason: string }>;
}

export async function enqueueSources(paths: readonly string[], store: Store, opts: SourceOptions & { now?: () => string } = {}): Promise<EnqueueSummary> {
  const now = opts.now ?? (() => new Date().toISOString());
  const summary: EnqueueSummary = { read: 0, queued: 0, alreadyQueued: 0, failed: [] };
  let pending: JobPayload[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const added = await store.enqueueJobs(pending, now());
    summary.queued += added;
    summary.alreadyQueued += pending.length - added;
    pending = [];
  };
  for await (const item of readSources(paths, opts)) {
    summary.read++;
    if (item.kind === 'failure') summary.failed.push({ origin: item.origin, reason: item.reason });
    else pending.push({ origin: item.origin, raw: item.raw, meta: { ...item.meta } });
    if (pending.length >= 500) await flush();
  }
  await flush();
  return summary;
}

export interface WorkerOptions {
  store: Store;
  /** Names the worker in locked_by (default host:pid). */
  name?: string;
  /** Jobs claimed at a time: one store transaction. */
  batchSize?: number;
  /** Analysis threads (default: one per core but one). */
  workers?: number;
  /** Seconds after which a job locked by a silent worker is claimed again. */
  leaseSeconds?: number;
  /** Exit when the queue has nothing to claim, instead of waiting for more. */
  drain?: boolean;
  /** Seconds between polls of an empty queue. */
  pollSeconds?: number;
  /** Stop after the current batch when this resolves (SIGTERM). */
  stop?: Promise<void>;
  onBatch?: (s: WorkerSummary) => void;
}

export interface WorkerSummary {
  worker: string;
  /** Jobs this worker claimed and finished (stored, duplicate or failed). */
  jobs: number;
  stored: number;
  nearDuplicates: number;
  duplicates: number;
  failed: Array<{ origin: string; reason: string }>;
  /** Jobs it claimed again after another worker's lease expired. */
  retried: number;
  seconds: number;
}

export const DEFAULT_LEASE_SECONDS = 300;

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const batchSize = opts.batchSize ?? 100;
  const lease = opts.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const pool = createPool(opts.workers ?? defaultWorkers());
  const summary: WorkerSummary = { worker: name, jobs: 0, stored: 0, nearDuplicates: 0, duplicates: 0, failed: [], retried: 0, seconds: 0 };
  let stopping = false;
  void opts.stop?.then(() => (stopping = true));
  try {
    await opts.store.clusterStories();
    while (!stopping) {
      const jobs = await opts.store.claimJobs(name, batchSize, lease);
      if (jobs.length === 0) {
        if (opts.drain) break;
        await Promise.race([sleep((opts.pollSeconds ?? 2) * 1000), opts.stop ?? new Promise(() => {})]);
        continue;
      }
      summary.retried += jobs.filter((j) => j.attempts > 1).length;
      const results = await Promise.all(jobs.map((j) => pool.run({ kind: 'article', origin: j.payload.origin, raw: j.payload.raw, meta: j.payload.meta } as RawArticle)));
      const prepared: PreparedArticle[] = [];
      const done: string[] = [];
      const failed: Array<{ id: string; reason: string }> = [];
      results.forEach((r, i) => {
        if (r.ok) {
          prepared.push(r.prepared);
          done.push(jobs[i].id);
        } else {
          failed.push({ id: jobs[i].id, reason: r.reason });
          summary.failed.push({ origin: r.origin, reason: r.reason });
        }
      });
      const outcomes = await opts.store.writeArticles(prepared, new Date().toISOString(), { doneJobs: done });
      await opts.store.failJobs(failed);
      const units = new Map<string, StoryUnit[]>();
      outcomes.forEach((o, i) => {
        if (o.status === 'duplicate') summary.duplicates++;
        else {
          summary.stored++;
          if (o.status === 'near-duplicate') summary.nearDuplicates++;
          if (prepared[i].units) units.set(prepared[i].article.id, prepared[i].units!);
        }
      });
      await opts.store.clusterStories({ units });
      summary.jobs += jobs.length;
      opts.onBatch?.({ ...summary, seconds: (performance.now() - t0) / 1000 });
    }
  } finally {
    await pool.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
