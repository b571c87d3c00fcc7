import { parentPort } from 'node:worker_threads';
import { runTasks } from './analyze-task.ts';
import type { RawArticle } from './sources.ts';

// A worker thread of the ingest pool: analyses articles and sends back their rows. Articles
// that arrive together (the pool sends up to a window of them ahead) are analysed together,
// up to GROUP at a time, through runTasks; each result goes back under its own id.

if (!parentPort) throw new Error('analyze-worker.ts must run in a worker thread');
const port = parentPort;

/** Articles analysed together at most: enough to keep each stage's tables warm, small enough to reply steadily. */
const GROUP = 64;
const waiting: Array<{ id: number; item: RawArticle }> = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  const group = waiting.splice(0, GROUP);
  const results = runTasks(group.map((m) => m.item));
  group.forEach((m, i) => port.postMessage({ id: m.id, result: results[i] }));
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // After the messages already delivered: they join this group.
  setImmediate(drain);
}

port.on('message', (msg: { id: number; item: RawArticle }) => {
  waiting.push(msg);
  schedule();
});
port.postMessage({ ready: true });
