import type { Backend } from './migrations.ts';
import type { PreparedArticle } from './rows.ts';
import type { EventsTable } from './schema.ts';
import type { ClaimedJob, JobPayload, QueueCounts } from './queue.ts';
import type { Contradiction, MatchReason, StoryUnit, UnitCount, UnitPlace } from '../corroborate/types.ts';
import type { Analysis } from '../model/analysis.ts';
import type { WatchStore } from './watches.ts';
import type { ClusterPlan } from './stories.ts';

// The Store: where analysed articles live, and the questions asked of them. Two backends, one
// schema and one query code (kysely-store.ts): SQLite (the default, a file) and PostgreSQL.

export type WriteStatus = 'stored' | 'near-duplicate' | 'duplicate';

export interface WriteOutcome {
  origin: string;
  status: WriteStatus;
  /** The article id (for a duplicate: the id the text would have had). */
  id: string;
  /** duplicate: the stored article it repeats; near-duplicate: the first copy it was linked to. */
  of?: string;
  /** near-duplicate: estimated Jaccard similarity with `of`. */
  similarity?: number;
  /** duplicate: what matched. */
  by?: 'content' | 'url';
}

export interface ClaimHit {
  articleId: string;
  claimId: string;
  text: string;
  attributionKind: string;
  attributionSource: string | null;
  certainty: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
}

export interface EventFilter {
  /** Event types (any of). */
  types?: string[];
  /** Actor ids (any of), in any role. */
  actors?: string[];
  /** YYYY-MM-DD: events that end on or after it. */
  since?: string;
  /** YYYY-MM-DD: events that start on or before it. */
  until?: string;
  /** ISO 3166 alpha-2. */
  country?: string;
  /** Events located within `km` of a point (great-circle distance). */
  near?: { lat: number; lon: number; km: number };
  /** At most this many events (default: all). */
  limit?: number;
  /** Events in a story with at least this many independent sources. */
  minSources?: number;
  /**
   * true: protests broken up by force (a non-null `intervention`); false: protests without that
   * mark. Either way only protests (those stored before migration 0007 are marked by 0008).
   */
  intervention?: boolean;
  /**
   * Keyset paging: only events after this one in list order (event day, then ingest order, then
   * the event's place in its article): `eventKey` of the last event of the previous page.
   */
  after?: EventKey;
}

/** Where an event stands in the list order of findEvents. */
export interface EventKey {
  date: string | null;
  seq: number;
  idx: number;
}

/** The key of a stored event, to pass as `after` for the next page. */
export function eventKey(e: Pick<StoredEvent, 'event_date' | 'seq' | 'idx'>): EventKey {
  return { date: e.event_date, seq: Number(e.seq), idx: Number(e.idx) };
}

export interface StoryFilter {
  /** YYYY-MM-DD: stories whose last day is on or after it. */
  since?: string;
  /** YYYY-MM-DD: stories whose first day is on or before it. */
  until?: string;
  /** ISO 3166 alpha-2: stories with a place in this country. */
  country?: string;
  /** Event types (any of). */
  types?: string[];
  /** At least this many independent sources. */
  minSources?: number;
  /** Stories holding a report from any of these article ids. */
  articles?: string[];
  /** Stories after this one in the list's order (first day, then the order they were opened): a keyset page. */
  after?: StoryPosition;
  limit?: number;
}

/** Where a story sits in the order `findStories` lists them. */
export interface StoryPosition {
  firstDay: string;
  openedSeq: number;
}

/** One story as listed: the stories table with its JSON read. */
export interface StoryRow {
  id: string;
  firstDay: string;
  lastDay: string;
  firstPublished: string;
  latestPublished: string;
  firstArticle: string;
  latestArticle: string;
  reports: number;
  independentSources: number;
  publishers: string[];
  types: string[];
  places: UnitPlace[];
  countries: string[];
  contradictions: Contradiction[];
  /** The headline of its first report. */
  title: string | null;
  /** Its place in the list's order, for the next page. */
  position: StoryPosition;
}

/** One report of a story, side by side with the others. */
export interface StoryReportView {
  articleId: string;
  publisher: string;
  published: string;
  title: string | null;
  url: string | null;
  /** The near-duplicate's first copy, when this report is a copy. */
  nearDupOf: string | null;
  /** Its units in this story: the event, the figures it states, and why it joined. */
  units: Array<{
    key: string;
    eventId: string | null;
    type: string | null;
    day: string;
    place: string | null;
    /** The event's clause or sentence in the report (null for a report without events). */
    text: string | null;
    counts: UnitCount[];
    how: string;
    score: number | null;
    reasons: MatchReason[];
  }>;
}

export interface StoryDetail extends StoryRow {
  reportsSideBySide: StoryReportView[];
}

export interface StoryProgress {
  /** Articles clustered (or skipped) by this call. */
  articles: number;
  /** Articles without a valid publication day, which stories need: not clustered. */
  skipped: number;
  units: number;
  /** How often the in-memory clusterer was rebuilt from the tables. */
  rebuilds: number;
}

