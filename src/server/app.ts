// The HTTP API and the web UI as one Hono app. Handlers are thin: validate the request (the
// same zod objects generate /openapi.json), call the public API, return its result. Every error
// goes through one handler that maps it to `{ error: { code, message } }` and a status.

import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { analyze } from '../analyze.ts';
import { CorroborateError } from '../model/errors.ts';
import { VERSION } from '../version.ts';
import { ApiError, errorBody, mapError } from './errors.ts';
import { AnalyzeRequest, ErrorResponse, Health, analysisSchemaComponents, describeIssues } from './schemas.ts';
import { securityHeaders } from './security.ts';
import type { UiFile } from './ui-files.ts';
import type { Store } from '../store/store.ts';
import { requireWriteAccess, type WriteAccess } from './auth.ts';
import { registerStoreRoutes } from './store-routes.ts';
import { registerStoryRoutes } from './story-routes.ts';
import { registerWatchRoutes } from './watch-routes.ts';
import { escapeRegExp } from '../recognize/regex.ts';

/** Request bodies larger than this are refused with 413 unless configured otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  /** Largest accepted request body in bytes (default 10 MB). */
  maxBodyBytes?: number;
  /** The built UI's files (loadUiFiles); null or absent serves the API only. */
  uiFiles?: Map<string, UiFile> | null;
  /** The store the /v1/articles, /v1/events and /v1/search routes use; absent: they answer 503. */
  store?: Store | null;
  /** Who may use write routes (CORROBORATE_TOKEN); default: nobody. */
  writeAccess?: WriteAccess;
  /** The ingest timestamp of articles posted (ISO); default the clock. */
  now?: () => string;
  /** Accept webhook URLs on private, loopback and link-local addresses (serve --allow-private-urls). */
  allowPrivateUrls?: boolean;
  /** The alert stream's poll and heartbeat intervals (ms); defaults 500 and 15,000. */
  alertStream?: { pollMs?: number; heartbeatMs?: number };
  /** Called with errors that are ours (status 500), for the server log. */
  onInternalError?: (error: unknown, method: string, path: string) => void;
}

const ERROR_RESPONSES = {
  400: { description: 'A malformed body: the message names the field and what is wrong', content: { 'application/json': { schema: ErrorResponse } } },
  413: { description: 'The body is larger than the server accepts', content: { 'application/json': { schema: ErrorResponse } } },
  415: { description: 'The body is not JSON', content: { 'application/json': { schema: ErrorResponse } } },
  422: { description: 'The article cannot be analysed (empty, binary, not English), as the CLI refuses it', content: { 'application/json': { schema: ErrorResponse } } },
} as const;

const analyzeRoute = (maxBodyBytes: number) =>
  createRoute({
    method: 'post',
    path: '/v1/analyze',
    summary: 'Analyse one article',
    description:
      'Plain text or an HTML page in; the analysis out, exactly as `corroborate analyze --format json` prints it (docs/output.md). HTML goes through Readability first. Nothing is stored.',
    middleware: [limitBody(maxBodyBytes), requireJsonBody] as const,
    request: { body: { required: true, content: { 'application/json': { schema: AnalyzeRequest } } } },
    responses: {
      200: { description: 'The analysis', content: { 'application/json': { schema: { $ref: '#/components/schemas/Analysis' } } } },
      ...ERROR_RESPONSES,
    },
  });

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness',
  responses: { 200: { description: 'The server is up', content: { 'application/json': { schema: Health } } } },
});

