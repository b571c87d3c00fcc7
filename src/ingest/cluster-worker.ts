import { parentPort, workerData } from 'node:worker_threads';
import type { StoryUnit } from '../corroborate/types.ts';
import { openStore } from '../store/open.ts';

// The story thread of a SQLite ingest (cluster-thread.ts): its own connection to the store file,
// on which it only reads. It keeps the story clusterer and scores the articles the main thread
// has committed, while the main thread goes on with the next batch; the main thread writes the
// rows it sends back. Messages: { id, units: [articleId, units][] } plans every pending article
// (Store.planStories; the units spare parsing analyses back) and answers { id, plan } or
// { id, error }; { reset: true } forgets the clusterer; { close: true } closes the store and
// answers { closed: true }.

if (!parentPort) throw new Error('cluster-worker.ts must run in a worker thread');
const port = parentPort;
const store = await openStore({ db: (workerData as { db: string }).db });

port.on('message', async (msg: { id: number; units: Array<[string, StoryUnit[]]> } | { reset: true } | { close: true }) => {
  if ('close' in msg) {
    await store.close();
    port.postMessage({ closed: true });
    return;
  }
  if ('reset' in msg) return store.resetStories();
  try {
    port.postMessage({ id: msg.id, plan: await store.planStories({ units: new Map(msg.units) }) });
  } catch (e) {
    const err = e as Error & { code?: string };
    port.postMessage({ id: msg.id, error: { message: err.message, code: err.code } });
  }
});
port.postMessage({ ready: true });
