import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { runCli } from './cli-process.ts';

// A real SQLite file filled by `corroborate ingest` as a process (one JSONL line per article),
// opened as a store and served on a loopback port: the set-up of the tests that read session
// 21's outputs (rival and revised tolls) back through the CLI, the store and the API.

export interface IngestedStore {
  dir: string;
  db: string;
  store: Store;
  server: RunningServer;
  close(): Promise<void>;
}

export async function ingestedStore(name: string, articles: readonly object[]): Promise<IngestedStore> {
  const dir = mkdtempSync(join(tmpdir(), `corroborate-${name}-`));
  const db = join(dir, `${name}.db`);
  const file = join(dir, 'a.jsonl');
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const r = await runCli(['ingest', file, '--db', db, '--workers', '0']);
  assert.equal(r.status, 0, r.stderr);
  const store = await openStore({ db });
  const server = await startServer({ port: 0, uiDir: null, store });
  return {
    dir,
    db,
    store,
    server,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