export function createApp(options: AppOptions = {}): OpenAPIHono {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new CorroborateError('E_BAD_OPTION', `maxBodyBytes must be a positive whole number of bytes, got ${maxBodyBytes}`);
  }
  const ui = options.uiFiles ?? null;

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        return c.json(errorBody('E_BAD_REQUEST', describeIssues(result.error.issues, result.target)), 400);
      }
    },
  });

  app.use('*', securityHeaders());

  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, version: VERSION }, 200));

  app.openapi(analyzeRoute(maxBodyBytes), (c) => {
    const body: z.infer<typeof AnalyzeRequest> = c.req.valid('json');
    const input = body.html ?? body.text!;
    const result = analyze(input, {
      // The name error messages use; ".html" makes the HTML path certain, as a file name does in the CLI.
      name: body.html !== undefined ? 'body.html' : 'body.text',
      published: body.published,
      title: body.title,
      source: body.source,
      url: body.url,
    });
    // The 200 schema is a $ref to the JSON Schema, which zod-openapi cannot type: the contract is Analysis.
    return c.json(result as never, 200);
  });

  registerStoreRoutes(app, {
    store: options.store ?? null,
    writeGuards: [requireWriteAccess(options.writeAccess ?? {}), limitBody(maxBodyBytes), requireJsonBody],
    now: options.now,
  });
  registerStoryRoutes(app, { store: options.store ?? null });
  registerWatchRoutes(app, {
    store: options.store ?? null,
    access: requireWriteAccess(options.writeAccess ?? {}),
    bodyGuards: [limitBody(maxBodyBytes), requireJsonBody],
    allowPrivateUrls: options.allowPrivateUrls,
    now: options.now,
    ...options.alertStream,
    onError: (e) => options.onInternalError?.(e, 'GET', '/v1/alerts/stream'),
  });

  for (const [name, schema] of Object.entries(analysisSchemaComponents())) {
    app.openAPIRegistry.registerComponent('schemas', name, schema);
  }
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Corroborate HTTP API',
      version: VERSION,
      description: 'Provenance-aware event data from security and conflict news. Errors are `{ error: { code, message } }`.',
    },
  });

  if (ui) {
    app.on(['GET', 'HEAD'], '*', (c, next) => {
      const file = ui.get(c.req.path);
      return file ? serveFile(c, file) : next();
    });
  } else {
    app.get('/', () => {
      throw new ApiError(503, 'E_UI_NOT_BUILT', 'the web UI is not built: run `npm run build:ui` (npm ci does it), then restart the server');
    });
  }

  app.notFound((c) => {
    const allowed = allowedMethods(app, ui, c.req.path);
    if (allowed.length > 0) {
      throw new ApiError(405, 'E_METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${c.req.path}; use ${allowed.join(' or ')}`, {
        Allow: allowed.join(', '),
      });
    }
    throw new ApiError(404, 'E_ROUTE_NOT_FOUND', `no such route: ${c.req.method} ${c.req.path}${c.req.path.startsWith('/v1/') ? ' (see /openapi.json)' : ''}`);
  });

  app.onError((err, c) => {
    const mapped = mapError(err);
    if (mapped.internal) options.onInternalError?.(err, c.req.method, c.req.path);
    for (const [k, v] of Object.entries(mapped.headers)) c.header(k, v);
    return c.json(mapped.body, mapped.status);
  });

  return app;
}

function serveFile(c: Context, file: UiFile): Response {
  c.header('Content-Type', file.type);
  c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  return c.body(file.body, 200);
}

export function limitBody(maxBodyBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      // The rest of the body is never read: close the connection rather than leave it on the socket.
      throw new ApiError(413, 'E_TOO_LARGE', `request body is too large: the limit is ${maxBodyBytes} bytes (serve --max-body-bytes)`, { Connection: 'close' });
    },
  });
}

/** JSON only, and a parse error that says where, before the validator sees the body. */
export const requireJsonBody: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type');
  if (!type || !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ApiError(415, 'E_UNSUPPORTED_MEDIA_TYPE', `the body must be JSON with Content-Type: application/json (got ${type ? `"${type}"` : 'no Content-Type'})`);
  }
  try {
    await c.req.json();
  } catch (e) {
    if (e instanceof SyntaxError) {
      throw new ApiError(400, 'E_BAD_JSON', `the body is not valid JSON: ${e.message}`);
    }
    throw e;
  }
  await next();
};

/** The methods some route answers on this path, for a 405 with an Allow header. */
function allowedMethods(app: OpenAPIHono, ui: Map<string, UiFile> | null, path: string): string[] {
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path === '*') continue;
    if (routePattern(route.path).test(path)) methods.add(route.method);
  }
  if (ui?.has(path)) methods.add('GET');
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

function routePattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('/');
  return new RegExp(`^${source}$`);
}
