import { Worker } from 'node:worker_threads';
import { runTask, type TaskResult } from './analyze-task.ts';
import type { RawArticle } from './sources.ts';

// Analysis spread over worker threads. Tasks go to the least busy worker; results come back in
// any order and the caller puts them back in input order. With zero workers the work runs in
// the calling thread (same results, one core).

export interface AnalysisPool {
  readonly size: number;
  run(item: RawArticle): Promise<TaskResult>;
  close(): Promise<void>;
}

export function createPool(workers: number): AnalysisPool {
  if (workers <= 0) {
    return {
      size: 0,
      run: async (item) => runTask(item),
      close: async () => {},
    };
  }
  return new WorkerPool(workers);
}

/**
 * The analysis worker's young generation, larger than V8's default: analysis allocates many
 * short-lived objects, and fewer scavenges cost less. 5,000 articles into SQLite, four runs
 * each way on an idle box: 16.9 -> 15.9 CPU s (192 MB was no better; docs/benchmarks.md).
 */
const YOUNG_GENERATION_MB = 128;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (r: TaskResult) => void; reject: (e: Error) => void }>;
}

class WorkerPool implements AnalysisPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    this.size = size;
    const entry = new URL('./analyze-worker-entry.mjs', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const pending: Slot['pending'] = new Map();
      let markReady!: () => void;
      const ready = new Promise<void>((r) => (markReady = r));
      worker.on('message', (msg: { ready?: true; id: number; result: TaskResult }) => {
        if (msg.ready) return markReady();
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        p?.resolve(msg.result);
      });
      const fail = (e: Error) => {
        for (const p of pending.values()) p.reject(e);
        pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`analysis worker stopped (exit code ${code})`));
      });
      this.slots.push({ worker, ready, pending });
    }
  }

  async run(item: RawArticle): Promise<TaskResult> {
    let slot = this.slots[0];
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    const result = new Promise<TaskResult>((resolve, reject) => slot.pending.set(id, { resolve, reject }));
    await slot.ready;
    slot.worker.postMessage({ id, item });
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
