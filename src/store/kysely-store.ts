import { type Kysely, sql } from 'kysely';
import { spanDays, type Backend } from './migrations.ts';
import { NEAR_DUP_THRESHOLD, NEAR_DUP_WINDOW_DAYS, UNDATED_BAND_DAY, bandDay, factsConflict, signatureFromHex, similarity, withinNearDupWindow, type ArticleFacts } from './near-dup.ts';
import type { PreparedArticle } from './rows.ts';
import type { Database } from './schema.ts';
import type { ArticleRecord, ClaimHit, EventFilter, Store, StoreDump, StoredEvent, StoryDetail, StoryFilter, StoryLink, StoryProgress, StoryRow, WriteOutcome } from './store.ts';
import { parseSearch, toFts5, toWebsearch } from './fts-query.ts';
import { CLUSTER_BATCH, StoryIndexer, type ClusterOutcome, type ClusterPlan } from './stories.ts';
import { findStories, getArticle, getStory, storyLinks } from './story-query.ts';
import type { Analysis } from '../model/analysis.ts';
import { withClaimSources, type ClaimSpan, type CountSpan } from '../model/count-teller.ts';
import type { StoryUnit } from '../corroborate/types.ts';
import { CorroborateError } from '../model/errors.ts';
import { claim, counts, enqueue, markDone, markFailed, type ClaimedJob, type JobPayload, type QueueCounts } from './queue.ts';
import { haversineKm } from '../gazetteer/geo.ts';
import { KyselyWatchStore, raiseAlerts, type WatchStore } from './watches.ts';
import { rowWriter, type RowWriter } from './row-writer.ts';
import { chunks, push } from './collections.ts';
import type BetterSqlite3 from 'better-sqlite3';

// The one implementation of Store, over Kysely: the same queries run on SQLite and PostgreSQL.
// The backend shows through in two places only: the full-text search expression, and numbers
// PostgreSQL returns as strings (count(*)).

/**
 * Below this many events an actor (or a --near box) is rare: the page query starts from its events
 * and sorts them, rather than walking the list order. On 1,000,000 events the two cost the same
 * near 3,000 (bench/query.ts).
 */
const RARE = 3_000;

