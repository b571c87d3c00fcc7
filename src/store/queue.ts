import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

// The ingest queue on PostgreSQL: `corroborate ingest --queue` adds one job per article read,
// `corroborate worker` processes take them. A job is claimed with FOR UPDATE SKIP LOCKED (two
// workers never claim the same queued job), marked done in the same transaction that stores its
// article (so a job is done exactly when its article is in the store), and a job whose worker
// died (status running, lease expired) is claimed again. Job ids hash the payload, so the same
// input enqueued twice is one job.

/** A job claimed again after this many attempts is marked failed instead (it keeps killing workers). */
export const MAX_ATTEMPTS = 5;

export interface JobPayload {
  origin: string;
  raw: string;
  meta: Record<string, unknown>;
}

export interface ClaimedJob {
  id: string;
  payload: JobPayload;
  attempts: number;
}

export type QueueCounts = Record<'queued' | 'running' | 'done' | 'failed', number>;

export function jobId(payload: string): string {
  return 'job-' + createHash('sha256').update(payload).digest('hex').slice(0, 24);
}

/** Adds jobs (skipping ones already there); returns how many were new. */
export async function enqueue(db: Kysely<Database>, payloads: readonly JobPayload[], createdAt: string): Promise<number> {
  let added = 0;
  const rows = payloads.map((p) => {
    const payload = JSON.stringify(p);
    return { id: jobId(payload), payload, status: 'queued', attempts: 0, created_at: createdAt };
  });
  for (let i = 0; i < rows.length; i += 500) {
    const r = await db.insertInto('ingest_jobs').values(rows.slice(i, i + 500)).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
    added += r.length;
  }
  return added;
}

/**
 * Claims up to `limit` jobs for `worker`: queued ones, and running ones whose lease (locked_at +
 * leaseSeconds) has passed, oldest first. Jobs past MAX_ATTEMPTS are marked failed, not claimed.
 */
export async function claim(db: Kysely<Database>, worker: string, limit: number, leaseSeconds: number, now: Date = new Date()): Promise<ClaimedJob[]> {
  const nowIso = now.toISOString();
  const expired = new Date(now.getTime() - leaseSeconds * 1000).toISOString();
  await sql`UPDATE ingest_jobs SET status = 'failed', error = ${`abandoned: its worker stopped ${MAX_ATTEMPTS} times while processing it`}, locked_by = NULL
    WHERE status = 'running' AND locked_at < ${expired} AND attempts >= ${MAX_ATTEMPTS}`.execute(db);
  const r = await sql<{ id: string; payload: string; attempts: number }>`
    UPDATE ingest_jobs SET status = 'running', locked_by = ${worker}, locked_at = ${nowIso}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM ingest_jobs
      WHERE status = 'queued' OR (status = 'running' AND locked_at < ${expired})
      ORDER BY created_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, payload, attempts`.execute(db);
  return r.rows
    .map((x) => ({ id: x.id, payload: JSON.parse(x.payload) as JobPayload, attempts: Number(x.attempts) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Marks jobs done; run inside the transaction that stored their articles. */
export async function markDone(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 900) {
    await db.updateTable('ingest_jobs').set({ status: 'done', error: null, locked_by: null }).where('id', 'in', ids.slice(i, i + 900)).execute();
  }
}

export async function markFailed(db: Kysely<Database>, failures: ReadonlyArray<{ id: string; reason: string }>): Promise<void> {
  for (const f of failures) await db.updateTable('ingest_jobs').set({ status: 'failed', error: f.reason, locked_by: null }).where('id', '=', f.id).execute();
}

export async function counts(db: Kysely<Database>): Promise<QueueCounts> {
  const rows = await db.selectFrom('ingest_jobs').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  const out: QueueCounts = { queued: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) out[r.status as keyof QueueCounts] = Number(r.n);
  return out;
}
