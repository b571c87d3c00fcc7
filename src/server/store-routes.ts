// The routes over the store: ingest through the API, one article, events, search, and the
// gazetteer look-ups the CLI has. Thin: validate, call the store / ingest / gazetteer functions
// the CLI calls, shape the answer.

import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { explainActor, loadActorGazetteer } from '../gazetteer/actors.ts';
import { loadPlaceGazetteer } from '../gazetteer/places.ts';
import { runTask } from '../ingest/analyze-task.ts';
import { parseJsonlLine } from '../ingest/sources.ts';
import { isCorroborateError } from '../model/errors.ts';
import { resolveEventFilter } from '../store/event-query.ts';
import { toJson } from '../store/export.ts';
import type { PreparedArticle } from '../store/rows.ts';
import type { Analysis } from '../model/analysis.ts';
import { eventKey, type Store } from '../store/store.ts';
import { ApiError } from './errors.ts';
import { decodeCursor, encodeCursor, filterFingerprint } from './event-pages.ts';
import { describeIssues, ErrorResponse } from './schemas.ts';
import {
  ActorsQuery,
  ArticleIdParam,
  ArticleBatch,
  ArticleInput,
  DEFAULT_EVENTS_LIMIT,
  DEFAULT_SEARCH_LIMIT,
  EventsQuery,
  EventsResponse,
  Explanation,
  PlacesQuery,
  PostArticlesBody,
  PostArticlesResponse,
  SearchQuery,
  SearchResponse,
  StoredArticle,
} from './store-schemas.ts';

export interface StoreRouteOptions {
  /** The open store; null: the store routes answer 503. */
  store: Store | null;
  /** Checks on write routes, in order: access, body size, JSON. */
  writeGuards: MiddlewareHandler[];
  /** The ingest timestamp (ISO) of a write. */
  now?: () => string;
}

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = (...pairs: Array<[number, string]>) => Object.fromEntries(pairs.map(([status, d]) => [status, json(ErrorResponse, d)]));

const postArticles = (guards: MiddlewareHandler[]) =>
  createRoute({
    method: 'post',
    path: '/v1/articles',
    summary: 'Ingest one article or a batch',
    description:
      'Analyses and stores articles as `corroborate ingest` does a JSONL file: the same fields, the same checks, the same duplicate and near-duplicate rules. Each article gets its own status; a bad article is `failed` with its reason and never blocks the others. Needs `Authorization: Bearer <CORROBORATE_TOKEN>`.',
    security: [{ bearer: [] }],
    middleware: guards as never,
    request: { body: { required: true, content: { 'application/json': { schema: PostArticlesBody } } } },
    responses: {
      200: json(PostArticlesResponse, 'One result per article, in the order sent'),
      ...errors([400, 'A malformed body'], [401, 'No bearer token, or the wrong one'], [413, 'The body is too large'], [415, 'The body is not JSON'], [503, 'Writes are off (no token configured) or no store']),
    },
  });

const getArticleRoute = createRoute({
  method: 'get',
  path: '/v1/articles/{id}',
  summary: 'One stored article with its analysis',
  request: { params: ArticleIdParam },
  responses: { 200: json(StoredArticle, 'The article and its stored analysis'), ...errors([400, 'Not an article id'], [404, 'No such article']) },
});

const eventsRoute = createRoute({
  method: 'get',
  path: '/v1/events',
  summary: 'Stored events, filtered as `corroborate events` filters them, a page at a time',
  request: { query: EventsQuery },
  responses: { 200: json(EventsResponse, 'A page of events'), ...errors([400, 'A filter that cannot be resolved, or a cursor from another query']) },
});

const searchRoute = createRoute({
  method: 'get',
  path: '/v1/search',
  summary: 'Full-text search over stored claims, best match first',
  request: { query: SearchQuery },
  responses: { 200: json(SearchResponse, 'Matching claims with their article'), ...errors([400, 'No words to search for']) },
});

const actorsRoute = createRoute({
  method: 'get',
  path: '/v1/actors',
  summary: 'The actor a name or phrase resolves to, the candidates, and why one wins',
  request: { query: ActorsQuery },
  responses: { 200: json(Explanation, 'As `corroborate actors QUERY --format json`'), ...errors([400, 'No query, or a bad date']) },
});

const placesRoute = createRoute({
  method: 'get',
  path: '/v1/places',
  summary: 'Gazetteer candidates for a place name and what the recogniser picks',
  request: { query: PlacesQuery },
  responses: { 200: json(Explanation, 'As `corroborate places QUERY --format json`'), ...errors([400, 'No query, or an unknown country']) },
});

