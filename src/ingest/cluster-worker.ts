import { parentPort, workerData } from 'node:worker_threads';
import type { StoryUnit } from '../corroborate/types.ts';
import { openStore } from '../store/open.ts';

// The story thread of a SQLite ingest (cluster-thread.ts): its own connection to the store file,
// clustering what the main thread has committed while the main thread writes the next batch.
// Messages: { id, units: [articleId, units][] } clusters every pending article (the units spare
// parsing analyses back) and answers { id, clustered } or { id, error }; { close: true } closes
// the store and answers { closed: true }.

if (!parentPort) throw new Error('cluster-worker.ts must run in a worker thread');
const port = parentPort;
const store = await openStore({ db: (workerData as { db: string }).db });

port.on('message', async (msg: { id: number; units: Array<[string, StoryUnit[]]> } | { close: true }) => {
  if ('close' in msg) {
    await store.close();
    port.postMessage({ closed: true });
    return;
  }
  try {
    const c = await store.clusterStories({ units: new Map(msg.units) });
    port.postMessage({ id: msg.id, clustered: c.articles - c.skipped });
  } catch (e) {
    const err = e as Error;
    port.postMessage({ id: msg.id, error: { name: err.name, message: err.message, code: (err as { code?: string }).code } });
  }
});
port.postMessage({ ready: true });
