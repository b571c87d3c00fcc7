import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { postgresBackend } from './store-backends.ts';

// The store routes over real HTTP on loopback, with a real SQLite store in a temp folder:
// write access (token, none configured, unauthenticated writes allowed), ingest of single
// articles and batches with bad items, one article, event filters and pages, search and the
// gazetteer look-ups.

const TOKEN = 'test-token-7f3a9c';
const LIMIT = 256 * 1024;

// Short reports of our own writing, one event each, in several places and months.
const REPORTS = [
  { text: 'Police said 14 militants were arrested in Peshawar on Monday.', published: '2026-03-03', source: 'Test Wire' },
  { text: 'Militants killed five soldiers in an attack on a checkpoint in Quetta on Sunday, officials said.', published: '2026-03-10', source: 'Test Wire' },
  { text: 'The Taliban released 200 prisoners from a jail in Kandahar on Tuesday, a spokesman said.', published: '2026-04-01', source: 'Daily Test' },
  { text: 'Gunmen kidnapped two engineers in Khost on Friday, police said.', published: '2026-04-05', source: 'Daily Test' },
  { text: 'A suicide bomber killed 12 people at a market in Peshawar on Wednesday, police said.', published: '2026-05-06', source: 'Test Wire' },
  { text: 'Security forces arrested nine suspects in Karachi on Thursday, a police official said.', published: '2026-05-08', source: 'Daily Test' },
];

let dir: string;
let store: Store;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

async function call(base: string, path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(base + path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
}

const post = (base: string, body: unknown, token: string | null = TOKEN) =>
  call(base, '/v1/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const get = (path: string) => call(server.url, path);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-api-'));
  store = await openStore({ db: join(dir, 'api.db') });
  server = await startServer({ port: 0, uiDir: null, maxBodyBytes: LIMIT, store, writeAccess: { token: TOKEN }, now: () => '2026-11-25T00:00:00.000Z' });
});

after(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('write access', () => {
  test('POST /v1/articles without a token is 401 with a JSON error, and stores nothing', async () => {
    const before = await store.countArticles();
    const r = await post(server.url, REPORTS[0], null);
    assert.equal(r.status, 401);
    assert.equal(r.body.error.code, 'E_UNAUTHORIZED');
    assert.match(r.body.error.message, /Authorization: Bearer/);
    assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal(await store.countArticles(), before);
  });

  test('a wrong token, or a header that is not Bearer, is 401', async () => {
    const wrong = await post(server.url, REPORTS[0], 'not-the-token');
    assert.equal(wrong.status, 401);
    assert.match(wrong.body.error.message, /not the one this server was started with/);
    const basic = await call(server.url, '/v1/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Basic dXNlcjpwYXNz' }, body: JSON.stringify(REPORTS[0]) });
    assert.equal(basic.status, 401);
    assert.match(basic.body.error.message, /not "Bearer <token>"/);
  });

  test('the token is checked before the body is read: an unauthenticated oversized body is 401, an authenticated one 413', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(LIMIT + 10) });
    assert.equal((await post(server.url, big, null)).status, 401);
    const r = await post(server.url, big);
    assert.equal(r.status, 413);
    assert.equal(r.body.error.code, 'E_TOO_LARGE');
  });

  test('with no token configured, writes are refused (503) unless unauthenticated writes are allowed', async () => {
    const closed = await startServer({ port: 0, uiDir: null, store });
    const open = await startServer({ port: 0, uiDir: null, store, writeAccess: { allowUnauthenticated: true } });
    try {
      const refused = await post(closed.url, { text: 'Police said 3 men were arrested in Lahore on Monday.', published: '2026-02-02' }, null);
      assert.equal(refused.status, 503);
      assert.equal(refused.body.error.code, 'E_WRITES_DISABLED');
      assert.match(refused.body.error.message, /CORROBORATE_TOKEN/);
      assert.match(refused.body.error.message, /--allow-unauthenticated-writes/);
      // Reads stay open either way.
      assert.equal((await call(closed.url, '/v1/events?limit=1')).status, 200);
      const allowed = await post(open.url, { text: 'Police said 3 men were arrested in Lahore on Monday.', published: '2026-02-02' }, null);
      assert.equal(allowed.status, 200);
      assert.equal(allowed.body.results[0].status, 'stored');
    } finally {
      await closed.close();
      await open.close();
    }
  });

  test('a malformed body is 400 naming the field; a batch that is too big is 400', async () => {
    const r = await post(server.url, { txt: 'Police said' });
    assert.equal(r.status, 400);
    assert.match(r.body.error.message, /unknown field "txt"/);
    const bad = await post(server.url, '{"text": ');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'E_BAD_JSON');
    const empty = await post(server.url, { articles: [] });
    assert.equal(empty.status, 400);
    assert.match(empty.body.error.message, /articles: must hold at least one article/);
  });
});