export function registerStoreRoutes(app: OpenAPIHono, opts: StoreRouteOptions): void {
  const now = opts.now ?? (() => new Date().toISOString());
  const needStore = (): Store => {
    if (!opts.store) throw new ApiError(503, 'E_NO_STORE', 'this server has no store open; start it with `corroborate serve --db PATH|URL`');
    return opts.store;
  };

  app.openAPIRegistry.register('ArticleInput', ArticleInput);
  app.openAPIRegistry.register('ArticleBatch', ArticleBatch);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The value of CORROBORATE_TOKEN the server was started with.',
  });

  app.openapi(postArticles(opts.writeGuards), async (c) => {
    const store = needStore();
    const body: unknown = c.req.valid('json');
    const isBatch = body !== null && typeof body === 'object' && !Array.isArray(body) && 'articles' in body;
    const checked = (isBatch ? ArticleBatch : ArticleInput).safeParse(body);
    if (!checked.success) throw new ApiError(400, 'E_BAD_REQUEST', describeIssues(checked.error.issues));
    const batch = isBatch ? (checked.data as { articles: unknown[] }).articles : null;
    const items = batch ?? [checked.data];
    const results = await ingestItems(store, items, batch ? (i) => `api:articles[${i}]` : () => 'api:article', now());
    const count = (s: string) => results.filter((r) => r.status === s).length;
    return c.json(
      {
        results,
        stored: count('stored') + count('near-duplicate'),
        nearDuplicates: count('near-duplicate'),
        duplicates: count('duplicate'),
        failed: count('failed'),
      },
      200,
    );
  });

  app.openapi(getArticleRoute, async (c) => {
    const { id } = c.req.valid('param');
    const article = await needStore().getArticle(id);
    if (!article) throw new ApiError(404, 'E_NOT_FOUND', `no article ${id} in the store`);
    return c.json(article as never, 200);
  });

  app.openapi(eventsRoute, async (c) => {
    const store = needStore();
    const query = c.req.valid('query');
    const limit = (query.limit as number | undefined) ?? DEFAULT_EVENTS_LIMIT;
    const fingerprint = filterFingerprint(query);
    const after = decodeCursor(query.cursor, fingerprint);
    const filter = await asQueryError(() => resolveEventFilter({ ...query, limit: limit + 1 }, store));
    const rows = await store.findEvents({ ...filter, after });
    const page = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? encodeCursor(eventKey(page[page.length - 1]), fingerprint) : null;
    return c.json({ events: toJson(page) as Array<Record<string, unknown>>, nextCursor }, 200);
  });

  app.openapi(searchRoute, async (c) => {
    const query = c.req.valid('query');
    const store = needStore();
    const hits = await asQueryError(() => store.searchClaims(query.q, { limit: (query.limit as number | undefined) ?? DEFAULT_SEARCH_LIMIT }));
    return c.json({ hits: hits as unknown as Array<Record<string, unknown>> }, 200);
  });

  app.openapi(actorsRoute, (c) => {
    const query = c.req.valid('query');
    return c.json(explainActor(loadActorGazetteer(), query.q, query.date ?? null) as never, 200);
  });

  app.openapi(placesRoute, (c) => {
    const query = c.req.valid('query');
    const gazetteer = loadPlaceGazetteer();
    const countries = new Set<string>();
    if (query.country !== undefined) {
      const v = query.country.trim();
      const code = /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : gazetteer.candidates(v).find((p) => p.kind === 'country')?.country;
      if (!code || !gazetteer.get(`country:${code}`)) throw new ApiError(400, 'E_BAD_REQUEST', `country: "${query.country}" is no country we know (use an ISO code such as PK)`);
      countries.add(code);
    }
    return c.json(gazetteer.explain(query.q.trim(), countries) as never, 200);
  });
}

type ItemResult = z.infer<typeof PostArticlesResponse>['results'][number];

/**
 * Each item: checked by the ArticleInput validator, read as a JSONL line is, analysed as ingest
 * analyses; then every good one is written in one batch, as ingest writes. Analysis yields to
 * the event loop between articles so other requests are not held up by a whole batch.
 */
async function ingestItems(store: Store, items: unknown[], originOf: (i: number) => string, ingestedAt: string): Promise<ItemResult[]> {
  const results: ItemResult[] = new Array(items.length);
  const prepared: PreparedArticle[] = [];
  const preparedIndex: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const checked = ArticleInput.safeParse(items[i]);
    if (!checked.success) {
      results[i] = { index: i, status: 'failed', reason: describeIssues(checked.error.issues) };
      continue;
    }
    const item = parseJsonlLine(JSON.stringify(checked.data), originOf(i));
    if (item.kind === 'failure') {
      results[i] = { index: i, status: 'failed', reason: item.reason };
      continue;
    }
    if (i > 0) await yieldToLoop();
    const task = runTask(item);
    if (!task.ok) {
      if (task.internal) throw new Error(`${task.origin}: ${task.reason}`);
      results[i] = { index: i, status: 'failed', reason: task.reason };
      continue;
    }
    prepared.push(task.prepared);
    preparedIndex.push(i);
  }
  const outcomes = await store.writeArticles(prepared, ingestedAt);
  // Then the stories (and the watches' alerts), as ingest does after each batch: GET /v1/stories
  // sees an article as soon as it is stored.
  const analyses = new Map<string, Analysis>();
  outcomes.forEach((o, k) => {
    if (o.status !== 'duplicate') analyses.set(prepared[k].article.id, JSON.parse(prepared[k].article.analysis));
  });
  await store.clusterStories({ analyses });
  outcomes.forEach((o, k) => {
    const i = preparedIndex[k];
    results[i] = { index: i, status: o.status, id: o.id, ...(o.of !== undefined ? { of: o.of } : {}), ...(o.similarity !== undefined ? { similarity: o.similarity } : {}), ...(o.by !== undefined ? { by: o.by } : {}) };
  });
  return results;
}

/** The CLI's option errors name `--actor`; through the API the same thing is a query parameter. */
async function asQueryError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isCorroborateError(e) && e.code === 'E_BAD_OPTION') {
      const message = e.message
        .replace(/--no-intervention\b/g, 'intervention=false')
        .replace(/--intervention\b/g, 'intervention=true')
        .replace(/--(actor|type|since|until|near|within|country)\b/g, '$1')
        .replace(/^search: /, 'q: ');
      throw new ApiError(400, 'E_BAD_REQUEST', message);
    }
    throw e;
  }
}
