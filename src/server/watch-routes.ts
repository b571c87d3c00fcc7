// Watch rules and their alerts over HTTP: /v1/watches (create, list, one, delete), /v1/alerts
// (history, a page at a time) and /v1/alerts/stream (Server-Sent Events). Thin: validate,
// resolve the rule (src/watch/rule.ts), check the webhook's address, call the store.
//
// The stream polls the alerts table by seq, so it carries alerts raised by any process that
// writes the store (an ingest, a worker, this server's POST /v1/articles): it sends the alerts
// stored after the client connected, or after the Last-Event-ID it reconnects with.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { streamSSE } from 'hono/streaming';
import { isCorroborateError } from '../model/errors.ts';
import type { Store } from '../store/store.ts';
import { describeRule, resolveWatch, WatchInput, type WatchRecord } from '../watch/rule.ts';
import { checkPublicUrl } from '../watch/url-guard.ts';
import { ApiError } from './errors.ts';
import { describeIssues, ErrorResponse } from './schemas.ts';

export interface WatchRouteOptions {
  store: Store | null;
  /** Token check for write routes. */
  access: MiddlewareHandler;
  /** Body checks for routes with a JSON body (size, JSON). */
  bodyGuards: MiddlewareHandler[];
  /** Accept webhooks on private, loopback and link-local addresses. */
  allowPrivateUrls?: boolean;
  now?: () => string;
  /** How often the stream looks for new alerts (default 500 ms) and sends a heartbeat (default 15 s). */
  pollMs?: number;
  heartbeatMs?: number;
  /** Errors of ours that ended a stream, for the server log. */
  onError?: (e: unknown) => void;
}

export const DEFAULT_ALERTS_LIMIT = 50;
export const MAX_ALERTS_LIMIT = 500;

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = (...pairs: Array<[number, string]>) => Object.fromEntries(pairs.map(([status, d]) => [status, json(ErrorResponse, d)]));

const WATCH_ID = /^watch-[0-9a-f]{12}$/;
const WatchIdParam = z.object({
  id: z.string().regex(WATCH_ID, 'must be a watch id such as "watch-0123456789ab"').openapi({ param: { name: 'id', in: 'path' }, example: 'watch-0123456789ab' }),
});

