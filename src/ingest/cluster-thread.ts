import { Worker } from 'node:worker_threads';
import type { StoryUnit } from '../corroborate/types.ts';
import { CorroborateError } from '../model/errors.ts';
import type { ClusterPlan } from '../store/stories.ts';
import type { Store } from '../store/store.ts';

// Story clustering of a SQLite ingest, its scoring in a thread of its own. On the main thread
// it came after each batch's write and, on a dense stream, took most of the main thread's time
// while the analysis worker waited (docs/benchmarks.md, session 7). Here the main thread commits
// a batch and hands its units to the thread, which scores them on its own read-only use of the
// store (a read transaction never blocks the writer) while the main thread goes on with the next
// batch; the main thread then writes the rows the thread sends back (Store.writeStoryPlan), so
// one connection writes, and the rows are those clustering on the main thread writes
// (test/ingest-cluster-thread.test.ts). One batch is scored at a time, and its rows are
// written before the next is asked for, so the thread always reads the stories as stored. A run
// killed meanwhile leaves stored articles unclustered, which the next run clusters first.

export class ClusterThread {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private readonly whenClosed: Promise<void>;
  private readonly pending = new Map<number, { resolve: (p: ClusterPlan) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private inFlight: Promise<ClusterPlan> | null = null;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  /** Another writer clustered meanwhile: the main thread clusters from then on. */
  private fallback = false;
  /** Articles clustered through the thread so far (plans written). */
  clustered = 0;

  constructor(private readonly store: Store, db: string) {
    this.worker = new Worker(new URL('./cluster-worker-entry.mjs', import.meta.url), { workerData: { db } });
    let markReady!: () => void;
    let markClosed!: () => void;
    this.ready = new Promise<void>((r) => (markReady = r));
    this.whenClosed = new Promise<void>((r) => (markClosed = r));
    this.worker.on('message', (msg: { ready?: true; closed?: true; id: number; plan?: ClusterPlan; error?: { message: string; code?: string } }) => {
      if (msg.ready) return markReady();
      if (msg.closed) return markClosed();
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(msg.error.code?.startsWith('E_') ? new CorroborateError(msg.error.code as never, msg.error.message) : new Error(`story clustering: ${msg.error.message}`));
      else p.resolve(msg.plan!);
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
  }

  /**
   * Hands a committed batch's units to the thread, after writing the rows of the batch before
   * (waiting for them if the thread is not done). Returns the articles that write clustered.
   */
  async submit(units: ReadonlyMap<string, StoryUnit[]>): Promise<number> {
    const written = await this.finish();
    if (this.fallback) {
      const c = await this.store.clusterStories({ units });
      this.clustered += c.articles - c.skipped;
      return written + c.articles - c.skipped;
    }
    await this.ready;
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    this.inFlight = new Promise<ClusterPlan>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.inFlight.catch(() => {}); // handled when awaited in finish()
    this.worker.postMessage({ id, units: [...units] });
    return written;
  }

  /** Waits for the batch being scored, if any, and writes its rows. Returns the articles clustered. */
  async finish(): Promise<number> {
    const f = this.inFlight;
    if (!f) return 0;
    this.inFlight = null;
    const plan = await f;
    if (!(await this.store.writeStoryPlan(plan))) {
      // Another process clustered in between: its rows stand, and this process's main thread
      // takes over (its clusterer reads the stories from the tables).
      this.fallback = true;
      this.worker.postMessage({ reset: true });
      return 0;
    }
    const n = plan.outcome.articles - plan.outcome.skipped;
    this.clustered += n;
    return n;
  }

  /** Closes the thread's store and ends the thread (call finish() first to keep the last rows). */
  async close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        // A batch still being scored (an ingest that failed meanwhile) is let finish, unwritten.
        await this.inFlight?.catch(() => {});
        if (!this.failure) {
          this.worker.postMessage({ close: true });
          await this.whenClosed;
        }
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }
}
