// The UI's only way to the server: its HTTP API.
import type { Analysis } from '../../src/model/analysis.ts';
import type { ContradictionStatement, ExplainedContradiction } from '../../src/store/story-query.ts';
import type { ArticleRecord, StoryLink, StoryReportView, StoryRow } from '../../src/store/store.ts';
import type { UnitPlace } from '../../src/corroborate/types.ts';

export interface AnalyzeInput {
  text?: string;
  html?: string;
  published?: string;
}

/** A refusal from the server ({ error: { code, message } }) or a failure to reach it. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Any failure as an ApiFailure: a thrown ApiFailure as it is, anything else (a network error) with status 0. */
export function asFailure(e: unknown): ApiFailure {
  return e instanceof ApiFailure ? e : new ApiFailure(0, 'E_UI', (e as Error)?.message ?? String(e));
}

export async function analyzeArticle(input: AnalyzeInput, signal?: AbortSignal): Promise<Analysis> {
  return requestJson<Analysis>('/v1/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(input),
    signal,
  });
}

/** An event as GET /v1/events gives it (`corroborate events --format json`). */
export interface StoredEventOut {
  id: string;
  type: string;
  date: { start: string; end: string; precision: string } | null;
  eventDate: string | null;
  place: { id: string; name: string | null; country: string | null; admin1: string | null; lat: number | null; lon: number | null; precision: 1 | 2 | 3 | null } | null;
  actors: Array<{ actor: string; role: string; inferred: boolean }>;
  /**
   * Every count, in the analysis's order; a rival toll (or, with `revised`, a revision) carries who
   * gave it (`toldBy`), and the event's own figure beside it its claim's source (`claimSource`).
   */
  counts: Array<{ kind: string; value: number; qualifier: 'exact' | 'at-least' | 'at-most' | 'about'; toldBy?: { text: string; start: number; end: number }; revised?: true; claimSource?: string }>;
  /** A protest broken up by force: its cue words ("batons"); null otherwise (events stored before migration 0007 are marked by 0008). */
  intervention: string | null;
  text: string;
  trigger: string;
  claim: { id: string | null; attribution: string | null; certainty: string | null };
  article: { id: string; title: string | null; source: string | null; published: string | null; url: string | null };
  distanceKm?: number;
}

export interface EventsPage {
  events: StoredEventOut[];
  nextCursor: string | null;
}

/** The filters of the Events view, as query parameters (empty ones left out). */
export type EventFilters = Partial<Record<'actor' | 'type' | 'since' | 'until' | 'near' | 'within' | 'country' | 'minSources' | 'intervention', string>>;

/**
 * The query string of a list's filters (blank ones left out, values trimmed), with the page's
 * limit and cursor when given; without a limit it is the address of the view (#/events?...).
 */
export function filtersQuery(filters: Partial<Record<string, string>>, cursor?: string | null, limit?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v && v.trim() !== '') params.set(k, v.trim());
  if (limit !== undefined) params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export function eventsQuery(filters: EventFilters, cursor?: string | null, limit = 100): string {
  return filtersQuery(filters, cursor, limit);
}

export function fetchEvents(filters: EventFilters, cursor: string | null, signal?: AbortSignal): Promise<EventsPage> {
  return requestJson<EventsPage>(`/v1/events?${eventsQuery(filters, cursor)}`, { signal });
}

/** A stored article as GET /v1/articles/{id} gives it (the store's record, its analysis typed). */
export type StoredArticleOut = Omit<ArticleRecord, 'analysis'> & { analysis: Analysis };

export function fetchArticle(id: string, signal?: AbortSignal): Promise<StoredArticleOut> {
  return requestJson<StoredArticleOut>(`/v1/articles/${encodeURIComponent(id)}`, { signal });
}

