import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadActorGazetteer } from '../gazetteer/actors.ts';
import { matchStory, type MatchableEvent } from '../watch/match.ts';
import type { WatchRecord, WatchRule } from '../watch/rule.ts';
import type { AlertsTable, Database, DeliveriesTable, WatchesTable } from './schema.ts';
import { chunks, push } from './collections.ts';

// Watches, alerts and webhook deliveries in the store (tables: watches-schema.ts).
//
// Alerts are raised inside the clustering transaction (KyselyStore.clusterStories calls
// `raiseAlerts` right after StoryIndexer.clusterPending): every unit clustered since
// watch_progress.last_unit_seq names a (story, article) pair, the story was created or updated
// by that article, and every watch is checked against the story's events. Same transaction,
// a cursor and a unique (watch, story, article) index: a killed ingest, a re-run or two workers
// never lose or double an alert, and alert seq numbers follow commit order, which the SSE
// stream relies on.

export interface AlertDetail {
  watch: { id: string; name: string };
  story: { id: string; reports: number; independentSources: number; publishers: string[]; types: string[]; contradictions: number };
  /** The report that created or updated the story. */
  article: { id: string; title: string | null; source: string | null; published: string | null; url: string | null };
  /** The event the match rests on (the triggering report's own when it has a matching one). */
  event: { articleId: string; id: string; type: string; place: string | null; certainty: string | null; counts: Array<{ kind: string; value: number }>; actors: string[] };
}

export interface AlertRecord {
  seq: number;
  id: string;
  watchId: string;
  storyId: string;
  articleId: string;
  createdAt: string;
  detail: AlertDetail;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface DeliveryRecord {
  alertId: string;
  watchId: string;
  url: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface AlertQuery {
  watch?: string;
  /** Alerts with seq above this, oldest first (the stream's order). */
  after?: number;
  /** Alerts with seq below this, newest first (paging back through history). */
  before?: number;
  limit: number;
}

export interface WatchStore {
  create(w: { name: string; rule: WatchRule; webhook: string | null }, createdAt: string): Promise<WatchRecord>;
  list(): Promise<WatchRecord[]>;
  get(id: string): Promise<WatchRecord | null>;
  /** Removes the watch with its alerts and deliveries; false when there was none. */
  remove(id: string): Promise<boolean>;
  /** Without `after`: newest first. With `after`: oldest first. */
  alerts(q: AlertQuery): Promise<AlertRecord[]>;
  latestAlertSeq(): Promise<number>;
  deliveries(filter?: { status?: DeliveryStatus; watch?: string }): Promise<DeliveryRecord[]>;
  /**
   * Takes up to `limit` pending deliveries that are due at `now`, each with its alert: moving
   * next_attempt_at on by `leaseMs` as a lease, only where no other dispatcher moved it first.
   */
  takeDue(now: Date, leaseMs: number, limit: number): Promise<Array<{ delivery: DeliveryRecord; alert: AlertRecord }>>;
  /** Records an attempt: sent, or failed with the next try at `retryAt` (null: failed for good). */
  finish(alertId: string, outcome: { ok: true; at: string } | { ok: false; error: string; retryAt: string | null }): Promise<void>;
  /** Makes failed deliveries pending again, due at `now`, attempts reset; returns how many. */
  retryFailed(now: Date): Promise<number>;
}

type Db = Kysely<Database>;

export class KyselyWatchStore implements WatchStore {
  constructor(private readonly db: Db) {}

  async create(w: { name: string; rule: WatchRule; webhook: string | null }, createdAt: string): Promise<WatchRecord> {
    const row: WatchesTable = { id: `watch-${randomBytes(6).toString('hex')}`, name: w.name, rule: JSON.stringify(w.rule), webhook: w.webhook, created_at: createdAt };
    await this.db.insertInto('watches').values(row).execute();
    return watchOf(row);
  }

  async list(): Promise<WatchRecord[]> {
    return (await this.db.selectFrom('watches').selectAll().orderBy('created_at').orderBy('id').execute()).map(watchOf);
  }

  async get(id: string): Promise<WatchRecord | null> {
    const row = await this.db.selectFrom('watches').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? watchOf(row) : null;
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('deliveries').where('watch_id', '=', id).execute();
      await trx.deleteFrom('alerts').where('watch_id', '=', id).execute();
      const r = await trx.deleteFrom('watches').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    });
  }

