import { Worker } from 'node:worker_threads';
import type { StoryUnit } from '../corroborate/types.ts';
import { CorroborateError } from '../model/errors.ts';

// Story clustering of a SQLite ingest in a thread of its own. On the main thread it came after
// each batch's write and, on a dense stream, took most of the main thread's time while the
// analysis worker waited (docs/benchmarks.md, session 7). Here the main thread commits a batch,
// hands its units over and goes on to the next batch; the thread clusters on its own connection
// (scoring in a read transaction, writing under the write lock: KyselyStore.clusterSqlite), in
// ingest order, exactly as the main thread would have. At most one batch waits for the thread,
// so the stories never fall more than two batches behind the articles. A run killed meanwhile
// leaves stored articles unclustered, which the next run clusters first (as before).

export class ClusterThread {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private readonly pending = new Map<number, { resolve: (n: number) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private inFlight: Promise<number> | null = null;
  private failure: Error | null = null;
  private closed: Promise<void> | null = null;
  /** Articles clustered by the thread so far (answers received). */
  clustered = 0;

  constructor(db: string) {
    this.worker = new Worker(new URL('./cluster-worker-entry.mjs', import.meta.url), { workerData: { db } });
    let markReady!: () => void;
    let markClosed!: () => void;
    this.ready = new Promise<void>((r) => (markReady = r));
    const whenClosed = new Promise<void>((r) => (markClosed = r));
    this.closed = null;
    this.worker.on('message', (msg: { ready?: true; closed?: true; id: number; clustered?: number; error?: { name: string; message: string; code?: string } }) => {
      if (msg.ready) return markReady();
      if (msg.closed) return markClosed();
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(msg.error.code ? new CorroborateError(msg.error.code as never, msg.error.message) : new Error(`story clustering: ${msg.error.message}`));
      else p.resolve(msg.clustered ?? 0);
    });
    const fail = (e: Error) => {
      this.failure ??= e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      markReady();
      markClosed();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`story clustering thread stopped (exit code ${code})`)));
    this.whenClosed = whenClosed;
  }

  private readonly whenClosed: Promise<void>;

  /**
   * Hands a committed batch's units to the thread. Waits for the batch before it (at most one
   * batch is clustered while the next is written), whose clustered count it adds up.
   */
  async submit(units: ReadonlyMap<string, StoryUnit[]>): Promise<void> {
    await this.wait();
    await this.ready;
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    this.inFlight = new Promise<number>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    // Marked handled here; wait() rethrows it.
    this.inFlight.catch(() => {});
    this.worker.postMessage({ id, units: [...units] });
  }

  /** Waits for the batch being clustered, if any. */
  async wait(): Promise<void> {
    const f = this.inFlight;
    if (!f) return;
    this.inFlight = null;
    this.clustered += await f;
  }

  /** Waits for the last batch, then closes the thread's store and ends the thread. */
  async close(): Promise<void> {
    if (this.closed) return this.closed;
    this.closed = (async () => {
      try {
        await this.wait().catch(() => {});
        if (!this.failure) {
          this.worker.postMessage({ close: true });
          await this.whenClosed;
        }
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closed;
  }
}
