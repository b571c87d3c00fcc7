import type { Kysely, Migration } from 'kysely';

// The tables of watch rules (src/watch), the alerts they raise and the webhook deliveries of
// those alerts. One migration for both backends: plain text/integer columns, JSON as text.

export interface WatchesTable {
  /** "watch-" + 12 hex. */
  id: string;
  name: string;
  /** The resolved rule, JSON (src/watch/rule.ts WatchRule). */
  rule: string;
  webhook: string | null;
  created_at: string;
}

/**
 * One alert per (watch, story, triggering article), enforced by a unique index, so clustering
 * run twice (a killed ingest run again, two workers) never stores it twice. `seq` numbers the
 * alerts in commit order (they are written inside the serialised clustering transaction): the
 * SSE stream and Last-Event-ID follow it.
 */
export interface AlertsTable {
  seq: number;
  /** "alert-" + 16 hex of sha256(watch, story, article): the Idempotency-Key of its webhook. */
  id: string;
  watch_id: string;
  story_id: string;
  article_id: string;
  created_at: string;
  /** JSON AlertDetail (src/store/watches.ts): what the alert shows, frozen when it was raised. */
  detail: string;
}

/** One webhook delivery per alert of a watch with a webhook. */
export interface DeliveriesTable {
  alert_id: string;
  watch_id: string;
  url: string;
  /** pending | sent | failed */
  status: string;
  attempts: number;
  /** ISO time after which a dispatcher may (re)try it; a dispatcher taking it moves it on by its lease. */
  next_attempt_at: string;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** How far alert matching has got through story_units (one row). */
export interface WatchProgressTable {
  id: number;
  last_unit_seq: number;
  /** The last alert seq handed out: never reused, even when that alert's watch is removed. */
  last_alert_seq: number;
}

export function watchesSchema(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('watches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('webhook', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('alerts')
        .addColumn('seq', 'integer', (c) => c.notNull().unique())
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('watch_id', 'text', (c) => c.notNull())
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('alerts_once').on('alerts').columns(['watch_id', 'story_id', 'article_id']).unique().execute();
      await db.schema.createIndex('alerts_watch_seq').on('alerts').columns(['watch_id', 'seq']).execute();

      await db.schema
        .createTable('deliveries')
        .addColumn('alert_id', 'text', (c) => c.primaryKey())
        .addColumn('watch_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute();

      await db.schema
        .createTable('watch_progress')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_unit_seq', 'integer', (c) => c.notNull())
        .addColumn('last_alert_seq', 'integer', (c) => c.notNull())
        .execute();
      // A store that already has stories starts matching at the next unit: a new watch looks
      // forward, and upgrading never floods alerts for old reports.
      const progress = await db.selectFrom('story_progress').select('units').where('id', '=', 1).executeTakeFirst();
      await db.insertInto('watch_progress').values({ id: 1, last_unit_seq: Number(progress?.units ?? 0), last_alert_seq: 0 }).execute();
    },
  };
}