export interface StoredEvent extends EventsTable {
  article_title: string | null;
  article_source: string | null;
  article_url: string | null;
  article_published: string | null;
  agent_name: string | null;
  target_name: string | null;
  /** Every actor of the event, in order. */
  actors: Array<{ actor: string; role: string; inferred: boolean }>;
  /** Great-circle distance from the --near point, when that filter is set. */
  distance_km?: number;
  /**
   * Per count of `counts`, the first figure's teller (the source of the claim stating it) where a
   * teller's figure of its kind stands beside it, else null; absent when the event has none
   * (src/model/count-teller.ts). The exports give it as the count's `claimSource`.
   */
  claim_sources?: Array<string | null>;
}

/** Which story each event (or event-less report) of an article joined. */
export interface StoryLink {
  articleId: string;
  /** null: the report had no event and joined as a whole. */
  eventId: string | null;
  storyId: string;
  /** The story's reports and independent sources now. */
  reports: number;
  independentSources: number;
}

/** One stored article as GET /v1/articles/{id} gives it. */
export interface ArticleRecord {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  origin: string;
  nearDuplicateOf: string | null;
  ingestedAt: string;
  /** The stored Analysis JSON, as analyze produced it. */
  analysis: unknown;
}

/** Every row of the store in a fixed order, minus ingest timestamps: equal dumps mean equal stores. */
export interface StoreDump {
  articles: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  events: Record<string, unknown>[];
  event_actors: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  article_bands: Record<string, unknown>[];
  stories: Record<string, unknown>[];
  story_units: Record<string, unknown>[];
  story_words: Record<string, unknown>[];
  story_progress: Record<string, unknown>[];
}

export interface Store {
  readonly backend: Backend;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * Stores a batch in one transaction, in order: an article whose text or canonical URL is
   * already stored (or earlier in the batch) is a duplicate and is not stored again; one whose
   * MinHash matches an earlier article is stored and linked to that article's first copy.
   */
  writeArticles(batch: readonly PreparedArticle[], ingestedAt: string, opts?: { doneJobs?: readonly string[] }): Promise<WriteOutcome[]>;
  /** PostgreSQL only: adds ingest jobs (one per article), skipping any already queued; returns how many are new. */
  enqueueJobs(payloads: readonly JobPayload[], createdAt: string): Promise<number>;
  /** PostgreSQL only: claims queued jobs, and running ones whose lease has expired (FOR UPDATE SKIP LOCKED). */
  claimJobs(worker: string, limit: number, leaseSeconds: number, now?: Date): Promise<ClaimedJob[]>;
  failJobs(failures: ReadonlyArray<{ id: string; reason: string }>): Promise<void>;
  queueCounts(): Promise<QueueCounts>;
  /**
   * Clusters every stored article not yet in the stories, in ingest order, in transactions of
   * CLUSTER_BATCH articles. `units` (PreparedArticle.units) or `analyses`, by article id, spare
   * reading and parsing analyses back.
   */
  clusterStories(opts?: { analyses?: ReadonlyMap<string, Analysis>; units?: ReadonlyMap<string, StoryUnit[]>; limit?: number }): Promise<StoryProgress>;
  /**
   * The scoring half of clusterStories (SQLite: in a read transaction, so another connection may
   * write meanwhile): places up to `limit` pending articles (default: all) in this store's kept
   * clusterer and returns the rows, writing nothing. `writeStoryPlan` writes them (on any
   * connection to the same store), or returns false when another writer clustered in between;
   * the planning store must then be given `resetStories()`.
   */
  planStories(opts?: { units?: ReadonlyMap<string, StoryUnit[]>; limit?: number }): Promise<ClusterPlan>;
  writeStoryPlan(plan: ClusterPlan): Promise<boolean>;
  /** Forgets the kept story clusterer: the next clustering reads the stories from the tables. */
  resetStories(): void;
  findStories(filter: StoryFilter): Promise<StoryRow[]>;
  /** Every (article, story) pair, in clustering order, without repeats. */
  storyMemberships(): Promise<Array<{ articleId: string; storyId: string }>>;
  getStory(id: string): Promise<StoryDetail | null>;
  /** The stories the events of these articles joined, in clustering order. */
  storyLinks(articleIds: readonly string[]): Promise<StoryLink[]>;
  /** One stored article with its analysis; null when it is not stored. */
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Watch rules, their alerts and webhook deliveries (src/store/watches.ts). */
  readonly watches: WatchStore;
  countArticles(): Promise<number>;
  /** Independent sources: stored articles, counting each group of near-duplicates once. */
  countIndependentArticles(): Promise<number>;
  searchClaims(query: string, opts?: { limit?: number }): Promise<ClaimHit[]>;
  findEvents(filter: EventFilter): Promise<StoredEvent[]>;
  /** Ids of every actor any stored event names. */
  actorIds(): Promise<string[]>;
  dump(): Promise<StoreDump>;
  close(): Promise<void>;
}