  async alerts(q: AlertQuery): Promise<AlertRecord[]> {
    let query = this.db.selectFrom('alerts').selectAll();
    if (q.watch !== undefined) query = query.where('watch_id', '=', q.watch);
    if (q.after !== undefined) query = query.where('seq', '>', q.after).orderBy('seq', 'asc');
    else {
      if (q.before !== undefined) query = query.where('seq', '<', q.before);
      query = query.orderBy('seq', 'desc');
    }
    return (await query.limit(q.limit).execute()).map(alertOf);
  }

  async latestAlertSeq(): Promise<number> {
    const r = await this.db.selectFrom('alerts').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst();
    return Number(r?.m ?? 0);
  }

  async deliveries(filter: { status?: DeliveryStatus; watch?: string } = {}): Promise<DeliveryRecord[]> {
    let q = this.db.selectFrom('deliveries').selectAll();
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.watch) q = q.where('watch_id', '=', filter.watch);
    return (await q.orderBy('created_at').orderBy('alert_id').execute()).map(deliveryOf);
  }

  async takeDue(now: Date, leaseMs: number, limit: number): Promise<Array<{ delivery: DeliveryRecord; alert: AlertRecord }>> {
    const at = now.toISOString();
    const due = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', at)
      .orderBy('next_attempt_at')
      .orderBy('alert_id')
      .limit(limit)
      .execute();
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    const taken: Array<{ delivery: DeliveryRecord; alert: AlertRecord }> = [];
    for (const d of due) {
      const r = await this.db
        .updateTable('deliveries')
        .set({ next_attempt_at: lease })
        .where('alert_id', '=', d.alert_id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '=', d.next_attempt_at)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) continue;
      const alert = await this.db.selectFrom('alerts').selectAll().where('id', '=', d.alert_id).executeTakeFirst();
      if (alert) taken.push({ delivery: deliveryOf({ ...d, next_attempt_at: lease }), alert: alertOf(alert) });
    }
    return taken;
  }

  async finish(alertId: string, outcome: { ok: true; at: string } | { ok: false; error: string; retryAt: string | null }): Promise<void> {
    const row = await this.db.selectFrom('deliveries').select('attempts').where('alert_id', '=', alertId).executeTakeFirst();
    if (!row) return;
    const attempts = Number(row.attempts) + 1;
    const set: Partial<DeliveriesTable> = outcome.ok
      ? { status: 'sent', attempts, sent_at: outcome.at, last_error: null }
      : outcome.retryAt === null
        ? { status: 'failed', attempts, last_error: outcome.error.slice(0, 1000) }
        : { status: 'pending', attempts, last_error: outcome.error.slice(0, 1000), next_attempt_at: outcome.retryAt };
    await this.db.updateTable('deliveries').set(set).where('alert_id', '=', alertId).where('status', '=', 'pending').execute();
  }

  async retryFailed(now: Date): Promise<number> {
    const r = await this.db
      .updateTable('deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now.toISOString() })
      .where('status', '=', 'failed')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }
}

/**
 * Checks every watch against the stories the units clustered since the last call created or
 * updated, inside the caller's write transaction; stores the new alerts (and their deliveries)
 * and moves the cursor. Returns how many alerts it stored.
 */
