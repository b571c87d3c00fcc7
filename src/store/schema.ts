import type { ColumnType } from 'kysely';

// The tables of the store as Kysely sees them. One schema for SQLite and PostgreSQL: column types
// are the ones both understand (text, integer, double precision); booleans are 0/1 integers,
// JSON is text. The only per-backend parts are the full-text index (migrations.ts) and the
// search query (dialect.ts).

export interface ArticlesTable {
  /** "art-" + 16 hex of sha256(article text, publisher, publication day): the same report always gets the same id (storeArticleId). */
  id: string;
  /** Ingest order, 1, 2, 3, ...: "first copy" for near-duplicates means lowest seq. */
  seq: number;
  /** sha256 of the text with case and whitespace normalised, the publisher and the day: the duplicate key. */
  content_hash: string;
  /** The URL without fragment, tracking parameters or trailing slash: the other duplicate key. */
  canonical_url: string | null;
  url: string | null;
  title: string | null;
  source: string | null;
  byline: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  language: string;
  text: string;
  /** The full Analysis JSON (docs/output.md) the rows below were cut from. */
  analysis: string;
  /** MinHash signature, hex (see near-dup.ts). */
  minhash: string;
  /** Places and days the article names, JSON (near-dup.ts ArticleFacts): copies share them. */
  facts: string;
  /** The first stored copy this article is a near-duplicate of (always a root: its own near_dup_of is null). */
  near_dup_of: string | null;
  /** Estimated Jaccard similarity of word shingles with the earliest stored copy it matched. */
  near_dup_similarity: number | null;
  /** Where the article came from: "file.jsonl:12", "feed.xml#3", a path. */
  origin: string;
  /** ISO timestamp; the one column that differs between two runs over the same input. */
  ingested_at: string;
}

export interface ClaimsTable {
  article_id: string;
  idx: number;
  claim_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
  attribution_kind: string;
  attribution_source: string | null;
  certainty: string;
  /** Event ids of the claim, JSON array. */
  events: string;
}

export interface EventsTable {
  article_id: string;
  idx: number;
  event_id: string;
  type: string;
  start_offset: number;
  end_offset: number;
  /** The text of the event's clause or sentence. */
  text: string;
  trigger: string;
  claim_id: string | null;
  attribution_kind: string | null;
  certainty: string | null;
  /** The date the article gives, when it gives one. */
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
  /** date_start, or the publication date when the article gives none: what date filters use. */
  event_date: string | null;
  event_date_end: string | null;
  place_id: string | null;
  place_name: string | null;
  country: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  /** 1 the town itself, 2 near or part of a region, 3 a province or larger (ACLED geo_precision). */
  geo_precision: number | null;
  killed: number | null;
  wounded: number | null;
  kidnapped: number | null;
  arrested: number | null;
  released: number | null;
  /** Every count with kind, value, qualifier and offsets, JSON array. */
  counts: string;
  /** First agent and first target actor ids (ACLED actor1 / actor2). */
  agent: string | null;
  target: string | null;
  /**
   * The article's seq (migration 0005): events are listed and paged in (event_date, seq, idx)
   * order, which the keyset indexes hold without a join to articles. Set by the writer.
   */
  seq?: number | null;
  /**
   * A protest broken up by force (migration 0007): the cue words of its `protest:intervention:<cue>`
   * rule ("batons", "tear gas", "baton-charged"), as the analysis names them; null for every other
   * event. Rows stored before 0007 get it from their article's stored analysis (migration 0008).
   */
  intervention: string | null;
}

export interface EventActorsTable {
  article_id: string;
  event_idx: number;
  ord: number;
  actor_id: string;
  role: string;
  inferred: number;
}

export interface ActorsTable {
  id: string;
  name: string;
  type: string;
  country: string | null;
}

/** LSH buckets of each article's MinHash signature: candidates for near-duplicates. */
export interface ArticleBandsTable {
  /** The article's publication day (days since 1970-01-01), or UNDATED_BAND_DAY (near-dup.ts): the first key column. */
  day: number;
  /** band * 2^32 + hash of the band's rows; PostgreSQL returns bigint as a string. */
  bucket: ColumnType<string | number, number, number>;
  article_id: string;
}

/**
 * The queue later `worker` processes take ingest jobs from. A PostgreSQL worker claims with
 * `SELECT ... WHERE status = 'queued' ORDER BY id FOR UPDATE SKIP LOCKED LIMIT n`, then sets
 * status 'running' and locked_by in the same transaction.
 */
export interface IngestJobsTable {
  id: string;
  /** JSON: what to ingest (an article, a path, a feed URL). */
  payload: string;
  /** queued | running | done | failed */
  status: string;
  locked_by: string | null;
  locked_at: string | null;
  attempts: number;
  error: string | null;
  created_at: string;
}

/** One story: reports of one real event (src/store/stories.ts). JSON columns are text. */
export interface StoriesTable {
  /** `story:` + the key of the unit that opened it. */
  id: string;
  /** Day numbers (days since 1970-01-01) of the story's first and last unit day. */
  first_day: number;
  last_day: number;
  first_published: string;
  latest_published: string;
  first_article: string;
  latest_article: string;
  reports: number;
  independent_sources: number;
  /** JSON string array. */
  publishers: string;
  types: string;
  /** JSON UnitPlace array. */
  places: string;
  /** JSON array of the ISO codes of its places, sorted. */
  countries: string;
  /** JSON Contradiction array. */
  contradictions: string;
  contradiction_count: number;
  /** The unit_seq of the unit that opened it: listing order. */
  opened_seq: number;
}

/** Where one unit went, and why (an Assignment of src/corroborate), with the unit itself. */
export interface StoryUnitsTable {
  unit_key: string;
  /** Position of the unit over the whole store, 1, 2, 3, ... */
  unit_seq: number;
  /** Position of its report among the clustered reports, 0, 1, 2, ... */
  arrival: number;
  article_id: string;
  event_id: string | null;
  story_id: string;
  how: string;
  score: number | null;
  /** JSON MatchReason array. */
  reasons: string;
  /** JSON { storyId, score } or null. */
  nearest: string | null;
  near_dup_of: string | null;
  /** JSON StoryUnit. */
  unit: string;
}

export interface StoryWordsTable {
  word: string;
  df: number;
}

export interface StoryProgressTable {
  id: number;
  /** Every article with seq up to this one has been clustered. */
  last_seq: number;
  /** Reports clustered (the next report's arrival). */
  arrivals: number;
  /** Units clustered (the last unit_seq). */
  units: number;
  /** Reports the word counts cover. */
  word_reports: number;
}

export type { AlertsTable, DeliveriesTable, WatchProgressTable, WatchesTable } from './watches-schema.ts';
import type { AlertsTable, DeliveriesTable, WatchProgressTable, WatchesTable } from './watches-schema.ts';

export interface Database {
  articles: ArticlesTable;
  claims: ClaimsTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  actors: ActorsTable;
  article_bands: ArticleBandsTable;
  ingest_jobs: IngestJobsTable;
  stories: StoriesTable;
  story_units: StoryUnitsTable;
  story_words: StoryWordsTable;
  story_progress: StoryProgressTable;
  watches: WatchesTable;
  alerts: AlertsTable;
  deliveries: DeliveriesTable;
  watch_progress: WatchProgressTable;
  event_query_stats: EventQueryStatsTable;
}

/** One row (id 1): what the event queries need to know about all events (migration 0005). */
export interface EventQueryStatsTable {
  id: number;
  /** The most days any stored event spans (event_date to event_date_end): how far before --since an event can start. */
  max_span_days: number;
}