/** The latitude and longitude box holding every point within `km` of (lat, lon). */
function boxAround({ lat, lon, km }: { lat: number; lon: number; km: number }): { south: number; north: number; west: number; east: number } {
  const dLat = km / 111.2;
  const dLon = km / (111.2 * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  return { south: lat - dLat, north: lat + dLat, west: lon - dLon, east: lon + dLon };
}

interface KeyPlan {
  fewActorEvents: boolean;
  fewInBox: boolean;
}

export class KyselyStore implements Store {
  readonly backend: Backend;
  readonly location: string;
  private readonly db: Kysely<Database>;
  private readonly onClose: () => Promise<void>;
  private readonly stories: StoryIndexer;
  private readonly rows: RowWriter;
  readonly watches: WatchStore;
  /**
   * The RARE cut of the page query plans (see RARE). Only tests change it: a store of a few dozen
   * events is all "rare", and setting 0 makes every actor and box take the list-order plan.
   */
  rareEvents = RARE;

  /** `sqlite`: the connection under `db` when it is SQLite, for the writer's prepared statements. */
  constructor(db: Kysely<Database>, backend: Backend, location: string, onClose: () => Promise<void> = async () => {}, sqlite: BetterSqlite3.Database | null = null) {
    this.db = db;
    this.rows = rowWriter(sqlite);
    this.stories = new StoryIndexer(this.rows);
    this.backend = backend;
    this.location = location;
    this.onClose = onClose;
    this.watches = new KyselyWatchStore(db);
  }

  async writeArticles(batch: readonly PreparedArticle[], ingestedAt: string, opts: { doneJobs?: readonly string[] } = {}): Promise<WriteOutcome[]> {
    const jobs = opts.doneJobs ?? [];
    if (batch.length === 0 && jobs.length === 0) return [];
    return this.inWriteTransaction(async (trx) => {
      const out = batch.length > 0 ? await this.writeInTransaction(trx, batch, ingestedAt) : [];
      if (jobs.length > 0) await markDone(trx, jobs);
      return out;
    });
  }

  async enqueueJobs(payloads: readonly JobPayload[], createdAt: string): Promise<number> {
    this.needsPostgres('the ingest queue');
    return enqueue(this.db, payloads, createdAt);
  }

  async claimJobs(worker: string, limit: number, leaseSeconds: number, now?: Date): Promise<ClaimedJob[]> {
    this.needsPostgres('corroborate worker');
    return this.db.transaction().execute((trx) => claim(trx, worker, limit, leaseSeconds, now));
  }

  async failJobs(failures: ReadonlyArray<{ id: string; reason: string }>): Promise<void> {
    if (failures.length > 0) await markFailed(this.db, failures);
  }

  queueCounts(): Promise<QueueCounts> {
    return counts(this.db);
  }

  private needsPostgres(what: string): void {
    if (this.backend !== 'postgres') {
      throw new CorroborateError('E_BAD_OPTION', `${what} needs PostgreSQL (--db postgres://... or DATABASE_URL); ${this.location} is a SQLite file, which one ingest process writes`);
    }
  }

  async clusterStories(opts: { analyses?: ReadonlyMap<string, Analysis>; units?: ReadonlyMap<string, StoryUnit[]>; limit?: number } = {}): Promise<StoryProgress> {
    const total: StoryProgress = { articles: 0, skipped: 0, units: 0, rebuilds: 0 };
    const limit = opts.limit ?? CLUSTER_BATCH;
    const inputs = { analyses: opts.analyses, units: opts.units };
    for (;;) {
      const out = this.backend === 'sqlite' ? await this.clusterSqlite(limit, inputs) : await this.clusterInWriteTransaction(limit, inputs);
      if (out.articles === 0) return total;
      total.articles += out.articles;
      total.skipped += out.skipped;
      total.units += out.units;
      if (out.rebuilt) total.rebuilds++;
    }
  }

  /** One clustering step in one write transaction (PostgreSQL: the progress row locked meanwhile). */
  private async clusterInWriteTransaction(limit: number, inputs: { analyses?: ReadonlyMap<string, Analysis>; units?: ReadonlyMap<string, StoryUnit[]> }): Promise<ClusterOutcome> {
    try {
      return await this.inWriteTransaction(async (trx) => {
        const o = await this.stories.clusterPending(trx, this.backend, limit, inputs);
        // Watches are checked against the stories this batch touched, in the same transaction.
        await raiseAlerts(trx, new Date().toISOString());
        return o;
      });
    } catch (e) {
      this.stories.reset();
      throw e;
    }
  }

  async planStories(opts: { units?: ReadonlyMap<string, StoryUnit[]>; limit?: number } = {}): Promise<ClusterPlan> {
    try {
      return await this.planInReadTransaction(opts.limit ?? Number.MAX_SAFE_INTEGER, { units: opts.units });
    } catch (e) {
      this.stories.reset();
      throw e;
    }
  }

  resetStories(): void {
    this.stories.reset();
  }

  async writeStoryPlan(plan: ClusterPlan): Promise<boolean> {
    if (plan.outcome.articles === 0) return true;
    return this.inWriteTransaction(async (trx) => {
      const p = await trx.selectFrom('story_progress').select('last_seq').where('id', '=', 1).executeTakeFirstOrThrow();
      if (Number(p.last_seq) !== plan.expectedLastSeq) return false;
      await this.stories.writePlan(trx, plan);
      // Watches are checked against the stories this step touched, in the same transaction.
      await raiseAlerts(trx, new Date().toISOString());
      return true;
    });
  }

  /** planPending in a read transaction (SQLite; PostgreSQL: the progress row locked meanwhile, as clusterStories does). */
  private async planInReadTransaction(limit: number, inputs: { analyses?: ReadonlyMap<string, Analysis>; units?: ReadonlyMap<string, StoryUnit[]> }): Promise<ClusterPlan> {
    if (this.backend !== 'sqlite') return this.db.transaction().execute((trx) => this.stories.planPending(trx, this.backend, limit, inputs));
    return this.db.connection().execute(async (conn) => {
      await sql`BEGIN`.execute(conn);
      try {
        return await this.stories.planPending(conn, this.backend, limit, inputs);
      } finally {
        await sql`COMMIT`.execute(conn);
      }
    });
  }

  /**
   * One clustering step on SQLite, with the scoring outside the write lock: the pending articles
   * are placed in a read transaction (WAL: it never blocks a writer, so an ingest writing
   * articles on another connection, or in another thread, goes on meanwhile), and the rows are
   * written under BEGIN IMMEDIATE after checking that no other writer clustered in between (then
   * the kept clusterer is dropped and the step starts again). The rows are those one
   * transaction would have written.
   */
  private async clusterSqlite(limit: number, inputs: { analyses?: ReadonlyMap<string, Analysis>; units?: ReadonlyMap<string, StoryUnit[]> }): Promise<ClusterOutcome> {
    for (;;) {
      try {
        const plan = await this.planInReadTransaction(limit, inputs);
        if (plan.outcome.articles === 0) return plan.outcome;
        if (await this.writeStoryPlan(plan)) return plan.outcome;
        // Another writer clustered since the plan was made: start again from the tables.
        this.stories.reset();
      } catch (e) {
        this.stories.reset();
        throw e;
      }
    }
  }

  /**
   * One write transaction. SQLite: BEGIN IMMEDIATE takes the write lock before anything is read,
   * so a second process writing the same file waits (busy_timeout) instead of failing to
   * upgrade. PostgreSQL: concurrent writers of overlapping batches can deadlock on the unique
   * indexes; the loser's transaction is rolled back whole, so running it again is safe.
   */
  private async inWriteTransaction<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    if (this.backend === 'sqlite') {
      return this.db.connection().execute(async (conn) => {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          const out = await fn(conn);
          await sql`COMMIT`.execute(conn);
          return out;
        } catch (e) {
          await sql`ROLLBACK`.execute(conn).catch(() => {});
          throw e;
        }
      });
    }
    // PostgreSQL writers take turns on the progress row: article seq numbers then follow commit
    // order, which clustering (in seq order, after last_seq) relies on. Analysis, the costly
    // part, still runs in parallel in every worker.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          await trx.selectFrom('story_progress').select('id').where('id', '=', 1).forUpdate().execute();
          return fn(trx);
        });
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (attempt >= 5 || (code !== '40P01' && code !== '40001')) throw e;
        this.stories.reset();
      }
    }
  }

  private async writeInTransaction(trx: Kysely<Database>, batch: readonly PreparedArticle[], ingestedAt: string): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = new Array(batch.length);

    // 1. Exact duplicates: same normalised text or same canonical URL, stored or earlier in the batch.
    const hashes = unique(batch.map((p) => p.article.content_hash));
    const urls = unique(batch.map((p) => p.article.canonical_url).filter((u): u is string => u !== null));
    const byHash = new Map<string, string>();
    const byUrl = new Map<string, string>();
    for (const part of chunks(hashes, 900)) {
      const rows = await trx.selectFrom('articles').select(['id', 'content_hash']).where('content_hash', 'in', part).execute();
      for (const r of rows) byHash.set(r.content_hash, r.id);
    }
    for (const part of chunks(urls, 900)) {
      const rows = await trx.selectFrom('articles').select(['id', 'canonical_url']).where('canonical_url', 'in', part).execute();
      for (const r of rows) if (r.canonical_url !== null) byUrl.set(r.canonical_url, r.id);
    }

    // 2. Near-duplicate candidates: stored articles sharing an LSH bucket with any in the batch.
    // Only members published within NEAR_DUP_WINDOW_DAYS of the batch's days (or undated) are
    // read: the window, checked again per pair below, keeps the work per article from growing
    // with the store. The band rows are keyed by day first, so that is one range of the index.
    // An undated article is compared with every candidate, so its buckets are looked up on
    // every day (a scan of the dated rows: only a store mixing dated and undated articles pays it).
    const bucketMembers = new Map<number, Set<string>>();
    const datedDays: number[] = [];
    const datedBuckets = new Set<number>();
    const undatedBuckets = new Set<number>();
    for (const p of batch) {
      const day = bandDay(p.article.published);
      if (day !== UNDATED_BAND_DAY) datedDays.push(day);
      for (const b of p.buckets) (day === UNDATED_BAND_DAY ? undatedBuckets : datedBuckets).add(b);
    }
    const lookups: Array<[Set<number>, number, number | null]> = [];
    if (datedBuckets.size > 0) {
      const lo = datedDays.reduce((m, d) => Math.min(m, d), Infinity);
      const hi = datedDays.reduce((m, d) => Math.max(m, d), -Infinity);
      lookups.push([datedBuckets, lo - NEAR_DUP_WINDOW_DAYS, hi + NEAR_DUP_WINDOW_DAYS]);
      // The undated rows, when there are any (one seek to know): a seek per bucket otherwise, for nothing.
      const anyUndated = await trx.selectFrom('article_bands').select('day').where('day', '=', UNDATED_BAND_DAY).limit(1).executeTakeFirst();
      if (anyUndated) lookups.push([datedBuckets, UNDATED_BAND_DAY, UNDATED_BAND_DAY]);
    }
    if (undatedBuckets.size > 0) lookups.push([undatedBuckets, UNDATED_BAND_DAY, null]);
    for (const [buckets, from, to] of lookups) {
      for (const r of await this.bandMembers(trx, [...buckets], from, to)) addTo(bucketMembers, Number(r.bucket), r.article_id);
    }
    const candidateIds = unique([...bucketMembers.values()].flatMap((m) => [...m]));
    const known = new Map<string, { seq: number; sig: Uint32Array; root: string; facts: ArticleFacts; published: string | null }>();
    for (const part of chunks(candidateIds, 900)) {
      const rows = await trx.selectFrom('articles').select(['id', 'seq', 'minhash', 'near_dup_of', 'facts', 'published']).where('id', 'in', part).execute();
      for (const r of rows) known.set(r.id, { seq: Number(r.seq), sig: signatureFromHex(r.minhash), root: r.near_dup_of ?? r.id, facts: JSON.parse(r.facts), published: r.published });
    }

    const maxRow = await trx.selectFrom('articles').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
    let seq = Number(maxRow?.max ?? 0);

    const toInsert: Array<{ p: PreparedArticle; seq: number; nearDupOf: string | null; sim: number | null; i: number }> = [];
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i];
      const a = p.article;
      const dupOf = byHash.get(a.content_hash) ?? (a.canonical_url !== null ? byUrl.get(a.canonical_url) : undefined);
      if (dupOf !== undefined) {
        outcomes[i] = { origin: p.origin, status: 'duplicate', id: a.id, of: dupOf, by: byHash.has(a.content_hash) ? 'content' : 'url' };
        continue;
      }
      const sig = signatureFromHex(a.minhash);
      const facts: ArticleFacts = JSON.parse(a.facts);
      const close: Array<{ id: string; sim: number }> = [];
      for (const id of unique(p.buckets.flatMap((b) => [...(bucketMembers.get(b) ?? [])]))) {
        const k = known.get(id);
        if (!k || !withinNearDupWindow(a.published, k.published)) continue;
        const sim = similarity(sig, k.sig);
        if (sim >= NEAR_DUP_THRESHOLD) close.push({ id, sim });
      }
      let best: { id: string; seq: number; root: string; sim: number } | null = null;
      for (const { id, sim } of close) {
        const k = known.get(id)!;
        if (factsConflict(facts, k.facts)) continue;
        // The first copy wins: lowest ingest order, then id, so the choice never depends on timing.
        if (best === null || k.seq < best.seq || (k.seq === best.seq && id < best.id)) best = { id, seq: k.seq, root: k.root, sim };
      }
      seq += 1;
      const root = best?.root ?? null;
      toInsert.push({ p, seq, nearDupOf: root, sim: best?.sim ?? null, i });
      byHash.set(a.content_hash, a.id);
      if (a.canonical_url !== null) byUrl.set(a.canonical_url, a.id);
      known.set(a.id, { seq, sig, root: root ?? a.id, facts, published: a.published });
      if (root === null) for (const b of p.buckets) addTo(bucketMembers, b, a.id);
    }

    // 3. Insert. ON CONFLICT DO NOTHING: a concurrent writer (another PostgreSQL worker) may
    // have stored the same article since step 1; its rows are then not written twice.
    const articleRows = toInsert.map(({ p, seq: s, nearDupOf, sim }) => ({
      ...p.article,
      seq: s,
      near_dup_of: nearDupOf,
      near_dup_similarity: sim,
      ingested_at: ingestedAt,
    }));
    const written = (await this.rows.insert(trx, 'articles', articleRows, { conflict: { doNothing: true }, key: 'id' }))!;
    const insertedIds = new Set<string>();
    toInsert.forEach((t, k) => written[k] && insertedIds.add(t.p.article.id));
    const stored = toInsert.filter((t) => insertedIds.has(t.p.article.id));
    for (const t of toInsert) {
      const a = t.p.article;
      outcomes[t.i] = insertedIds.has(a.id)
        ? t.nearDupOf !== null
          ? { origin: t.p.origin, status: 'near-duplicate', id: a.id, of: t.nearDupOf, similarity: t.sim ?? undefined }
          : { origin: t.p.origin, status: 'stored', id: a.id }
        : { origin: t.p.origin, status: 'duplicate', id: a.id, of: a.id, by: 'content' };
    }
    const actors = new Map<string, PreparedArticle['actors'][number]>();
    for (const { p } of stored) for (const x of p.actors) if (!actors.has(x.id)) actors.set(x.id, x);
    const actorRows = [...actors.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
    await this.rows.insert(trx, 'actors', actorRows, { conflict: { doNothing: true, target: 'id' } });
    await this.rows.insert(trx, 'claims', stored.flatMap(({ p }) => p.claims));
    const eventRows = stored.flatMap(({ p, seq: s }) => p.events.map((e) => ({ ...e, seq: s })));
    await this.rows.insert(trx, 'events', eventRows);
    const span = eventRows.reduce((m, e) => Math.max(m, spanDays(e.event_date, e.event_date_end)), 0);
    if (span > 0) await trx.updateTable('event_query_stats').set({ max_span_days: span }).where('id', '=', 1).where('max_span_days', '<', span).execute();
    await this.rows.insert(trx, 'event_actors', stored.flatMap(({ p }) => p.eventActors));
    // Only first copies are indexed: a later copy links to the first copy anyway, and a story
    // syndicated a thousand times would otherwise make every bucket of it a thousand rows long.
    const bandRows = stored
      .filter((t) => t.nearDupOf === null)
      .flatMap(({ p }) => {
        const day = bandDay(p.article.published);
        return unique(p.buckets).map((bucket) => ({ day, bucket, article_id: p.article.id }));
      });
    await this.rows.insert(trx, 'article_bands', bandRows);
    return outcomes;
  }

  /**
   * The articles filed under any of `buckets` on a day in [from, to] (to null: any later day). One statement however many
   * buckets (SQLite: a JSON array read by json_each; PostgreSQL: an array parameter), so the
   * day range is walked once, each row's bucket tested against the list.
   */
  private async bandMembers(trx: Kysely<Database>, buckets: readonly number[], from: number, to: number | null): Promise<Array<{ bucket: number | string; article_id: string }>> {
    if (buckets.length === 0) return [];
    const inList = this.backend === 'sqlite' ? sql`IN (SELECT value FROM json_each(${JSON.stringify(buckets)}))` : sql`= ANY(${buckets}::bigint[])`;
    const days = from === to ? sql`day = ${from}` : to === null ? sql`day >= ${from}` : sql`day >= ${from} AND day <= ${to}`;
    const r = await sql<{ bucket: number | string; article_id: string }>`SELECT bucket, article_id FROM article_bands WHERE ${days} AND bucket ${inList}`.execute(trx);
    return r.rows;
  }

  async countArticles(): Promise<number> {
    const r = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async countIndependentArticles(): Promise<number> {
    const r = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('near_dup_of', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async searchClaims(query: string, opts: { limit?: number } = {}): Promise<ClaimHit[]> {
    const parsed = parseSearch(query);
    const limit = opts.limit ?? 50;
    let q = this.db
      .selectFrom('claims as c')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select([
        'c.article_id as articleId',
        'c.claim_id as claimId',
        'c.text as text',
        'c.attribution_kind as attributionKind',
        'c.attribution_source as attributionSource',
        'c.certainty as certainty',
        'a.title as title',
        'a.source as source',
        'a.published as published',
        'a.url as url',
      ]);
    if (this.backend === 'sqlite') {
      q = q
        .innerJoin(sql<{ rowid: number; rank: number }>`(SELECT rowid, bm25(claims_fts) AS rank FROM claims_fts WHERE claims_fts MATCH ${toFts5(parsed)})`.as('f'), (j) =>
          j.onRef(sql.ref('f.rowid') as any, '=', sql.ref('c.rowid') as any),
        )
        .orderBy(sql`f.rank`);
    } else {
      const tsq = sql`websearch_to_tsquery('english', ${toWebsearch(parsed)})`;
      q = q.where(sql<boolean>`c.tsv @@ ${tsq}`).orderBy(sql`ts_rank(c.tsv, ${tsq})`, 'desc');
    }
    return q.orderBy('a.seq').orderBy('c.idx').limit(limit).execute();
  }

  /**
   * Two steps. First the keys of the matching events in list order (event day, seq, idx), from
   * the keyset indexes where the filters allow, `limit` of them (for --near, the bounding box
   * narrows and the exact distance then decides, a chunk at a time); then the rows of just those
   * events. Deep pages cost what the first does: `after` starts the list past a key.
   */
  async findEvents(filter: EventFilter): Promise<StoredEvent[]> {
    const keys: Array<{ article_id: string; idx: number; distance_km?: number }> = [];
    const limit = filter.limit;
    const near = filter.near;
    let after = filter.after;
    const sinceFloor = filter.since ? await this.sinceFloor(filter.since) : undefined;
    const plan = await this.keyPlan(filter);
    for (;;) {
      const chunk = near && limit !== undefined ? Math.max(2 * limit, 200) : limit;
      const rows = await this.eventKeys(filter, after, sinceFloor, chunk, plan);
      for (const r of rows) {
        if (near) {
          const d = haversineKm(near.lat, near.lon, Number(r.lat), Number(r.lon));
          if (d > near.km) continue;
          keys.push({ article_id: r.article_id, idx: Number(r.idx), distance_km: d });
        } else keys.push({ article_id: r.article_id, idx: Number(r.idx) });
        if (limit !== undefined && keys.length >= limit) break;
      }
      if (chunk === undefined || rows.length < chunk || (limit !== undefined && keys.length >= limit)) break;
      after = { date: rows[rows.length - 1].event_date, seq: Number(rows[rows.length - 1].seq), idx: Number(rows[rows.length - 1].idx) };
    }
    const byKey = new Map<string, StoredEvent>();
    for (const part of chunks(unique(keys.map((k) => k.article_id)), 900)) {
      const full = await this.db
        .selectFrom('events as e')
        .innerJoin('articles as a', 'a.id', 'e.article_id')
        .leftJoin('actors as ag', 'ag.id', 'e.agent')
        .leftJoin('actors as tg', 'tg.id', 'e.target')
        .selectAll('e')
        .select(['a.title as article_title', 'a.source as article_source', 'a.url as article_url', 'a.published as article_published', 'ag.name as agent_name', 'tg.name as target_name'])
        .where('e.article_id', 'in', part)
        .execute();
      for (const r of full as StoredEvent[]) byKey.set(`${r.article_id}#${r.idx}`, r);
    }
    const rows: StoredEvent[] = keys.map((k) => {
      const r = byKey.get(`${k.article_id}#${k.idx}`)!;
      return k.distance_km === undefined ? r : { ...r, distance_km: k.distance_km };
    });
    if (rows.length === 0) return rows;
    const actorRows: Array<{ article_id: string; event_idx: number; actor_id: string; role: string; inferred: number }> = [];
    const articleIds = unique(rows.map((r) => r.article_id));
    for (const part of chunks(articleIds, 900)) {
      actorRows.push(
        ...(await this.db
          .selectFrom('event_actors')
          .select(['article_id', 'event_idx', 'actor_id', 'role', 'inferred'])
          .where('article_id', 'in', part)
          .orderBy('article_id')
          .orderBy('event_idx')
          .orderBy('ord')
          .execute()),
      );
    }
    const byEvent = new Map<string, StoredEvent['actors']>();
    for (const r of actorRows) push(byEvent, `${r.article_id}#${r.event_idx}`, { actor: r.actor_id, role: r.role, inferred: Number(r.inferred) === 1 });
    const sources = await this.claimSources(rows);
    return rows.map((r) => {
      const withActors = { ...r, actors: byEvent.get(`${r.article_id}#${r.idx}`) ?? [] };
      const claimSources = sources.get(`${r.article_id}#${r.idx}`);
      return claimSources ? { ...withActors, claim_sources: claimSources } : withActors;
    });
  }

  /**
   * The first figure's teller of each listed event that has a teller's figure beside it (a rival
   * toll or a revision): the source of the claim holding the figure's words, found by
   * `withClaimSources` as the article view finds it, from the article's stored claims (the
   * analysis's claims, row for row). Only those events' articles are read, and they are few.
   */
  private async claimSources(rows: readonly StoredEvent[]): Promise<Map<string, Array<string | null>>> {
    const told = rows.filter((r) => r.counts.includes('"toldBy"'));
    const out = new Map<string, Array<string | null>>();
    if (told.length === 0) return out;
    const claimsOf = new Map<string, ClaimSpan[]>();
    for (const part of chunks(unique(told.map((r) => r.article_id)), 900)) {
      const claims = await this.db
        .selectFrom('claims')
        .select(['article_id', 'start_offset', 'end_offset', 'attribution_source'])
        .where('article_id', 'in', part)
        .orderBy('article_id')
        .orderBy('idx')
        .execute();
      for (const k of claims) push(claimsOf, k.article_id, { start: Number(k.start_offset), end: Number(k.end_offset), attribution: { source: k.attribution_source } });
    }
    for (const r of told) {
      const counts = withClaimSources(claimsOf.get(r.article_id) ?? [], JSON.parse(r.counts) as CountSpan[]);
      if (counts.some((c) => c.claimSource !== undefined)) out.set(`${r.article_id}#${r.idx}`, counts.map((c) => c.claimSource ?? null));
    }
    return out;
  }

  /** Whether the actor filter, and the --near box, hold few events (fewer than rareEvents): see eventKeys. */
  private async keyPlan(filter: EventFilter): Promise<KeyPlan> {
    const rare = this.rareEvents;
    if (rare <= 0) return { fewActorEvents: false, fewInBox: false };
    const fewer = async (rows: Promise<unknown[]>) => (await rows).length < rare;
    const fewActorEvents = filter.actors?.length ? await fewer(this.db.selectFrom('event_actors').select('actor_id').where('actor_id', 'in', filter.actors).limit(rare).execute()) : false;
    let fewInBox = false;
    if (filter.near) {
      const b = boxAround(filter.near);
      fewInBox = await fewer(this.db.selectFrom('events').select('lat').where('lat', '>=', b.south).where('lat', '<=', b.north).where('lon', '>=', b.west).where('lon', '<=', b.east).limit(rare).execute());
    }
    return { fewActorEvents, fewInBox };
  }

  /** The earliest event day that can still end on or after `since`. */
  private async sinceFloor(since: string): Promise<string> {
    const row = await this.db.selectFrom('event_query_stats').select('max_span_days').where('id', '=', 1).executeTakeFirst();
    const span = Number(row?.max_span_days ?? 0);
    const t = Date.parse(`${since}T00:00:00Z`) - span * 86_400_000;
    return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : since;
  }

  /** The keys (and, for --near, the coordinates) of matching events in list order. */
  private eventKeys(filter: EventFilter, after: EventFilter['after'], sinceFloor: string | undefined, limit: number | undefined, plan: KeyPlan) {
    let q = this.db.selectFrom('events as e').select(['e.article_id', 'e.idx', 'e.event_date', 'e.seq', 'e.lat', 'e.lon']);
    // A protest broken up by force: only protests carry `intervention`, so the test alone names
    // them, and the partial index over the marked events (migration 0007) gives them in list
    // order. Protests without it are walked on the type's index, each row's mark tested.
    const types = filter.intervention === true ? undefined : filter.intervention === false ? ['protest'] : filter.types;
    if (filter.intervention === true) q = q.where('e.intervention', 'is not', null);
    if (filter.intervention === false) q = q.where('e.intervention', 'is', null);
    if (types?.length === 1) q = q.where('e.type', '=', types[0]);
    else if (types?.length) q = q.where('e.type', 'in', types);
    if (filter.since) q = q.where('e.event_date_end', '>=', filter.since).where('e.event_date', '>=', sinceFloor ?? filter.since);
    if (filter.until) q = q.where('e.event_date', '<=', filter.until);
    if (filter.country) q = q.where('e.country', '=', filter.country);
    if (filter.actors?.length) {
      const ids = filter.actors;
      if (plan.fewActorEvents) {
        // A rare actor: its events come from event_actors (indexed by actor) and are then sorted.
        q = q.where(({ eb, refTuple, selectFrom }) =>
          eb(refTuple('e.article_id', 'e.idx'), 'in', selectFrom('event_actors as ea').select(['ea.article_id', 'ea.event_idx']).where('ea.actor_id', 'in', ids) as never),
        );
      } else {
        // A frequent one: events are read in list order and each checked, until the page is full.
        // On SQLite the check carries LIMIT 1 so that it stays a correlated subquery: without it
        // SQLite (3.38 and later, once ANALYZE has given it statistics) turns EXISTS into a join
        // and first builds a Bloom filter over the whole of event_actors, which costs a scan of
        // that table per query however soon the page fills (docs/benchmarks.md, "Query
        // latency"). PostgreSQL drops a constant LIMIT in EXISTS and plans a semi-join.
        q = q.where(({ exists, selectFrom }) => {
          const check = selectFrom('event_actors as ea').select('ea.actor_id').whereRef('ea.article_id', '=', 'e.article_id').whereRef('ea.event_idx', '=', 'e.idx').where('ea.actor_id', 'in', ids);
          return exists(this.backend === 'sqlite' ? check.limit(1) : check);
        });
      }
    }
    if (filter.minSources !== undefined && filter.minSources > 1) {
      // Checked per event (story_units by article and event, then the story by id), after the
      // other filters have narrowed the events through their indexes.
      const n = filter.minSources;
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('story_units as su')
            .innerJoin('stories as s', 's.id', 'su.story_id')
            .select('su.unit_key')
            .whereRef('su.article_id', '=', 'e.article_id')
            .whereRef('su.event_id', '=', 'e.event_id')
            .where('s.independent_sources', '>=', n),
        ),
      );
    }
    if (filter.near) {
      // A bounding box the index can use; the exact distance is checked by the caller.
      const b = boxAround(filter.near);
      q = q.where('e.lat', '>=', b.south).where('e.lat', '<=', b.north).where('e.lon', '>=', b.west).where('e.lon', '<=', b.east);
    }
    if (after) {
      // Past the key in list order. SQLite sorts events without a day first, PostgreSQL last.
      const { date, seq, idx } = after;
      const nullsFirst = this.backend === 'sqlite';
      if (date === null) {
        q = q.where((eb) => {
          const rest = eb.and([eb('e.event_date', 'is', null), eb(eb.refTuple('e.seq', 'e.idx'), '>', eb.tuple(seq, idx))]);
          return nullsFirst ? eb.or([rest, eb('e.event_date', 'is not', null)]) : rest;
        });
      } else {
        q = q.where((eb) => {
          const later = eb(eb.refTuple('e.event_date', 'e.seq', 'e.idx'), '>', eb.tuple(date, seq, idx));
          return nullsFirst ? later : eb.or([later, eb('e.event_date', 'is', null)]);
        });
      }
    }
    // When the events of a rare actor or a small box are few, SQLite must start from them (and
    // sort), not walk the list order and test every event: a unary + (a no-op on any value) keeps
    // its planner off the list-order index. PostgreSQL's planner weighs this itself.
    if (this.backend === 'sqlite' && (plan.fewActorEvents || plan.fewInBox)) q = q.orderBy(sql`+e.event_date`).orderBy(sql`+e.seq`).orderBy(sql`+e.idx`);
    else q = q.orderBy('e.event_date').orderBy('e.seq').orderBy('e.idx');
    if (limit !== undefined) q = q.limit(limit);
    return q.execute();
  }

  findStories(filter: StoryFilter): Promise<StoryRow[]> {
    return findStories(this.db, filter);
  }

  async storyMemberships(): Promise<Array<{ articleId: string; storyId: string }>> {
    const rows = await this.db.selectFrom('story_units').select(['article_id', 'story_id']).orderBy('unit_seq').execute();
    const seen = new Set<string>();
    const out: Array<{ articleId: string; storyId: string }> = [];
    for (const r of rows) {
      const k = `${r.article_id}\u0000${r.story_id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ articleId: r.article_id, storyId: r.story_id });
    }
    return out;
  }

  getStory(id: string): Promise<StoryDetail | null> {
    return getStory(this.db, id);
  }

  storyLinks(articleIds: readonly string[]): Promise<StoryLink[]> {
    return storyLinks(this.db, articleIds);
  }

  getArticle(id: string): Promise<ArticleRecord | null> {
    return getArticle(this.db, id);
  }

  async actorIds(): Promise<string[]> {
    return (await this.db.selectFrom('actors').select('id').orderBy('id').execute()).map((r) => r.id);
  }

  async dump(): Promise<StoreDump> {
    const db = this.db;
    const articles = await db
      .selectFrom('articles')
      .select(['id', 'seq', 'content_hash', 'canonical_url', 'url', 'title', 'source', 'byline', 'published', 'language', 'text', 'analysis', 'minhash', 'facts', 'near_dup_of', 'near_dup_similarity', 'origin'])
      .orderBy('seq')
      .orderBy('id')
      .execute();
    return {
      articles,
      claims: await db.selectFrom('claims').select(['article_id', 'idx', 'claim_id', 'start_offset', 'end_offset', 'text', 'attribution_kind', 'attribution_source', 'certainty', 'events']).orderBy('article_id').orderBy('idx').execute(),
      events: await db.selectFrom('events').selectAll().orderBy('article_id').orderBy('idx').execute(),
      event_actors: await db.selectFrom('event_actors').selectAll().orderBy('article_id').orderBy('event_idx').orderBy('ord').execute(),
      actors: await db.selectFrom('actors').selectAll().orderBy('id').execute(),
      article_bands: (await db.selectFrom('article_bands').selectAll().orderBy('bucket').orderBy('article_id').execute()).map((r) => ({
        day: Number(r.day),
        bucket: Number(r.bucket),
        article_id: r.article_id,
      })),
      stories: (await db.selectFrom('stories').selectAll().orderBy('id').execute()).map(numbers),
      story_units: (await db.selectFrom('story_units').selectAll().orderBy('unit_seq').execute()).map(numbers),
      story_words: (await db.selectFrom('story_words').selectAll().orderBy('word').execute()).map(numbers),
      story_progress: (await db.selectFrom('story_progress').selectAll().execute()).map(numbers),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }
}

/** Rows with PostgreSQL's bigint-as-string columns read as numbers, so dumps compare across backends. */
function numbers<T extends object>(row: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' && /^(unit_seq|arrival|df|last_seq|arrivals|units|word_reports|first_day|last_day|reports|independent_sources|contradiction_count|opened_seq|id)$/.test(k) && /^-?\d+$/.test(v) ? Number(v) : v;
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const set = m.get(k);
  if (set) set.add(v);
  else m.set(k, new Set([v]));
}

