import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/index.ts';
import { createApp } from '../src/server/app.ts';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/open.ts';
import { loadUiFiles } from '../src/server/ui-files.ts';
import { parseByteLimit, parsePort } from '../src/cli/serve-command.ts';
import { REPO_ROOT, needsShared, sharedPath } from './shared.ts';

// The HTTP API over real HTTP on a free loopback port: the analysis contract, every kind of
// bad request with its status and message, the size limit, the OpenAPI document and the
// security headers.

const SEED = 'corpus/afpak-militant-releases.txt';
const LIMIT = 64 * 1024;

let server: RunningServer;
let uiDir: string;

before(async () => {
  // A UI folder of our own making, so these tests need no UI build.
  uiDir = mkdtempSync(join(tmpdir(), 'corroborate-ui-'));
  mkdirSync(join(uiDir, 'assets'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app-1.js"></script>');
  writeFileSync(join(uiDir, 'assets', 'app-1.js'), 'console.log(1);');
  server = await startServer({ port: 0, maxBodyBytes: LIMIT, uiDir });
});

after(async () => {
  await server?.close();
  rmSync(uiDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

async function call(path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(server.url + path, init);
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body };
}

const postJson = (body: unknown) =>
  call('/v1/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

function assertError(r: Reply, status: number, code: string, ...mentions: RegExp[]): void {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(r.headers.get('content-type')?.split(';')[0], 'application/json');
  assert.deepEqual(Object.keys(r.body), ['error']);
  assert.equal(r.body.error.code, code);
  for (const m of mentions) assert.match(r.body.error.message, m);
  assert.doesNotMatch(r.body.error.message, /\n\s+at /, 'no stack trace');
}

describe('POST /v1/analyze', () => {
  test('the seed article: the same analysis as the library, with the 3,200 prisoner release', needsShared(SEED), async () => {
    const text = readFileSync(sharedPath(SEED), 'utf8');
    const r = await postJson({ text, published: '2026-11-24' });
    assert.equal(r.status, 200);
    const release = r.body.events.find(
      (e: any) => e.type === 'prisoner-release' && e.counts.some((c: any) => c.kind === 'released' && c.value === 3200),
    );
    assert.ok(release, 'a release of 3,200');
    assert.deepEqual([release.date.start, release.date.end], ['2026-11-23', '2026-11-23']);
    const sources = r.body.claims.find((c: any) => c.text.startsWith('Sources indicate'));
    assert.equal(sources.attribution.kind, 'anonymous');
    assert.deepEqual(r.body, JSON.parse(JSON.stringify(analyze(text, { published: '2026-11-24' }))));
  });

  test('an HTML page goes through Readability, with its metadata', async () => {
    const html = `<!doctype html><html><head><title>Police raid | Example</title>
<meta property="og:title" content="Police raid in Peshawar">
<meta property="article:published_time" content="2026-03-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Police raid in Peshawar</h1>
<p>Police said on Sunday that they arrested 14 suspected militants during a raid in Peshawar, the capital of Khyber Pakhtunkhwa province.</p>
<p>Officials said the suspects were planning attacks on security forces in the city and had been under surveillance for weeks.</p>
</article><script>document.title = 'x'</script></body></html>`;
    const r = await postJson({ html, source: 'Example' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.article.title, 'Police raid in Peshawar');
    assert.equal(r.body.article.published, '2026-03-02');
    assert.equal(r.body.article.source, 'Example');
    assert.ok(!r.body.text.includes('Home'));
    assert.ok(!r.body.text.includes('document.title'));
    assert.ok(r.body.text.includes('arrested 14 suspected militants'));
  });

  test('400 for a body that is not JSON, saying so and where', async () => {
    assertError(await postJson('{"text": "Officials said'), 400, 'E_BAD_JSON', /not valid JSON/);
    assertError(await postJson('{"text": 1,}'), 400, 'E_BAD_JSON', /not valid JSON/, /position|line|column/);
  });

  test('400 naming the field for a wrong type, a bad date, unknown or missing fields', async () => {
    assertError(await postJson({ text: 42 }), 400, 'E_BAD_REQUEST', /^text: /, /expected string/);
    assertError(await postJson({ text: 'Police said 3 died.', published: '24/11/2026' }), 400, 'E_BAD_REQUEST', /^published: /, /YYYY-MM-DD/);
    assertError(await postJson({ text: 'Police said 3 died.', published: '2026-02-30' }), 400, 'E_BAD_REQUEST', /^published: /);
    assertError(await postJson({ txt: 'Police said 3 died.' }), 400, 'E_BAD_REQUEST', /unknown field "txt"/);
    assertError(await postJson({}), 400, 'E_BAD_REQUEST', /"text" or as "html"/);
    assertError(await postJson({ text: 'a', html: '<p>a</p>' }), 400, 'E_BAD_REQUEST', /either "text" or "html", not both/);
    assertError(await postJson([1, 2]), 400, 'E_BAD_REQUEST', /^body: /);
    assertError(await postJson({ text: '' }), 400, 'E_BAD_REQUEST', /^text: must not be empty/);
  });

  test('415 for a body that is not declared as JSON', async () => {
    const r = await call('/v1/analyze', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Police said 3 died.' });
    assertError(r, 415, 'E_UNSUPPORTED_MEDIA_TYPE', /application\/json/, /text\/plain/);
  });

  test('422 for an article the analyser refuses, with the library message naming the field', async () => {
    const french = 'Les autorités ont déclaré lundi que douze militants avaient été tués lors d’une opération dans le nord du pays.';
    assertError(await postJson({ text: french }), 422, 'E_LANGUAGE', /^body\.text: /, /not English/);
    assertError(await postJson({ html: '<html><body><script>track()</script> </body></html>' }), 422, 'E_EMPTY', /^body\.html: /);
  });

  test('413 for a body over the limit, declared by Content-Length or sent in chunks', async () => {
    const big = JSON.stringify({ text: 'Police said 3 died. '.repeat(Math.ceil(LIMIT / 20) + 10) });
    assert.ok(Buffer.byteLength(big) > LIMIT);
    assertError(await postJson(big), 413, 'E_TOO_LARGE', new RegExp(`limit is ${LIMIT} bytes`));

    // No Content-Length: the server counts the bytes as they arrive.
    const chunked = await new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(
        `${server.url}/v1/analyze`,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (d) => (data += d));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(data) }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 16384) req.write(big.slice(i, i + 16384));
      req.end();
    });
    assert.equal(chunked.status, 413);
    assert.equal(chunked.body.error.code, 'E_TOO_LARGE');

    // Just under the limit is analysed.
    const fits = await postJson({ text: 'Police said 3 died in Peshawar on Monday. '.repeat(Math.floor((LIMIT - 100) / 43)) });
    assert.equal(fits.status, 200);
  });
});

describe('other routes', () => {
  test('GET /healthz', async () => {
    const r = await call('/healthz');
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'ok');
    assert.match(r.body.version, /^\d+\.\d+\.\d+/);
  });

  test('/openapi.json lists /v1/analyze with the request validator and the analysis schema', async () => {
    const r = await call('/openapi.json');
    assert.equal(r.status, 200);
    const doc = r.body;
    assert.match(doc.openapi, /^3\.1/);
    const op = doc.paths['/v1/analyze']?.post;
    assert.ok(op, '/v1/analyze is listed');
    assert.deepEqual(op.requestBody.content['application/json'].schema, { $ref: '#/components/schemas/AnalyzeRequest' });
    const request = doc.components.schemas.AnalyzeRequest;
    assert.deepEqual(Object.keys(request.properties).sort(), ['html', 'published', 'source', 'text', 'title', 'url']);
    assert.equal(request.additionalProperties, false);
    assert.deepEqual(op.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/Analysis' });
    for (const status of ['400', '413', '415', '422']) assert.ok(op.responses[status], `response ${status} documented`);
    assert.ok(doc.paths['/healthz'].get);
    // Every reference resolves inside the document.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 5);
    for (const ref of refs) {
      const name = /#\/components\/schemas\/([^"]+)/.exec(ref)?.[1];
      assert.ok(name && doc.components.schemas[name], `${ref} resolves`);
    }
  });

  test('404 and 405 are JSON errors; 405 says which methods are allowed', async () => {
    assertError(await call('/v1/nothing'), 404, 'E_ROUTE_NOT_FOUND', /GET \/v1\/nothing/);
    const r = await call('/v1/analyze');
    assertError(r, 405, 'E_METHOD_NOT_ALLOWED', /use POST/);
    assert.equal(r.headers.get('allow'), 'POST');
    const del = await call('/healthz', { method: 'DELETE' });
    assertError(del, 405, 'E_METHOD_NOT_ALLOWED');
    assert.equal(del.headers.get('allow'), 'GET, HEAD');
  });

  test('the UI files and nothing outside them; index.html fresh, hashed assets cached', async () => {
    const index = await call('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type')!, /^text\/html/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const js = await call('/assets/app-1.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type')!, /^text\/javascript/);
    assert.match(js.headers.get('cache-control')!, /immutable/);
    for (const path of ['/assets/../../package.json', '/%2e%2e/package.json', '/assets/missing.js']) {
      assert.equal((await call(path)).status, 404, path);
    }
  });

  test('security headers on API and UI responses: a strict CSP and nosniff', async () => {
    for (const path of ['/', '/healthz', '/v1/nothing']) {
      const r = await call(path);
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.match(csp, /style-src 'self'(;|$)/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /require-trusted-types-for 'script'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', path);
    }
  });

  test('the server binds to loopback unless told otherwise', () => {
    assert.equal(server.host, '127.0.0.1');
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

test('an internal error is a 500 without its message or stack, reported to the server log', async () => {
  const logged: string[] = [];
  const app = createApp({ uiFiles: null, onInternalError: (e, method, path) => logged.push(`${method} ${path}: ${(e as Error).message}`) });
  // A route that fails the way a bug would, on the real app with its real error handler.
  app.get('/v1/boom', () => {
    throw new TypeError('cannot read properties of undefined (secret detail)');
  });
  const { serve } = await import('@hono/node-server');
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => s.once('listening', r));
  try {
    const { port } = s.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/v1/boom`);
    assert.equal(res.status, 500);
    const body = await res.json();
    assert.equal(body.error.code, 'E_INTERNAL');
    assert.doesNotMatch(JSON.stringify(body), /secret detail|TypeError|\.ts:\d+/);
    assert.deepEqual(logged, ['GET /v1/boom: cannot read properties of undefined (secret detail)']);
  } finally {
    await new Promise((r) => s.close(r));
  }
});

test('the built UI, when present, has no inline script for the CSP to allow', { skip: loadUiFiles(join(REPO_ROOT, 'ui', 'dist')) ? false : 'ui/dist is not built (npm run build:ui)' }, () => {
  const files = loadUiFiles(join(REPO_ROOT, 'ui', 'dist'))!;
  const html = new TextDecoder().decode(files.get('/index.html')!.body);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0);
  for (const [tag, inner] of scripts) {
    assert.equal(inner.trim(), '', `inline script: ${tag}`);
    assert.match(tag, /src="\/assets\//);
  }
  assert.doesNotMatch(html, /\son\w+=|style=|https?:\/\//i, 'no inline handlers, inline styles or remote URLs');
});

describe('corroborate serve (the CLI, as a process)', () => {
  const bin = join(REPO_ROOT, 'bin', 'corroborate.mjs');
  let dbDir: string;
  before(() => {
    dbDir = mkdtempSync(join(tmpdir(), 'corroborate-serve-db-'));
  });
  after(() => rmSync(dbDir, { recursive: true, force: true }));

  /** Starts `corroborate serve --port 0 --db FILE`; resolves with its URL once it prints it. */
  async function serveProcess(db: string, env: Record<string, string | undefined>, extra: string[] = []) {
    const childEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', db, ...extra], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
    const io = { out: '', err: '' };
    child.stderr.on('data', (d) => (io.err += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        io.out += d;
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+)\//.exec(io.out);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${io.out}${io.err}`)));
    });
    const stop = async () => {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    };
    return { url, io, stop };
  }

  const article = JSON.stringify({ text: 'Police said 14 militants were arrested in Peshawar on Monday.', published: '2026-03-03' });
  const postArticle = (url: string, token?: string) =>
    fetch(`${url}/v1/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: article });

  test('serves on the port asked for (0: any free one), prints its URL and store, stops on SIGTERM; with no token, writes are refused and it says so', async () => {
    const db = join(dbDir, 'no-token.db');
    const server = await serveProcess(db, { CORROBORATE_TOKEN: undefined, DATABASE_URL: undefined });
    const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
    assert.equal(health.status, 'ok');
    assert.match(server.io.out, new RegExp(`store ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const refused = await postArticle(server.url);
    assert.equal(refused.status, 503);
    assert.equal(((await refused.json()) as any).error.code, 'E_WRITES_DISABLED');
    assert.match(server.io.err, /CORROBORATE_TOKEN is not set, so write routes \(POST \/v1\/articles, POST and DELETE \/v1\/watches\) are refused/);
    assert.equal(await server.stop(), 0);
  });

  test('CORROBORATE_TOKEN: 401 without it, stored with it, and the event is then served from the store file', async () => {
    const db = join(dbDir, 'token.db');
    const server = await serveProcess(db, { CORROBORATE_TOKEN: 'process-token', DATABASE_URL: undefined });
    try {
      assert.equal((await postArticle(server.url)).status, 401);
      assert.equal((await postArticle(server.url, 'wrong')).status, 401);
      const stored = await postArticle(server.url, 'process-token');
      assert.equal(stored.status, 200);
      assert.equal(((await stored.json()) as any).results[0].status, 'stored');
      const events = (await fetch(`${server.url}/v1/events?type=arrest`).then((r) => r.json())) as any;
      assert.equal(events.events.length, 1);
      assert.equal(events.events[0].place.name, 'Peshawar');
      assert.doesNotMatch(server.io.err, /CORROBORATE_TOKEN is not set/);
    } finally {
      assert.equal(await server.stop(), 0);
    }
    const reopened = await openStore({ db });
    try {
      assert.equal(await reopened.countArticles(), 1);
    } finally {
      await reopened.close();
    }
  });

  test('--allow-unauthenticated-writes without a token: writes accepted, with a warning', async () => {
    const server = await serveProcess(join(dbDir, 'open.db'), { CORROBORATE_TOKEN: undefined, DATABASE_URL: undefined }, ['--allow-unauthenticated-writes']);
    try {
      assert.equal((await postArticle(server.url)).status, 200);
      assert.match(server.io.err, /warning: CORROBORATE_TOKEN is not set and --allow-unauthenticated-writes is on/);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  test('an address not on this machine: one line naming the option, exit 1', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--host', '203.0.113.9', '--port', '0', '--db', join(dbDir, 'unbound.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 1, err);
    assert.equal(err, 'corroborate: --host 203.0.113.9: not an address of this machine\n');
  });

  test('option values are checked and the message names the option', () => {
    assert.equal(parsePort('0'), 0);
    assert.equal(parsePort('8080'), 8080);
    for (const bad of ['70000', '-1', '80a', '', '1e3']) {
      assert.throws(() => parsePort(bad), (e: Error) => e.message === `--port must be a whole number from 0 to 65535, not "${bad}"`);
    }
    assert.equal(parseByteLimit('1024'), 1024);
    for (const bad of ['0', '-5', '1.5', 'lots']) {
      assert.throws(() => parseByteLimit(bad), /^CorroborateError: --max-body-bytes must be a whole number of bytes above 0/);
    }
  });
});