const Watch = z
  .object({
    id: z.string(),
    name: z.string(),
    rule: z.object({}).passthrough().openapi({ description: 'The resolved rule: actor ids, types, near {lat, lon, km, name}, minCounts, minSources, certainty.' }),
    description: z.string().openapi({ description: 'The rule in a line.' }),
    webhook: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Watch');

const Alert = z
  .object({
    seq: z.number().int().openapi({ description: 'Increases with every alert stored: the SSE event id.' }),
    id: z.string().openapi({ description: 'One per (watch, story, triggering article); the webhook Idempotency-Key.' }),
    watchId: z.string(),
    storyId: z.string().openapi({ description: 'The story created or updated: the UI shows it at #/stories/<id>.' }),
    articleId: z.string().openapi({ description: 'The report that created or updated it.' }),
    createdAt: z.string(),
    detail: z.object({}).passthrough().openapi({ description: 'watch {id, name}, story {reports, independentSources, publishers, types, contradictions}, article {title, source, published, url}, event {type, place, certainty, counts, actors}.' }),
  })
  .openapi('Alert');

const AlertsQuery = z
  .object({
    watch: z.string().regex(WATCH_ID, 'must be a watch id').optional().openapi({ param: { name: 'watch', in: 'query' }, description: 'Only this watch\'s alerts.' }),
    before: z.string().regex(/^\d+$/, 'must be an alert seq').transform(Number).optional().openapi({ param: { name: 'before', in: 'query' }, description: 'The `nextBefore` of the previous page.', type: 'integer' } as never),
    limit: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_ALERTS_LIMIT, `must be from 1 to ${MAX_ALERTS_LIMIT}`)
      .optional()
      .openapi({ param: { name: 'limit', in: 'query' }, description: `Default ${DEFAULT_ALERTS_LIMIT}, at most ${MAX_ALERTS_LIMIT}.`, type: 'integer' } as never),
  })
  .strict();

const StreamQuery = z
  .object({
    watch: z.string().regex(WATCH_ID, 'must be a watch id').optional().openapi({ param: { name: 'watch', in: 'query' }, description: 'Only this watch\'s alerts.' }),
    after: z.string().regex(/^\d+$/, 'must be an alert seq').transform(Number).optional().openapi({ param: { name: 'after', in: 'query' }, description: 'Start after this seq (as Last-Event-ID does); default: alerts stored from now on.', type: 'integer' } as never),
  })
  .strict();

export function registerWatchRoutes(app: OpenAPIHono, opts: WatchRouteOptions): void {
  const now = opts.now ?? (() => new Date().toISOString());
  const pollMs = opts.pollMs ?? 500;
  const heartbeatMs = opts.heartbeatMs ?? 15_000;
  const needStore = (): Store => {
    if (!opts.store) throw new ApiError(503, 'E_NO_STORE', 'this server has no store open; start it with `corroborate serve --db PATH|URL`');
    return opts.store;
  };

  app.openAPIRegistry.register('WatchInput', WatchInput);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/watches',
      summary: 'Create a watch rule',
      description:
        'A filter over the events of stories: actors, types, a place and radius, minimum counts, minimum independent sources, certainty; with an optional webhook. Names are resolved through the gazetteers (the stored rule keeps ids). When an ingest creates or updates a story that matches, an alert is stored, streamed on /v1/alerts/stream and POSTed to the webhook. Needs `Authorization: Bearer <CORROBORATE_TOKEN>`.',
      security: [{ bearer: [] }],
      middleware: [opts.access, ...opts.bodyGuards] as never,
      request: { body: { required: true, content: { 'application/json': { schema: z.unknown().openapi({ $ref: '#/components/schemas/WatchInput' } as never) } } } },
      responses: {
        201: json(Watch, 'The watch as stored'),
        ...errors([400, 'A malformed rule, a name no gazetteer knows, or a refused webhook URL'], [401, 'No bearer token, or the wrong one'], [413, 'The body is too large'], [503, 'Writes are off, or no store']),
      },
    }),
    async (c) => {
      const store = needStore();
      const checked = WatchInput.safeParse(c.req.valid('json'));
      if (!checked.success) throw new ApiError(400, 'E_BAD_REQUEST', describeIssues(checked.error.issues).replace(/\(allowed: text, html, published, title, source, url\)/, '(allowed: name, actors, types, near, minCounts, minSources, certainty, webhook)'));
      const resolved = await asBadRequest(async () => {
        const w = resolveWatch(checked.data);
        if (w.webhook !== null) await checkPublicUrl(w.webhook, 'webhook', { allowPrivate: opts.allowPrivateUrls ?? false });
        return w;
      });
      const watch = await store.watches.create(resolved, now());
      return c.json(watchOut(watch), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/watches',
      summary: 'Every watch rule, oldest first',
      responses: { 200: json(z.object({ watches: z.array(Watch) }), 'The watches') },
    }),
    async (c) => c.json({ watches: (await needStore().watches.list()).map(watchOut) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/watches/{id}',
      summary: 'One watch rule',
      request: { params: WatchIdParam },
      responses: { 200: json(Watch, 'The watch'), ...errors([400, 'Not a watch id'], [404, 'No such watch']) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const watch = await needStore().watches.get(id);
      if (!watch) throw new ApiError(404, 'E_NOT_FOUND', `no watch ${id}`);
      return c.json(watchOut(watch), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/v1/watches/{id}',
      summary: 'Delete a watch rule, with its alerts and pending deliveries',
      security: [{ bearer: [] }],
      middleware: [opts.access] as never,
      request: { params: WatchIdParam },
      responses: {
        200: json(z.object({ deleted: z.string() }), 'Deleted'),
        ...errors([400, 'Not a watch id'], [401, 'No bearer token, or the wrong one'], [404, 'No such watch'], [503, 'Writes are off, or no store']),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await needStore().watches.remove(id))) throw new ApiError(404, 'E_NOT_FOUND', `no watch ${id}`);
      return c.json({ deleted: id }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/alerts',
      summary: 'Stored alerts, newest first, a page at a time',
      request: { query: AlertsQuery },
      responses: {
        200: json(z.object({ alerts: z.array(Alert), nextBefore: z.number().int().nullable().openapi({ description: 'Pass as `before` for the next (older) page; null on the last.' }) }), 'A page of alerts'),
        ...errors([400, 'A bad parameter']),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const limit = (q.limit as number | undefined) ?? DEFAULT_ALERTS_LIMIT;
      const rows = await needStore().watches.alerts({ watch: q.watch, before: q.before as number | undefined, limit: limit + 1 });
      const page = rows.slice(0, limit);
      return c.json({ alerts: page as never, nextBefore: rows.length > limit ? page[page.length - 1].seq : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/alerts/stream',
      summary: 'Alerts as they are stored (Server-Sent Events)',
      description:
        'An `alert` event (id = the alert seq, data = the Alert JSON) for every alert stored after the client connected; a client that reconnects with `Last-Event-ID` (browsers do) gets the ones it missed. Alerts stored by any process writing the store are seen within about half a second. A `ping` comment is sent as a heartbeat.',
      request: { query: StreamQuery },
      responses: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } }, ...errors([400, 'A bad parameter']) },
    }),
    (async (c: Context) => {
      const store = needStore();
      const q = (c.req as unknown as { valid(t: 'query'): { watch?: string; after?: number } }).valid('query');
      const lastEventId = c.req.header('last-event-id');
      let after: number;
      if (lastEventId !== undefined && /^\d+$/.test(lastEventId.trim())) after = Number(lastEventId.trim());
      else if (q.after !== undefined) after = q.after;
      else after = await store.watches.latestAlertSeq();
      return streamSSE(c, async (stream) => {
        let closed = false;
        stream.onAbort(() => {
          closed = true;
        });
        // Tells EventSource how long to wait before reconnecting, and opens the stream at once.
        await stream.write(`retry: 2000\n: connected after ${after}\n\n`);
        let lastBeat = Date.now();
        try {
          while (!closed && !stream.aborted && !stream.closed) {
            const fresh = await store.watches.alerts({ watch: q.watch, after, limit: 100 });
            for (const a of fresh) {
              await stream.writeSSE({ event: 'alert', id: String(a.seq), data: JSON.stringify(a) });
              after = a.seq;
            }
            if (Date.now() - lastBeat >= heartbeatMs) {
              await stream.write(': ping\n\n');
              lastBeat = Date.now();
            }
            if (fresh.length < 100) await stream.sleep(pollMs);
          }
        } catch (e) {
          // The store went away (the server is stopping) or failed: end the stream; the client
          // reconnects with Last-Event-ID and loses nothing.
          if (closed || stream.aborted) return;
          opts.onError?.(e);
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ error: { code: 'E_INTERNAL', message: 'the alert stream stopped; reconnect to resume' } }) });
        }
      });
    }) as never,
  );
}

function watchOut(w: WatchRecord) {
  return { id: w.id, name: w.name, rule: w.rule as Record<string, unknown>, description: describeRule(w.rule), webhook: w.webhook, createdAt: w.createdAt };
}

/** Rule errors (a name no gazetteer knows, a refused URL) are the request's fault: 400. */
async function asBadRequest<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isCorroborateError(e) && e.code === 'E_BAD_OPTION') throw new ApiError(400, 'E_BAD_REQUEST', e.message);
    throw e;
  }
}
