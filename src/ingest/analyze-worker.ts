import { parentPort } from 'node:worker_threads';
import { runTask } from './analyze-task.ts';
import type { RawArticle } from './sources.ts';

// A worker thread of the ingest pool: analyses articles and sends back their rows.

if (!parentPort) throw new Error('analyze-worker.ts must run in a worker thread');
const port = parentPort;
port.on('message', (msg: { id: number; item: RawArticle }) => {
  port.postMessage({ id: msg.id, result: runTask(msg.item) });
});
port.postMessage({ ready: true });