export async function raiseAlerts(trx: Db, now: string): Promise<number> {
  const progress = await trx.selectFrom('watch_progress').select(['last_unit_seq', 'last_alert_seq']).where('id', '=', 1).executeTakeFirst();
  const last = Number(progress?.last_unit_seq ?? 0);
  const top = await trx.selectFrom('story_units').select((eb) => eb.fn.max('unit_seq').as('m')).executeTakeFirst();
  const max = Number(top?.m ?? 0);
  if (max <= last) return 0;
  const watches = (await trx.selectFrom('watches').selectAll().orderBy('created_at').orderBy('id').execute()).map(watchOf);
  let lastAlert = Number(progress?.last_alert_seq ?? 0);
  let stored = 0;
  if (watches.length > 0) {
    stored = await matchUnits(trx, watches, last, max, lastAlert, now);
    lastAlert += stored;
  }
  await trx.updateTable('watch_progress').set({ last_unit_seq: max, last_alert_seq: lastAlert }).where('id', '=', 1).execute();
  return stored;
}

async function matchUnits(trx: Db, watches: WatchRecord[], after: number, upTo: number, lastAlertSeq: number, now: string): Promise<number> {
  const units = await trx
    .selectFrom('story_units')
    .select(['article_id', 'story_id'])
    .where('unit_seq', '>', after)
    .where('unit_seq', '<=', upTo)
    .orderBy('unit_seq')
    .execute();
  const pairs: Array<{ storyId: string; articleId: string }> = [];
  const seen = new Set<string>();
  for (const u of units) {
    const k = `${u.story_id}\u0000${u.article_id}`;
    if (!seen.has(k)) {
      seen.add(k);
      pairs.push({ storyId: u.story_id, articleId: u.article_id });
    }
  }
  const storyIds = [...new Set(pairs.map((p) => p.storyId))];
  const stories = new Map<string, Database['stories']>();
  const eventsOf = new Map<string, MatchableEvent[]>();
  for (const part of chunks(storyIds, 500)) {
    for (const s of await trx.selectFrom('stories').selectAll().where('id', 'in', part).execute()) stories.set(s.id, s);
    const rows = await trx
      .selectFrom('story_units as su')
      .innerJoin('events as e', (j) => j.onRef('e.article_id', '=', 'su.article_id').onRef('e.event_id', '=', 'su.event_id'))
      .select(['su.story_id', 'e.article_id', 'e.idx', 'e.event_id', 'e.type', 'e.place_name', 'e.lat', 'e.lon', 'e.certainty', 'e.counts'])
      .where('su.story_id', 'in', part)
      .orderBy('su.unit_seq')
      .execute();
    const actors = new Map<string, string[]>();
    const articleIds = [...new Set(rows.map((r) => r.article_id))];
    for (const ap of chunks(articleIds, 500)) {
      const ea = await trx.selectFrom('event_actors').select(['article_id', 'event_idx', 'actor_id']).where('article_id', 'in', ap).orderBy('article_id').orderBy('event_idx').orderBy('ord').execute();
      for (const r of ea) push(actors, `${r.article_id}#${r.event_idx}`, r.actor_id);
    }
    for (const r of rows) {
      push(eventsOf, r.story_id, {
        articleId: r.article_id,
        eventId: r.event_id,
        type: r.type,
        placeName: r.place_name,
        lat: r.lat === null ? null : Number(r.lat),
        lon: r.lon === null ? null : Number(r.lon),
        certainty: r.certainty,
        counts: (JSON.parse(r.counts) as Array<{ kind: string; value: number }>).map((c) => ({ kind: c.kind, value: c.value })),
        actors: actors.get(`${r.article_id}#${r.idx}`) ?? [],
      });
    }
  }
  const canonical = watches.some((w) => w.rule.actors) ? ((g) => (id: string) => g.canonical(id))(loadActorGazetteer()) : (id: string) => id;

  const existing = new Set<string>();
  for (const part of chunks(storyIds, 500)) {
    for (const a of await trx.selectFrom('alerts').select(['watch_id', 'story_id', 'article_id']).where('story_id', 'in', part).execute()) {
      existing.add(`${a.watch_id}\u0000${a.story_id}\u0000${a.article_id}`);
    }
  }
  const matched: Array<{ watch: WatchRecord; storyId: string; articleId: string; event: MatchableEvent }> = [];
  for (const p of pairs) {
    const story = stories.get(p.storyId);
    if (!story) continue;
    for (const w of watches) {
      if (existing.has(`${w.id}\u0000${p.storyId}\u0000${p.articleId}`)) continue;
      const event = matchStory(w.rule, { independentSources: Number(story.independent_sources) }, eventsOf.get(p.storyId) ?? [], p.articleId, canonical);
      if (event) matched.push({ watch: w, storyId: p.storyId, articleId: p.articleId, event });
    }
  }
  if (matched.length === 0) return 0;

  const articles = new Map<string, { id: string; title: string | null; source: string | null; published: string | null; url: string | null }>();
  for (const part of chunks([...new Set(matched.map((m) => m.articleId))], 500)) {
    for (const a of await trx.selectFrom('articles').select(['id', 'title', 'source', 'published', 'url']).where('id', 'in', part).execute()) articles.set(a.id, a);
  }
  let seq = lastAlertSeq;
  const alertRows: AlertsTable[] = [];
  const deliveryRows: DeliveriesTable[] = [];
  for (const m of matched) {
    const story = stories.get(m.storyId)!;
    const detail: AlertDetail = {
      watch: { id: m.watch.id, name: m.watch.name },
      story: {
        id: story.id,
        reports: Number(story.reports),
        independentSources: Number(story.independent_sources),
        publishers: JSON.parse(story.publishers),
        types: JSON.parse(story.types),
        contradictions: Number(story.contradiction_count),
      },
      article: articles.get(m.articleId) ?? { id: m.articleId, title: null, source: null, published: null, url: null },
      event: { articleId: m.event.articleId, id: m.event.eventId, type: m.event.type, place: m.event.placeName, certainty: m.event.certainty, counts: m.event.counts, actors: m.event.actors },
    };
    const id = alertId(m.watch.id, m.storyId, m.articleId);
    alertRows.push({ seq: ++seq, id, watch_id: m.watch.id, story_id: m.storyId, article_id: m.articleId, created_at: now, detail: JSON.stringify(detail) });
    if (m.watch.webhook) {
      deliveryRows.push({ alert_id: id, watch_id: m.watch.id, url: m.watch.webhook, status: 'pending', attempts: 0, next_attempt_at: now, last_error: null, sent_at: null, created_at: now });
    }
  }
  for (const part of chunks(alertRows, 1000)) await trx.insertInto('alerts').values(part).execute();
  for (const part of chunks(deliveryRows, 1000)) await trx.insertInto('deliveries').values(part).onConflict((oc) => oc.column('alert_id').doNothing()).execute();
  return alertRows.length;
}

export function alertId(watchId: string, storyId: string, articleId: string): string {
  return `alert-${createHash('sha256').update(`${watchId}\u0000${storyId}\u0000${articleId}`).digest('hex').slice(0, 16)}`;
}

function watchOf(r: WatchesTable): WatchRecord {
  return { id: r.id, name: r.name, rule: JSON.parse(r.rule), webhook: r.webhook, createdAt: r.created_at };
}

function alertOf(r: AlertsTable): AlertRecord {
  return { seq: Number(r.seq), id: r.id, watchId: r.watch_id, storyId: r.story_id, articleId: r.article_id, createdAt: r.created_at, detail: JSON.parse(r.detail) };
}

function deliveryOf(r: DeliveriesTable): DeliveryRecord {
  return {
    alertId: r.alert_id,
    watchId: r.watch_id,
    url: r.url,
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    sentAt: r.sent_at,
    createdAt: r.created_at,
  };
}