describe('POST /v1/articles', () => {
  test('a batch with bad items stores the good ones and says why each bad one failed', async () => {
    const r = await post(server.url, {
      articles: [
        REPORTS[0],
        { txt: 'a misspelt field' },
        { text: 'Les autorités ont annoncé mardi que vingt personnes avaient été arrêtées lors d’une opération dans la province.' },
        { text: 'Police said 14 militants were arrested.', published: 'Monday' },
        REPORTS[1],
        42,
        { ...REPORTS[0], source: 'Another Wire' },
        REPORTS[0],
      ],
    });
    assert.equal(r.status, 200);
    const statuses = r.body.results.map((x: any) => x.status);
    // Another outlet's copy is a report of its own, linked as a near-duplicate (one independent
    // source); the same outlet's same text on the same day is a duplicate and is not stored again.
    assert.deepEqual(statuses, ['stored', 'failed', 'failed', 'failed', 'stored', 'failed', 'near-duplicate', 'duplicate']);
    assert.deepEqual(r.body.results.map((x: any) => x.index), [0, 1, 2, 3, 4, 5, 6, 7]);
    assert.match(r.body.results[1].reason, /unknown field "txt"/);
    assert.match(r.body.results[2].reason, /French|not English/);
    assert.match(r.body.results[3].reason, /published: must be a date/);
    assert.match(r.body.results[5].reason, /expected object/);
    assert.equal(r.body.results[6].of, r.body.results[0].id);
    assert.equal(r.body.results[7].of, r.body.results[0].id);
    assert.equal(r.body.results[7].by, 'content');
    assert.deepEqual([r.body.stored, r.body.nearDuplicates, r.body.duplicates, r.body.failed], [3, 1, 1, 4]);

    const article = await get(`/v1/articles/${r.body.results[0].id}`);
    assert.equal(article.status, 200);
    assert.equal(article.body.published, '2026-03-03');
    assert.equal(article.body.origin, 'api:articles[0]');
    assert.equal(article.body.analysis.text, REPORTS[0].text);
    assert.ok(article.body.analysis.claims.length > 0);
  });

  test('one article on its own; sending it again is a duplicate; a non-English one is failed, not an error', async () => {
    const first = await post(server.url, REPORTS[2]);
    assert.equal(first.status, 200);
    assert.equal(first.body.results[0].status, 'stored');
    const again = await post(server.url, REPORTS[2]);
    assert.equal(again.body.results[0].status, 'duplicate');
    const french = await post(server.url, { text: 'Les autorités ont annoncé mardi que vingt personnes avaient été arrêtées lors d’une opération dans la province.' });
    assert.equal(french.status, 200);
    assert.equal(french.body.results[0].status, 'failed');
  });

  test('GET /v1/articles/:id: 404 for an unknown id, 400 for something that is no id', async () => {
    const missing = await get('/v1/articles/art-0000000000000000');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'E_NOT_FOUND');
    const bad = await get('/v1/articles/..%2Fetc');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /id: must be an article id/);
  });
});

