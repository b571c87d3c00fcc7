// The UI's only way to the server: its HTTP API.
import type { Analysis } from '../../src/model/analysis.ts';

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
  counts: Array<{ kind: string; value: number; qualifier: 'exact' | 'at-least' | 'at-most' | 'about' }>;
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
export type EventFilters = Partial<Record<'actor' | 'type' | 'since' | 'until' | 'near' | 'within' | 'country', string>>;

export function eventsQuery(filters: EventFilters, cursor?: string | null, limit = 100): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v && v.trim() !== '') params.set(k, v.trim());
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export function fetchEvents(filters: EventFilters, cursor: string | null, signal?: AbortSignal): Promise<EventsPage> {
  return requestJson<EventsPage>(`/v1/events?${eventsQuery(filters, cursor)}`, { headers: { Accept: 'application/json' }, signal });
}

export interface StoredArticleOut {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  origin: string;
  nearDuplicateOf: string | null;
  ingestedAt: string;
  analysis: Analysis;
}

export function fetchArticle(id: string, signal?: AbortSignal): Promise<StoredArticleOut> {
  return requestJson<StoredArticleOut>(`/v1/articles/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' }, signal });
}

async function requestJson<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
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
      return 'The article is not in this store: go back to the events and pick another.';
    case 'E_NO_STORE':
      return 'Start the server with a store: `corroborate serve --db corroborate.db`.';
    default:
      return f.status >= 500 ? 'This is a fault in the server; its log has the details.' : 'Correct the input and try again.';
  }
}
