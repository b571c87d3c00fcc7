import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { interventionOf } from '../model/intervention.ts';
import { bandDay } from './near-dup.ts';
import { watchesSchema } from './watches-schema.ts';

// Versioned migrations, in code, run by Kysely's Migrator when a store opens. Each one is
// written once for both backends; only the full-text index differs (FTS5 on SQLite, a generated
// tsvector column with a GIN index on PostgreSQL). Never edit a migration that has shipped: add
// the next one.

export type Backend = 'sqlite' | 'postgres';

export function migrationProvider(backend: Backend): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return {
        '0001-articles-claims-events': initialSchema(backend),
        '0002-stories': storiesSchema(),
        '0003-event-query-indexes': eventQueryIndexes(),
        '0004-watches': watchesSchema(),
        '0005-event-keyset': eventKeyset(),
        '0006-article-bands-by-day': articleBandsByDay(backend),
        '0007-event-intervention': eventIntervention(),
        '0008-event-intervention-backfill': eventInterventionBackfill(),
      };
    },
  };
}

function initialSchema(backend: Backend): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('canonical_url', 'text', (c) => c.unique())
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('source', 'text')
        .addColumn('byline', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('minhash', 'text', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('near_dup_of', 'text')
        .addColumn('near_dup_similarity', 'double precision')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('articles_seq').on('articles').column('seq').execute();
      await db.schema.createIndex('articles_published').on('articles').column('published').execute();
      await db.schema.createIndex('articles_near_dup_of').on('articles').column('near_dup_of').execute();

      await db.schema
        .createTable('claims')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('claim_id', 'text', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('attribution_kind', 'text', (c) => c.notNull())
        .addColumn('attribution_source', 'text')
        .addColumn('certainty', 'text', (c) => c.notNull())
        .addColumn('events', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('claims_pk', ['article_id', 'idx'])
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('start_offset', 'integer', (c) => c.notNull())
        .addColumn('end_offset', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('claim_id', 'text')
        .addColumn('attribution_kind', 'text')
        .addColumn('certainty', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('event_date', 'text')
        .addColumn('event_date_end', 'text')
        .addColumn('place_id', 'text')
        .addColumn('place_name', 'text')
        .addColumn('country', 'text')
        .addColumn('admin1', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('geo_precision', 'integer')
        .addColumn('killed', 'integer')
        .addColumn('wounded', 'integer')
        .addColumn('kidnapped', 'integer')
        .addColumn('arrested', 'integer')
        .addColumn('released', 'integer')
        .addColumn('counts', 'text', (c) => c.notNull())
        .addColumn('agent', 'text')
        .addColumn('target', 'text')
        .addPrimaryKeyConstraint('events_pk', ['article_id', 'idx'])
        .execute();
      await db.schema.createIndex('events_type_date').on('events').columns(['type', 'event_date']).execute();
      await db.schema.createIndex('events_date').on('events').column('event_date').execute();
      await db.schema.createIndex('events_country_date').on('events').columns(['country', 'event_date']).execute();
      await db.schema.createIndex('events_lat_lon').on('events').columns(['lat', 'lon']).execute();

      await db.schema
        .createTable('event_actors')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('event_idx', 'integer', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('inferred', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_actors_pk', ['article_id', 'event_idx', 'ord'])
        .addForeignKeyConstraint('event_actors_event', ['article_id', 'event_idx'], 'events', ['article_id', 'idx'], (c) =>
          c.onDelete('cascade'),
        )
        .execute();
      await db.schema.createIndex('event_actors_actor').on('event_actors').columns(['actor_id', 'role']).execute();

      await db.schema
        .createTable('actors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .execute();

      await db.schema
        .createTable('article_bands')
        .addColumn('bucket', 'bigint', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_bands_pk', ['bucket', 'article_id'])
        // On SQLite the primary key is the table (no separate rowid tree): half the writes for
        // the 32 rows every article adds.
        .$call((t) => (backend === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();

      await db.schema
        .createTable('ingest_jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
        .addColumn('locked_by', 'text')
        .addColumn('locked_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ingest_jobs_status').on('ingest_jobs').columns(['status', 'id']).execute();

      if (backend === 'sqlite') {
        // External-content FTS5 over claims.text, kept in step by triggers; porter stemming so
        // "bomber" finds "bombers", as PostgreSQL's english configuration does.
        await sql`CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='rowid', tokenize='porter unicode61')`.execute(db);
        await sql`CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
          INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text); END`.execute(db);
        await sql`CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END`.execute(db);
        await sql`CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
          INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text); END`.execute(db);
      } else {
        await sql`ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED`.execute(db);
        await sql`CREATE INDEX claims_tsv ON claims USING gin (tsv)`.execute(db);
      }
    },
  };
}

/**
 * Stories (src/store/stories.ts): one row per story, one per clustered unit (an event of a report,
 * or a report without events) with the join and its reasons, the word counts the match uses, and
 * how far clustering has got (`story_progress`, one row).
 */
function storiesSchema(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('stories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('first_day', 'integer', (c) => c.notNull())
        .addColumn('last_day', 'integer', (c) => c.notNull())
        .addColumn('first_published', 'text', (c) => c.notNull())
        .addColumn('latest_published', 'text', (c) => c.notNull())
        .addColumn('first_article', 'text', (c) => c.notNull())
        .addColumn('latest_article', 'text', (c) => c.notNull())
        .addColumn('reports', 'integer', (c) => c.notNull())
        .addColumn('independent_sources', 'integer', (c) => c.notNull())
        .addColumn('publishers', 'text', (c) => c.notNull())
        .addColumn('types', 'text', (c) => c.notNull())
        .addColumn('places', 'text', (c) => c.notNull())
        .addColumn('countries', 'text', (c) => c.notNull())
        .addColumn('contradictions', 'text', (c) => c.notNull())
        .addColumn('contradiction_count', 'integer', (c) => c.notNull())
        .addColumn('opened_seq', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('stories_first_day').on('stories').column('first_day').execute();
      await db.schema.createIndex('stories_sources').on('stories').columns(['independent_sources', 'first_day']).execute();

      await db.schema
        .createTable('story_units')
        .addColumn('unit_key', 'text', (c) => c.primaryKey())
        .addColumn('unit_seq', 'integer', (c) => c.notNull().unique())
        .addColumn('arrival', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('event_id', 'text')
        .addColumn('story_id', 'text', (c) => c.notNull())
        .addColumn('how', 'text', (c) => c.notNull())
        .addColumn('score', 'double precision')
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('nearest', 'text')
        .addColumn('near_dup_of', 'text')
        .addColumn('unit', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('story_units_story').on('story_units').columns(['story_id', 'unit_seq']).execute();
      await db.schema.createIndex('story_units_article').on('story_units').columns(['article_id', 'event_id']).execute();

      await db.schema
        .createTable('story_words')
        .addColumn('word', 'text', (c) => c.primaryKey())
        .addColumn('df', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('story_progress')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('arrivals', 'integer', (c) => c.notNull())
        .addColumn('units', 'integer', (c) => c.notNull())
        .addColumn('word_reports', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('story_progress').values({ id: 1, last_seq: 0, arrivals: 0, units: 0, word_reports: 0 }).execute();
    },
  };
}

/**
 * Indexes for the `events` filters as measured on 1,000,000 events (bench/query.ts): --since
 * compares the event's end day, so the day indexes are on event_date_end too; actor and story
 * filters are driven from their own tables (event_actors by actor, story_units by story).
 */
function eventQueryIndexes(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.createIndex('events_end').on('events').column('event_date_end').execute();
      await db.schema.createIndex('events_type_end').on('events').columns(['type', 'event_date_end']).execute();
      await db.schema.createIndex('events_country_end').on('events').columns(['country', 'event_date_end']).execute();
      await db.schema.createIndex('event_actors_actor_event').on('event_actors').columns(['actor_id', 'article_id', 'event_idx']).execute();
    },
  };
}

/**
 * Keyset paging and index-only page queries for `events` (bench/query.ts, 1,000,000 events):
 * events carry their article's seq, and the day indexes become (…, event_date, seq, idx,
 * event_date_end, article_id, lat, lon), and the place index (lat, lon, …) the same, so the keys of
 * a page in list order come from one index without a sort or a table row per candidate; the
 * page's rows are read after. `--since` compares the
 * end day, so the list's start is bounded by event_query_stats.max_span_days before it. The
 * indexes they extend are dropped. Numbered 0005: 0004 is the watches migration of another branch.
 */
function eventKeyset(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('events').addColumn('seq', 'integer').execute();
      await sql`UPDATE events SET seq = (SELECT a.seq FROM articles a WHERE a.id = events.article_id)`.execute(db);
      for (const name of ['events_date', 'events_type_date', 'events_country_date', 'events_lat_lon']) await db.schema.dropIndex(name).ifExists().execute();
      // Everything the page query reads or tests of an event, so that it never reads the table.
      const keys = ['event_date', 'seq', 'idx', 'event_date_end', 'article_id'];
      await db.schema.createIndex('events_keyset').on('events').columns([...keys, 'lat', 'lon']).execute();
      await db.schema.createIndex('events_type_keyset').on('events').columns(['type', ...keys, 'lat', 'lon']).execute();
      await db.schema.createIndex('events_country_keyset').on('events').columns(['country', ...keys, 'lat', 'lon']).execute();
      await db.schema.createIndex('events_lat_lon_keyset').on('events').columns(['lat', 'lon', ...keys]).execute();
      await db.schema
        .createTable('event_query_stats')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('max_span_days', 'integer', (c) => c.notNull())
        .execute();
      const spans = await db.selectFrom('events').select(['event_date', 'event_date_end']).where('event_date_end', '>', sql.ref('event_date') as never).execute();
      let max = 0;
      for (const r of spans) max = Math.max(max, spanDays(r.event_date, r.event_date_end));
      await db.insertInto('event_query_stats').values({ id: 1, max_span_days: max }).execute();
    },
  };
}

/**
 * The LSH band rows keyed by the article's publication day first: (day, bucket, article_id)
 * instead of (bucket, article_id). Buckets are random numbers, so with the bucket first every
 * batch's 32 rows per article landed on pages all over an index that outgrows the page cache
 * (about 100 MB at 100,000 articles): nearly every page was read back and written to the WAL in
 * every transaction. By day, a batch writes the pages of its own days, and a lookup reads the
 * rows of the ±30-day window only, with no join to `articles` for the publication day. Undated
 * articles are filed under UNDATED_BAND_DAY (near-dup.ts). Existing rows are copied with the day
 * of their article, computed as the writer does.
 */
function articleBandsByDay(backend: Backend): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('article_bands_by_day')
        .addColumn('day', 'integer', (c) => c.notNull())
        .addColumn('bucket', 'bigint', (c) => c.notNull())
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('article_bands_day_pk', ['day', 'bucket', 'article_id'])
        .$call((t) => (backend === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
        .execute();
      // Article by article (in id order, 2,000 at a time), each day's articles in one INSERT ... SELECT.
      let after = '';
      for (;;) {
        const articles = await db.selectFrom('articles').select(['id', 'published']).where('id', '>', after).orderBy('id').limit(2000).execute();
        if (articles.length === 0) break;
        after = articles[articles.length - 1].id;
        const byDay = new Map<number, string[]>();
        for (const a of articles) {
          const day = bandDay(a.published);
          const ids = byDay.get(day);
          if (ids) ids.push(a.id);
          else byDay.set(day, [a.id]);
        }
        for (const [day, ids] of byDay) {
          for (let i = 0; i < ids.length; i += 500) {
            await db
              .insertInto('article_bands_by_day')
              .columns(['day', 'bucket', 'article_id'])
              .expression(db.selectFrom('article_bands').select([sql.lit(day).as('day'), 'bucket', 'article_id']).where('article_id', 'in', ids.slice(i, i + 500)))
              .execute();
          }
        }
      }
      await db.schema.dropTable('article_bands').execute();
      await db.schema.alterTable('article_bands_by_day').renameTo('article_bands').execute();
    },
  };
}

/**
 * A protest broken up by force (ACLED's "Protest with intervention"): the analysis marks it with
 * the provenance rule `protest:intervention:<cue>` (src/extract/dispersal.ts), and `events`
 * now keeps the cue words in `intervention` (null for every other event), so the list, its
 * exports and GET /v1/events can tell it and filter on it. Rows stored before this migration
 * stay null: their analysis is kept (`articles.analysis`) but not read again here. A partial
 * keyset index over the marked events alone (the columns of events_keyset) gives
 * `--intervention` its page in list order without reading a table row per candidate; it holds
 * only the few marked protests, so writers pay for it on those rows only.
 */
function eventIntervention(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('events').addColumn('intervention', 'text').execute();
      await db.schema
        .createIndex('events_intervention_keyset')
        .on('events')
        .columns(['event_date', 'seq', 'idx', 'event_date_end', 'article_id', 'lat', 'lon'])
        .where(sql.ref('intervention'), 'is not', null)
        .execute();
    },
  };
}

/** Protest events read per step of the backfill below (their articles' analyses are parsed together). */
const BACKFILL_EVENTS = 500;

/**
 * The intervention mark on the protests stored before 0007 (session 23): 0007 added the column
 * but left their rows null, though each article's stored analysis (`articles.analysis`) has the
 * `protest:intervention:<cue>` rule. A data migration, as 0005 and 0006 are, rather than a
 * command: every store is upgraded when it opens, with no step to forget, and the work is
 * bounded by the protests, not the articles. The protest events are walked in primary-key
 * order, BACKFILL_EVENTS at a time (one pass over the events index; only their articles'
 * analyses are read and parsed, a step's worth at a time, so a large store is never loaded at
 * once), and each row still null gets the cue of the event at its `idx` in the analysis through
 * `interventionOf`, the function `prepareRows` writes new rows with, so an upgraded row equals
 * the row a fresh ingest of the same analysis writes. Rows already marked are left as they are,
 * so a run cut short (Kysely runs SQLite's migrations outside a transaction, each UPDATE its own)
 * is finished by the next open, which reads only the rows still null.
 */
function eventInterventionBackfill(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      let after: { article_id: string; idx: number } | null = null;
      for (;;) {
        let q = db.selectFrom('events').select(['article_id', 'idx']).where('type', '=', 'protest').where('intervention', 'is', null);
        if (after) {
          const a = after;
          q = q.where((eb) => eb.or([eb('article_id', '>', a.article_id), eb.and([eb('article_id', '=', a.article_id), eb('idx', '>', a.idx)])]));
        }
        const protests: Array<{ article_id: string; idx: number }> = await q.orderBy('article_id').orderBy('idx').limit(BACKFILL_EVENTS).execute();
        if (protests.length === 0) break;
        after = { article_id: protests[protests.length - 1].article_id, idx: Number(protests[protests.length - 1].idx) };
        const wanted = new Map<string, Set<number>>();
        for (const p of protests) {
          const idxs = wanted.get(p.article_id);
          if (idxs) idxs.add(Number(p.idx));
          else wanted.set(p.article_id, new Set([Number(p.idx)]));
        }
        const stored: Array<{ id: string; analysis: string }> = await db.selectFrom('articles').select(['id', 'analysis']).where('id', 'in', [...wanted.keys()]).execute();
        for (const article of stored) {
          const events = (JSON.parse(article.analysis) as { events?: Array<{ type: string; provenance?: { rules: string[] } }> }).events ?? [];
          for (const idx of wanted.get(article.id)!) {
            const cue = events[idx] ? interventionOf(events[idx]) : null;
            if (cue === null) continue;
            await db.updateTable('events').set({ intervention: cue }).where('article_id', '=', article.id).where('idx', '=', idx).where('type', '=', 'protest').execute();
          }
        }
      }
    },
  };
}

/** Whole days from `a` to `b` (YYYY-MM-DD), 0 when either is missing or not a day. */
export function spanDays(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const d = (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(d) && d > 0 ? Math.ceil(d) : 0;
}