describe('GET /v1/events', () => {
  before(async () => {
    const r = await post(server.url, { articles: REPORTS });
    assert.ok(r.body.results.every((x: any) => x.status !== 'failed'), JSON.stringify(r.body.results));
  });

  test('pages with an opaque cursor cover the whole list once, in the same order', async () => {
    const all = await get('/v1/events?limit=500');
    assert.equal(all.status, 200);
    assert.equal(all.body.nextCursor, null);
    const ids = all.body.events.map((e: any) => e.id);
    assert.ok(ids.length >= 6, `${ids.length} events`);
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: Reply = await get(`/v1/events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      assert.equal(r.status, 200);
      assert.ok(r.body.events.length <= 2);
      paged.push(...r.body.events.map((e: any) => e.id));
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 100);
    assert.deepEqual(paged, ids);
    assert.equal(pages, Math.ceil(ids.length / 2));
    const dates = all.body.events.map((e: any) => e.eventDate);
    assert.deepEqual(dates, [...dates].sort());
  });

  test('a cursor is refused with other filters, and garbage is refused', async () => {
    const first = await get('/v1/events?limit=1');
    assert.ok(first.body.nextCursor);
    const other = await get(`/v1/events?limit=1&type=arrest&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.equal(other.status, 400);
    assert.match(other.body.error.message, /cursor: it belongs to a query with other filters/);
    const junk = await get('/v1/events?cursor=bm90LWpzb24');
    assert.equal(junk.status, 400);
    assert.match(junk.body.error.message, /cursor: not a cursor this server gave out/);
  });

  test('filters: type, country, since/until, near+within, actor', async () => {
    const arrests = await get('/v1/events?type=arrest');
    assert.ok(arrests.body.events.length >= 2);
    assert.ok(arrests.body.events.every((e: any) => e.type === 'arrest'));

    const af = await get('/v1/events?country=Afghanistan');
    assert.ok(af.body.events.length >= 1);
    assert.ok(af.body.events.every((e: any) => e.place?.country === 'AF'));

    const april = await get('/v1/events?since=2026-04-01&until=2026-04-30');
    assert.ok(april.body.events.length >= 1);
    assert.ok(april.body.events.every((e: any) => e.eventDate >= '2026-03-25' && e.eventDate <= '2026-04-30'));

    const near = await get('/v1/events?near=Peshawar&within=30km');
    assert.ok(near.body.events.length >= 2);
    assert.ok(near.body.events.every((e: any) => e.distanceKm <= 30));
    assert.ok(near.body.events.every((e: any) => e.place.name === 'Peshawar'));

    const taliban = await get('/v1/events?actor=Taliban');
    assert.ok(taliban.body.events.some((e: any) => e.type === 'prisoner-release'));
  });

  test('filters that cannot be resolved are 400 naming the parameter', async () => {
    const cases: Array<[string, RegExp]> = [
      ['type=picnic', /^type "picnic" is no event type/],
      ['actor=Nobody%20Known%20Xyz', /^actor "Nobody Known Xyz" is no actor we know/],
      ['since=2026-13-01', /^since "2026-13-01" is not a valid YYYY-MM-DD date/],
      ['within=5km', /^within needs near PLACE/],
      ['limit=0', /^limit: must be from 1 to 500/],
      ['limit=abc', /^limit: must be a whole number/],
      ['colour=red', /unknown parameter "colour"/],
    ];
    for (const [query, message] of cases) {
      const r = await get(`/v1/events?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.body.error.code, 'E_BAD_REQUEST', query);
      assert.match(r.body.error.message, message, query);
    }
  });
});

describe('search and look-ups', () => {
  test('GET /v1/search finds claims by stemmed words; a query with no words is 400', async () => {
    const r = await get('/v1/search?q=arrest');
    assert.equal(r.status, 200);
    assert.ok(r.body.hits.length >= 1);
    assert.ok(r.body.hits.every((h: any) => /arrest/i.test(h.text)));
    const none = await get('/v1/search?q=-arrest');
    assert.equal(none.status, 400);
    assert.match(none.body.error.message, /only excludes words/);
    assert.equal((await get('/v1/search')).status, 400);
  });

  test('GET /v1/actors and /v1/places answer as the CLI does', async () => {
    const actors = await get('/v1/actors?q=TTA');
    assert.equal(actors.status, 200);
    assert.ok(actors.body.asName.id);
    const places = await get('/v1/places?q=Peshawar&country=PK');
    assert.equal(places.status, 200);
    assert.ok(places.body.candidates.some((c: any) => c.country === 'PK'));
    const badCountry = await get('/v1/places?q=Peshawar&country=Atlantis');
    assert.equal(badCountry.status, 400);
    assert.match(badCountry.body.error.message, /country: "Atlantis" is no country we know/);
  });

  test('/openapi.json lists the store routes with their parameters and the bearer scheme', async () => {
    const doc = (await get('/openapi.json')).body;
    for (const path of ['/v1/articles', '/v1/articles/{id}', '/v1/events', '/v1/search', '/v1/actors', '/v1/places']) assert.ok(doc.paths[path], path);
    const params = doc.paths['/v1/events'].get.parameters.map((p: any) => p.name).sort();
    assert.deepEqual(params, ['actor', 'country', 'cursor', 'intervention', 'limit', 'minSources', 'near', 'since', 'type', 'until', 'within']);
    assert.deepEqual(doc.paths['/v1/articles'].post.security, [{ bearer: [] }]);
    assert.equal(doc.components.securitySchemes.bearer.scheme, 'bearer');
    assert.ok(doc.components.schemas.ArticleInput);
    assert.ok(doc.components.schemas.ArticleBatch);
  });
});

describe('the store routes on PostgreSQL', { skip: postgresBackend.skip }, () => {
  test('a batch stored through the API, its article and a page of its events, on the local PostgreSQL', async () => {
    const opened = await postgresBackend.open();
    const pgServer = await startServer({ port: 0, uiDir: null, store: opened.store, writeAccess: { token: TOKEN } });
    try {
      const r = await post(pgServer.url, { articles: [REPORTS[0], { txt: 'bad' }, REPORTS[4]] });
      assert.deepEqual(r.body.results.map((x: any) => x.status), ['stored', 'failed', 'stored']);
      const article = await call(pgServer.url, `/v1/articles/${r.body.results[2].id}`);
      assert.equal(article.status, 200);
      assert.equal(article.body.analysis.text, REPORTS[4].text);
      const first = await call(pgServer.url, '/v1/events?limit=1');
      assert.equal(first.body.events.length, 1);
      assert.ok(first.body.nextCursor);
      const second = await call(pgServer.url, `/v1/events?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
      assert.equal(second.body.events.length, 1);
      assert.notEqual(second.body.events[0].id, first.body.events[0].id);
      const near = await call(pgServer.url, '/v1/events?near=Peshawar&within=20km');
      assert.equal(near.body.events.length, 2);
    } finally {
      await pgServer.close();
      await opened.cleanup();
    }
  });
});
