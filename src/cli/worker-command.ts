import { DEFAULT_LEASE_SECONDS, runWorker } from '../ingest/worker.ts';
import { CorroborateError } from '../model/errors.ts';
import { openStore, sqliteFileOf } from '../store/open.ts';

// `corroborate worker`: take ingest jobs from the PostgreSQL queue until stopped (SIGINT or
// SIGTERM finish the current batch), or, with --drain, until the queue is empty.

export interface WorkerCommandOptions {
  db?: string;
  batch: number;
  workers?: number;
  lease: number;
  drain?: boolean;
  name?: string;
  format: 'text' | 'json';
}

export async function workerCommand(opts: WorkerCommandOptions): Promise<number> {
  if (opts.batch < 1) throw new CorroborateError('E_BAD_OPTION', '--batch must be at least 1');
  if (opts.lease < 1) throw new CorroborateError('E_BAD_OPTION', '--lease must be at least 1 second');
  const where = { db: opts.db, databaseUrl: process.env.DATABASE_URL };
  const sqliteFile = sqliteFileOf(where);
  // Refused before opening: opening a SQLite store creates the file.
  if (sqliteFile !== null) throw new CorroborateError('E_BAD_OPTION', `corroborate worker needs PostgreSQL (--db postgres://... or DATABASE_URL); ${sqliteFile} is a SQLite file: use corroborate ingest`);
  const store = await openStore(where);
  let stopNow: () => void = () => {};
  const stop = new Promise<void>((resolve) => (stopNow = resolve));
  const onSignal = () => stopNow();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const s = await runWorker({ store, batchSize: opts.batch, workers: opts.workers, leaseSeconds: opts.lease, drain: opts.drain, name: opts.name, stop });
    const out =
      opts.format === 'json'
        ? JSON.stringify({ ...s, seconds: Math.round(s.seconds * 100) / 100 }, null, 2) + '\n'
        : `worker ${s.worker}: ${s.jobs} jobs (${s.stored} stored, ${s.nearDuplicates} near-duplicates, ${s.duplicates} duplicates, ${s.failed.length} failed, ${s.retried} taken over from stopped workers) in ${s.seconds.toFixed(1)} s\n` +
          s.failed.map((f) => `corroborate: ${f.origin}: ${f.reason}\n`).join('');
    process.stdout.write(out);
    return s.failed.length > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

export { DEFAULT_LEASE_SECONDS };
