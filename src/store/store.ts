import type { Backend } from './migrations.ts';
import type { PreparedArticle } from './rows.ts';
import type { EventsTable } from './schema.ts';

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
}

/** Every row of the store in a fixed order, minus ingest timestamps: equal dumps mean equal stores. */
export interface StoreDump {
  articles: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  events: Record<string, unknown>[];
  event_actors: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  article_bands: Record<string, unknown>[];
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
  writeArticles(batch: readonly PreparedArticle[], ingestedAt: string): Promise<WriteOutcome[]>;
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