/** One JSON request to our API: a network failure, a non-JSON answer or an error status becomes an ApiFailure. */
export async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { Accept: 'application/json', ...(init.headers as Record<string, string> | undefined) } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiFailure(0, 'E_NETWORK', 'the server could not be reached');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiFailure(res.status, 'E_BAD_RESPONSE', `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiFailure(res.status, err?.code ?? 'E_UNKNOWN', err?.message ?? `the server answered ${res.status}`);
  }
  return body as T;
}

/** What the person can do about a failure. */
export function adviceFor(f: ApiFailure): string {
  switch (f.code) {
    case 'E_NETWORK':
      return 'Check that `corroborate serve` is still running, then try again.';
    case 'E_TOO_LARGE':
      return 'Send a shorter article, or restart the server with a larger --max-body-bytes.';
    case 'E_LANGUAGE':
      return 'Only English articles can be analysed.';
    case 'E_EMPTY':
      return 'Paste the article text itself, or upload the saved article page.';
    case 'E_BINARY':
    case 'E_ENCODING':
      return 'Upload a plain-text (UTF-8) or HTML file.';
    case 'E_BAD_REQUEST':
    case 'E_BAD_OPTION':
      return 'Correct the field named above and try again.';
    case 'E_NOT_FOUND':
      return 'It is not in this store (it may have been removed, or the link is from another store): go back to the events or the stories and pick another.';
    case 'E_NO_STORE':
      return 'Start the server with a store: `corroborate serve --db corroborate.db`.';
    default:
      return f.status >= 500 ? 'This is a fault in the server; its log has the details.' : 'Correct the input and try again.';
  }
}

/** A place of a story (the clusterer's UnitPlace). */
export type StoryPlaceOut = UnitPlace;

/** A story as GET /v1/stories lists it (the store's row; its list position is only for the cursor). */
export type StorySummaryOut = Omit<StoryRow, 'position'>;

export interface StoriesPage {
  stories: StorySummaryOut[];
  nextCursor: string | null;
}

/** One value of a contradiction as said by one report (the server's type). */
export type StatementOut = ContradictionStatement;

/** One report of a story, side by side with the others (the store's type). */
export type StoryReportOut = StoryReportView;

/** One story as GET /v1/stories/{id} gives it. */
export interface StoryOut extends Omit<StorySummaryOut, 'contradictions'> {
  contradictions: ExplainedContradiction[];
  reportsSideBySide: StoryReportOut[];
}

export type StoryFilters = Partial<Record<'since' | 'until' | 'country' | 'type' | 'minSources', string>>;

export function storiesQuery(filters: StoryFilters, cursor?: string | null, limit = 50): string {
  return filtersQuery(filters, cursor, limit);
}

export function fetchStories(filters: StoryFilters, cursor: string | null, signal?: AbortSignal): Promise<StoriesPage> {
  return requestJson<StoriesPage>(`/v1/stories?${storiesQuery(filters, cursor)}`, { signal });
}

export function fetchStory(id: string, signal?: AbortSignal): Promise<StoryOut> {
  return requestJson<StoryOut>(`/v1/stories/${encodeURIComponent(id)}`, { signal });
}

export type StoryLinkOut = StoryLink;

/** The story each event of these articles joined (at most 200 articles a call). */
export async function fetchStoryLinks(articleIds: string[], signal?: AbortSignal): Promise<StoryLinkOut[]> {
  const unique = [...new Set(articleIds)];
  const out: StoryLinkOut[] = [];
  for (let i = 0; i < unique.length; i += 200) {
    const page = await requestJson<{ links: StoryLinkOut[] }>(`/v1/story-links?article=${unique.slice(i, i + 200).join(',')}`, { signal });
    out.push(...page.links);
  }
  return out;
}

/** The hash route of a story (the one alerts link to). */
export function storyHref(id: string): string {
  return `#/stories/${encodeURIComponent(id)}`;
}

/** The hash route of a stored article, at one of its events when given. */
export function articleHref(id: string, eventId?: string | null): string {
  return `#/articles/${encodeURIComponent(id)}${eventId ? `?event=${encodeURIComponent(eventId)}` : ''}`;
}
