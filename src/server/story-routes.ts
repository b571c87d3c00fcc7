// The story routes: the list `corroborate stories` prints, a page at a time, one story with its
// reports side by side and its contradictions (each value with the reports and words stating
// it), and which story each event of some articles joined (for links from events and articles).
// Thin: validate, call the Store and story-query, shape the answer.

import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { isCorroborateError } from '../model/errors.ts';
import { resolveStoryFilter } from '../store/event-query.ts';
import { explainContradictions } from '../store/story-query.ts';
import type { Store, StoryPosition } from '../store/store.ts';
import { ApiError } from './errors.ts';
import { ErrorResponse } from './schemas.ts';
import { DEFAULT_STORIES_LIMIT, StoriesQuery, StoriesResponse, StoryIdParam, StoryLinksQuery, StoryLinksResponse, StoryResponse } from './story-schemas.ts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = (...pairs: Array<[number, string]>) => Object.fromEntries(pairs.map(([status, d]) => [status, json(ErrorResponse, d)]));

const storiesRoute = createRoute({
  method: 'get',
  path: '/v1/stories',
  summary: 'Stories (reports of one event from several articles), filtered as `corroborate stories` filters them, a page at a time',
  request: { query: StoriesQuery },
  responses: { 200: json(StoriesResponse, 'A page of stories'), ...errors([400, 'A filter that cannot be resolved, or a cursor from another query'], [503, 'No store']) },
});

const storyRoute = createRoute({
  method: 'get',
  path: '/v1/stories/{id}',
  summary: 'One story: its reports side by side, independent sources, first and latest report, contradictions',
  request: { params: StoryIdParam },
  responses: { 200: json(StoryResponse, 'The story'), ...errors([400, 'Not a story id'], [404, 'No such story'], [503, 'No store']) },
});

const linksRoute = createRoute({
  method: 'get',
  path: '/v1/story-links',
  summary: 'The story each event of these articles joined',
  request: { query: StoryLinksQuery },
  responses: { 200: json(StoryLinksResponse, 'One link per event (or event-less report)'), ...errors([400, 'No article ids, or a malformed one'], [503, 'No store']) },
});

export function registerStoryRoutes(app: OpenAPIHono, opts: { store: Store | null }): void {
  const needStore = (): Store => {
    if (!opts.store) throw new ApiError(503, 'E_NO_STORE', 'this server has no store open; start it with `corroborate serve --db PATH|URL`');
    return opts.store;
  };

  app.openapi(storiesRoute, async (c) => {
    const store = needStore();
    const query = c.req.valid('query');
    const limit = (query.limit as number | undefined) ?? DEFAULT_STORIES_LIMIT;
    const fingerprint = storyFilterFingerprint(query);
    const after = decodeStoryCursor(query.cursor, fingerprint);
    const filter = asQueryError(() =>
      resolveStoryFilter({ since: query.since, until: query.until, country: query.country, type: query.type, minSources: query.minSources as number | undefined }),
    );
    const rows = await store.findStories({ ...filter, articles: query.article as string[] | undefined, after: after ?? undefined, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? encodeStoryCursor(page[page.length - 1].position, fingerprint) : null;
    return c.json({ stories: page as never, nextCursor }, 200);
  });

  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const story = await needStore().getStory(id);
    if (!story) throw new ApiError(404, 'E_NOT_FOUND', `no story ${id} in the store (list them with GET /v1/stories)`);
    return c.json({ ...story, contradictions: explainContradictions(story) } as never, 200);
  });

  app.openapi(linksRoute, async (c) => {
    const query = c.req.valid('query');
    const ids = query.article as string[] | undefined;
    if (!ids) throw new ApiError(400, 'E_BAD_REQUEST', 'article: give one or more article ids, comma-separated');
    return c.json({ links: await needStore().storyLinks(ids) }, 200);
  });
}

/** The filters that define the list, in a fixed order; not the limit or cursor. */
function storyFilterFingerprint(query: Record<string, unknown>): string {
  const keys = ['since', 'until', 'country', 'type', 'minSources', 'article'];
  const canonical = keys.map((k) => `${k}=${query[k] ?? ''}`).join('&');
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

interface StoryCursor {
  v: 1;
  d: string;
  s: number;
  f: string;
}

/**
 * A cursor names the last story of the page (its first day and opening order), so the next
 * page starts after it however many stories arrive meanwhile. Opaque to clients: base64url JSON.
 */
function encodeStoryCursor(p: StoryPosition, fingerprint: string): string {
  const body: StoryCursor = { v: 1, d: p.firstDay, s: p.openedSeq, f: fingerprint };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeStoryCursor(cursor: string | undefined, fingerprint: string): StoryPosition | null {
  if (cursor === undefined) return null;
  let body: Partial<StoryCursor> | null;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    body = null;
  }
  if (!body || body.v !== 1 || typeof body.d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(body.d) || !Number.isSafeInteger(body.s) || typeof body.f !== 'string') {
    throw new ApiError(400, 'E_BAD_REQUEST', 'cursor: not a cursor this server gave out; pass `nextCursor` from the previous page as it is');
  }
  if (body.f !== fingerprint) {
    throw new ApiError(400, 'E_BAD_REQUEST', 'cursor: it belongs to a query with other filters; repeat the filters of the first page, or start again without a cursor');
  }
  return { firstDay: body.d, openedSeq: body.s as number };
}

/** The CLI's option errors name `--since`; through the API the same thing is a query parameter. */
function asQueryError<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (isCorroborateError(e) && e.code === 'E_BAD_OPTION') {
      throw new ApiError(400, 'E_BAD_REQUEST', e.message.replace(/--(type|since|until|country)\b/g, '$1').replace(/--min-sources\b/g, 'minSources'));
    }
    throw e;
  }
}
