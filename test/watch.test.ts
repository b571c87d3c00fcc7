import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { ingest } from '../src/ingest/ingest.ts';
import { runTask } from '../src/ingest/analyze-task.ts';
import { parseJsonlLine, readSources } from '../src/ingest/sources.ts';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import type { Database } from '../src/store/schema.ts';
import type { Store } from '../src/store/store.ts';
import { deliverDue } from '../src/watch/deliver.ts';
import { resolveWatch } from '../src/watch/rule.ts';
import { checkPublicUrl, guardedFetch, whyNotPublic } from '../src/watch/url-guard.ts';
import { BIN, runCli } from './cli-process.ts';
import { needsShared, REPO_ROOT, sharedPath } from './shared.ts';
import { BACKENDS, sqliteBackend, type OpenedStore } from './store-backends.ts';

// Watches end to end over real HTTP on loopback and real stores (SQLite and PostgreSQL): rule
// CRUD with its token and validation, an alert raised when a second report of the seed
// article's release joins its story, the alert on the SSE stream, a webhook receiver that fails
// twice and then succeeds getting it exactly once, no doubled alerts when clustering runs again,
// and the SSRF refusals.

const SEED = 'corpus/afpak-militant-releases.txt';
const TOKEN = 'watch-test-token';

/** A second report of the seed article's release, written for this test. */
const SECOND_REPORT = {
  text:
    'KABUL, Nov 24 (Frontier Wire) - The Taliban administration in Afghanistan released more than 3,200 militants from prisons on Monday, officials in Kabul said, many of them members of the banned Tehreek-e-Taliban Pakistan wanted in Pakistan. Pakistani security officials said they were tracking the movement of the freed prisoners toward the border.',
  published: '2026-11-24',
  source: 'Frontier Wire',
  title: 'Taliban free 3,200 militants, Pakistan on alert',
};

const RULE = { name: 'Releases by the Afghan Taliban', actors: ['Afghan Taliban'], types: ['prisoner-release'] };

function seedArticle() {
  return { text: readFileSync(sharedPath(SEED), 'utf8'), published: '2026-11-24', source: 'Seed Times', title: 'Kabul frees thousands of militants' };
}

async function call(base: string, method: string, path: string, body?: unknown, token: string | null = TOKEN): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

/** A minimal SSE reader over fetch: events in order, as they arrive. */
function sse(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const events: Array<{ event: string; id: string | null; data: string }> = [];
  const waiters: Array<() => void> = [];
  let opened!: () => void;
  const open = new Promise<void>((r) => (opened = r));
  const done = (async () => {
    const res = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (block.split('\n').some((l) => l.startsWith(': connected'))) opened();
        const fields = { event: 'message', id: null as string | null, data: [] as string[] };
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) fields.event = line.slice(7);
          else if (line.startsWith('id: ')) fields.id = line.slice(4);
          else if (line.startsWith('data: ')) fields.data.push(line.slice(6));
        }
        if (fields.data.length > 0) {
          events.push({ event: fields.event, id: fields.id, data: fields.data.join('\n') });
          waiters.splice(0).forEach((w) => w());
        }
      }
    }
  })().catch((e) => {
    if ((e as Error).name !== 'AbortError') throw e;
  });
  return {
    events,
    open,
    async next(n: number): Promise<void> {
      while (events.length < n) await new Promise<void>((r) => waiters.push(r));
    },
    async close() {
      controller.abort();
      await done;
    },
  };
}

/** A webhook receiver on loopback that answers 500 to the first `failures` requests, then 200. */
async function receiver(failures: number) {
  const requests: Array<{ key: string | undefined; body: any }> = [];
  const accepted = new Map<string, any>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const key = req.headers['idempotency-key'] as string | undefined;
      const body = JSON.parse(raw);
      requests.push({ key, body });
      if (requests.length <= failures) {
        res.writeHead(500).end('not now');
        return;
      }
      // Recorded once per key, as a receiver honouring Idempotency-Key would.
      if (key && !accepted.has(key)) accepted.set(key, body);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    requests,
    accepted,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function kysely(store: Store): Kysely<Database> {
  return (store as unknown as { db: Kysely<Database> }).db;
}

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env, unset: ['CORROBORATE_ALLOW_PRIVATE_URLS'] });

for (const backend of BACKENDS) {
  describe(`watches over HTTP (${backend.name})`, { skip: backend.skip }, () => {
    let o: OpenedStore;
    let server: RunningServer;
    let base: string;
    before(async () => {
      o = await backend.open();
      server = await startServer({ port: 0, store: o.store, uiDir: null, writeAccess: { token: TOKEN }, allowPrivateUrls: true, alertStream: { pollMs: 100, heartbeatMs: 500 } });
      base = server.url;
    });
    after(async () => {
      await server?.close();
      await o?.cleanup();
    });

    test('create, list, read and delete a rule; 401 without the token, 400 for a bad rule', async () => {
      assert.equal((await call(base, 'POST', '/v1/watches', RULE, null)).status, 401);
      const wrong = await call(base, 'POST', '/v1/watches', RULE, 'not-the-token');
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.error.code, 'E_UNAUTHORIZED');

      const bad = async (body: unknown, message: RegExp) => {
        const r = await call(base, 'POST', '/v1/watches', body);
        assert.equal(r.status, 400, JSON.stringify(r.json));
        assert.equal(r.json.error.code, 'E_BAD_REQUEST');
        assert.match(r.json.error.message, message);
      };
      await bad({ ...RULE, name: '' }, /^name: must not be empty/);
      await bad({ ...RULE, actors: ['Nobody We Know Of'] }, /actors\[0\]: "Nobody We Know Of" is no actor we know/);
      await bad({ ...RULE, types: ['picnic'] }, /types\[0\]: "picnic" is no event type/);
      await bad({ ...RULE, minCounts: [{ kind: 'released', min: 0 }] }, /minCounts\.0\.min: must be at least 1/);
      await bad({ ...RULE, certainty: ['sure'] }, /certainty\.0:/);
      await bad({ ...RULE, near: { place: 'Peshawar', lat: 1, lon: 2 } }, /near: give either "place" or both "lat" and "lon"/);
      await bad({ ...RULE, colour: 'red' }, /unknown field "colour" \(allowed: name, actors/);
      await bad({ ...RULE, webhook: 'file:///etc/passwd' }, /webhook "file:\/\/\/etc\/passwd" is refused: it uses the file: scheme/);

      const created = await call(base, 'POST', '/v1/watches', {
        name: 'Big releases near Kabul',
        actors: ['TTA'],
        types: ['prisoner-release'],
        near: { place: 'Kabul', within: '100km' },
        minCounts: [{ kind: 'released', min: 1000 }],
        minSources: 2,
        certainty: ['hedged', 'asserted'],
      });
      assert.equal(created.status, 201, JSON.stringify(created.json));
      const w = created.json;
      assert.match(w.id, /^watch-[0-9a-f]{12}$/);
      assert.deepEqual(w.rule.actors, [{ id: 'afghan-taliban', name: w.rule.actors[0].name }]);
      assert.equal(w.rule.near.km, 100);
      assert.ok(Math.abs(w.rule.near.lat - 34.5) < 0.5 && Math.abs(w.rule.near.lon - 69.2) < 0.5, JSON.stringify(w.rule.near));
      assert.deepEqual(w.rule.certainty, ['asserted', 'hedged']);
      assert.match(w.description, /prisoner-release, by\/with .*, within 100 km of Kabul, released >= 1000, certainty asserted\/hedged, 2\+ independent sources/);

      const list = await call(base, 'GET', '/v1/watches');
      assert.ok(list.json.watches.some((x: { id: string }) => x.id === w.id));
      assert.equal((await call(base, 'GET', `/v1/watches/${w.id}`)).json.name, 'Big releases near Kabul');
      assert.equal((await call(base, 'GET', '/v1/watches/nope')).status, 400);
      assert.equal((await call(base, 'DELETE', `/v1/watches/${w.id}`, undefined, null)).status, 401);
      assert.deepEqual((await call(base, 'DELETE', `/v1/watches/${w.id}`)).json, { deleted: w.id });
      assert.equal((await call(base, 'GET', `/v1/watches/${w.id}`)).status, 404);
      assert.equal((await call(base, 'DELETE', `/v1/watches/${w.id}`)).status, 404);

      const doc = (await call(base, 'GET', '/openapi.json')).json;
      for (const path of ['/v1/watches', '/v1/watches/{id}', '/v1/alerts', '/v1/alerts/stream']) assert.ok(doc.paths[path], path);
      assert.ok(doc.components.schemas.WatchInput);
    });

    test('a second report of the seed release raises one alert: stored, streamed, and delivered exactly once to a webhook that fails twice', needsShared(SEED), async () => {
      const hook = await receiver(2);
      const stream = sse(`${base}/v1/alerts/stream`);
      try {
        const first = await call(base, 'POST', '/v1/articles', seedArticle());
        assert.equal(first.json.results[0].status, 'stored', JSON.stringify(first.json));
        const created = await call(base, 'POST', '/v1/watches', { ...RULE, webhook: hook.url });
        assert.equal(created.status, 201, JSON.stringify(created.json));
        const watchId = created.json.id;
        await stream.open;
        // The seed was stored before the watch: no alert for it.
        assert.deepEqual((await call(base, 'GET', `/v1/alerts?watch=${watchId}`)).json.alerts, []);

        const second = await call(base, 'POST', '/v1/articles', SECOND_REPORT);
        assert.equal(second.json.results[0].status, 'stored', JSON.stringify(second.json));
        const secondId = second.json.results[0].id;
        const firstId = first.json.results[0].id;

        const alerts = (await call(base, 'GET', `/v1/alerts?watch=${watchId}`)).json.alerts;
        assert.equal(alerts.length, 1, JSON.stringify(alerts));
        const alert = alerts[0];
        assert.equal(alert.articleId, secondId);
        assert.ok(alert.storyId.startsWith(`story:${firstId}#`), alert.storyId);
        assert.equal(alert.detail.story.reports, 2);
        assert.deepEqual(alert.detail.story.publishers, ['Seed Times', 'Frontier Wire']);
        assert.equal(alert.detail.article.title, SECOND_REPORT.title);
        assert.equal(alert.detail.event.type, 'prisoner-release');
        assert.ok(alert.detail.event.actors.includes('afghan-taliban'));
        assert.deepEqual(alert.detail.event.counts, [{ kind: 'released', value: 3200 }]);

        // The stream carries it, with the seq as its id.
        await stream.next(1);
        assert.equal(stream.events[0].event, 'alert');
        assert.equal(stream.events[0].id, String(alert.seq));
        assert.equal(JSON.parse(stream.events[0].data).id, alert.id);

        // A client coming back with Last-Event-ID gets what it missed; one from now on gets nothing old.
        const resumed = sse(`${base}/v1/alerts/stream?watch=${watchId}`, { 'Last-Event-ID': String(alert.seq - 1) });
        try {
          await resumed.next(1);
          assert.equal(JSON.parse(resumed.events[0].data).id, alert.id);
        } finally {
          await resumed.close();
        }

        // Webhook: fails, fails, succeeds; the clock is moved on past each backoff.
        let clock = Date.parse('2030-01-01T00:00:00Z');
        const opts = { allowPrivate: true, now: () => new Date(clock), random: () => 0.5, baseDelayMs: 1000 };
        const pass1 = await deliverDue(o.store, opts);
        assert.deepEqual([pass1.attempted, pass1.sent, pass1.retrying], [1, 0, 1]);
        assert.match(pass1.errors[0].error, /HTTP 500/);
        assert.equal((await deliverDue(o.store, opts)).attempted, 0, 'not due again before its backoff');
        clock += 3600_000;
        assert.deepEqual((await deliverDue(o.store, opts)).retrying, 1);
        clock += 3600_000;
        const pass3 = await deliverDue(o.store, opts);
        assert.deepEqual([pass3.attempted, pass3.sent], [1, 1]);
        clock += 3600_000;
        assert.equal((await deliverDue(o.store, opts)).attempted, 0, 'a sent delivery is never sent again');
        assert.equal(hook.requests.length, 3);
        assert.ok(hook.requests.every((r) => r.key === alert.id));
        assert.equal(hook.accepted.size, 1);
        const got = hook.accepted.get(alert.id);
        assert.equal(got.alert.id, alert.id);
        assert.equal(got.watch.name, RULE.name);
        assert.equal(got.article.title, SECOND_REPORT.title);
        assert.equal(got.story.id, alert.storyId);
        const [delivery] = await o.store.watches.deliveries({ watch: watchId });
        assert.equal(delivery.status, 'sent');
        assert.equal(delivery.attempts, 3);
      } finally {
        await stream.close();
        await hook.close();
      }
    });
  });

  test(`clustering run again, or a killed ingest run again, never doubles an alert (${backend.name})`, { skip: backend.skip || needsShared(SEED).skip }, async () => {
    const o = await backend.open();
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
    try {
      const seedFile = join(dir, 'seed.jsonl');
      const secondFile = join(dir, 'second.jsonl');
      writeFileSync(seedFile, JSON.stringify(seedArticle()) + '\n');
      writeFileSync(secondFile, JSON.stringify(SECOND_REPORT) + '\n');
      await ingest([seedFile], { store: o.store, workers: 0 });
      const watch = await o.store.watches.create(resolveWatch(RULE), '2026-11-25T00:00:00Z');
      const cursor = async () => Number((await kysely(o.store).selectFrom('watch_progress').select('last_unit_seq').executeTakeFirstOrThrow()).last_unit_seq);
      const afterSeed = await cursor();

      // A run killed after storing the second report and before clustering it.
      const item = parseJsonlLine(JSON.stringify(SECOND_REPORT), 'second.jsonl:1');
      assert.equal(item.kind, 'article');
      const task = runTask(item as never);
      assert.ok(task.ok);
      await o.store.writeArticles([task.prepared], '2026-11-25T00:00:01Z');
      assert.equal((await o.store.watches.alerts({ limit: 10 })).length, 0);

      // Run again: the article is a duplicate, the pending clustering (and its alert) happens once.
      const again = await ingest([secondFile], { store: o.store, workers: 0 });
      assert.equal(again.duplicates, 1);
      assert.equal((await o.store.watches.alerts({ watch: watch.id, limit: 10 })).length, 1);
      await ingest([secondFile, seedFile], { store: o.store, workers: 0 });

      // Matching run again over the second report's units (the cursor moved back: the check of
      // existing alerts and the unique index are the second guard), by two store handles: at once
      // on PostgreSQL (two workers); one after the other on SQLite, whose two handles in one
      // thread cannot wait for each other.
      assert.ok((await cursor()) > afterSeed);
      await kysely(o.store).updateTable('watch_progress').set({ last_unit_seq: afterSeed }).where('id', '=', 1).execute();
      const other = await o.reopen();
      if (backend.name === 'postgres') await Promise.all([o.store.clusterStories(), other.clusterStories()]);
      else {
        await o.store.clusterStories();
        await kysely(o.store).updateTable('watch_progress').set({ last_unit_seq: afterSeed }).where('id', '=', 1).execute();
        await other.clusterStories();
      }
      const alerts = await o.store.watches.alerts({ limit: 10 });
      assert.equal(alerts.length, 1, JSON.stringify(alerts.map((a) => [a.storyId, a.articleId])));
      assert.equal(alerts[0].articleId, task.prepared.article.id);
    } finally {
      await o.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

describe('SSRF: URLs that point at this machine or a private network are refused', () => {
  test('addresses', () => {
    const cases: Array<[string, RegExp | null]> = [
      ['127.0.0.1', /loopback/],
      ['127.8.9.10', /loopback/],
      ['10.1.2.3', /private/],
      ['172.20.0.1', /private/],
      ['192.168.1.1', /private/],
      ['169.254.169.254', /link-local/],
      ['0.0.0.0', /unspecified/],
      ['224.0.0.1', /multicast/],
      ['100.64.0.1', /carrier-grade/],
      ['::1', /loopback/],
      ['::', /unspecified/],
      ['fd00::1', /unique local/],
      ['fe80::1', /link-local/],
      ['ff02::1', /multicast/],
      ['::ffff:127.0.0.1', /loopback/],
      ['::ffff:a9fe:a9fe', /link-local/],
      ['93.184.216.34', null],
      ['2606:4700:4700::1111', null],
      ['8.8.8.8', null],
    ];
    for (const [ip, why] of cases) {
      const got = whyNotPublic(ip);
      if (why === null) assert.equal(got, null, ip);
      else assert.match(got ?? '', why, ip);
    }
  });

  test('URLs: scheme, literal addresses and a host that resolves to loopback; allowed only when asked', async () => {
    const refused: Array<[string, RegExp]> = [
      ['http://127.0.0.1:8080/hook', /webhook "http:\/\/127\.0\.0\.1:8080\/hook" is refused: it points at a loopback address; .*--allow-private-urls/],
      ['http://10.0.0.5/hook', /it points at a private address/],
      ['http://169.254.169.254/latest/meta-data/', /it points at a link-local address/],
      ['http://[::1]:9000/', /it points at a loopback address/],
      ['http://[::ffff:127.0.0.1]/', /loopback/],
      ['file:///etc/passwd', /it uses the file: scheme; only http and https are allowed/],
      ['gopher://example.org/', /gopher: scheme/],
      ['http://user:pw@example.org/', /user name or password/],
      ['not a url', /not an absolute URL/],
      ['http://localhost:8080/hook', /its host localhost resolves to (127\.0\.0\.1|::1), a loopback address/],
    ];
    for (const [url, why] of refused) {
      await assert.rejects(checkPublicUrl(url, 'webhook'), (e: Error) => {
        assert.match(e.message, why, url);
        return true;
      });
    }
    assert.equal((await checkPublicUrl('http://127.0.0.1:8080/hook', 'webhook', { allowPrivate: true })).port, '8080');
    assert.equal((await checkPublicUrl('https://93.184.216.34/hook', 'webhook')).hostname, '93.184.216.34');
    await assert.rejects(checkPublicUrl('file:///etc/passwd', 'webhook', { allowPrivate: true }), /file: scheme/);
  });

  test('guardedFetch refuses a private address when it connects, not only when the URL is checked', async () => {
    // A loopback server that answers a feed, a redirect, and a body larger than a small limit.
    const server = createServer((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/feed.xml' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end('<rss version="2.0"><channel><title>T</title></channel></rss>');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      // "localhost" passes no URL check here (guardedFetch does none): the lookup at connection time refuses it.
      await assert.rejects(guardedFetch({ what: 'feed URL' })(`http://localhost:${port}/feed.xml`), (e: Error) => {
        assert.match(e.message, new RegExp(`feed URL "http://localhost:${port}/feed.xml" is refused: its host localhost resolves to (127\\.0\\.0\\.1|::1), a loopback address`));
        return true;
      });
      const allowed = guardedFetch({ allowPrivate: true });
      const ok = await allowed(`http://127.0.0.1:${port}/feed.xml`);
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('content-type'), 'application/rss+xml');
      assert.match(await ok.text(), /<title>T<\/title>/);
      const moved = await allowed(`http://127.0.0.1:${port}/moved`);
      assert.equal(moved.status, 302, 'redirects are returned for the caller to check, not followed');
      assert.equal(moved.headers.get('location'), '/feed.xml');
      await assert.rejects(guardedFetch({ allowPrivate: true, maxBytes: 10 })(`http://127.0.0.1:${port}/feed.xml`), /response is too large \(more than the limit of 10 bytes\)/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  test('a feed redirect to a private address is refused before it is fetched', async () => {
    const fetched: string[] = [];
    // The outside web, which a test cannot reach: a public address that redirects to the metadata service.
    const outside = (async (url: string | URL | Request) => {
      fetched.push(String(url));
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    }) as typeof fetch;
    const items = [];
    for await (const item of readSources(['http://93.184.216.34/feed.xml'], { fetch: outside })) items.push(item);
    assert.deepEqual(fetched, ['http://93.184.216.34/feed.xml']);
    assert.equal(items.length, 1);
    assert.match((items[0] as { reason: string }).reason, /redirects to "http:\/\/169\.254\.169\.254\/latest\/meta-data\/" is refused: it points at a link-local address/);
  });

  test('without the allow flag: the API refuses a loopback webhook, ingest refuses a loopback feed, and delivery refuses a webhook that now points at loopback', async () => {
    const o = await sqliteBackend.open();
    const server = await startServer({ port: 0, store: o.store, uiDir: null, writeAccess: { token: TOKEN } });
    const hook = await receiver(0);
    try {
      const r = await call(server.url, 'POST', '/v1/watches', { ...RULE, webhook: hook.url });
      assert.equal(r.status, 400);
      assert.match(r.json.error.message, /webhook "http:\/\/127\.0\.0\.1:\d+\/hook" is refused: it points at a loopback address/);
      const viaName = await call(server.url, 'POST', '/v1/watches', { ...RULE, webhook: hook.url.replace('127.0.0.1', 'localhost') });
      assert.equal(viaName.status, 400);
      assert.match(viaName.json.error.message, /its host localhost resolves to/);

      const feed = await cli(['ingest', `${server.url}/openapi.json`, '--db', o.cli.db, '--format', 'json']);
      assert.equal(feed.status, 1);
      assert.match(JSON.parse(feed.stdout).failed[0].reason, /feed URL "http:\/\/127\.0\.0\.1:\d+\/openapi\.json" is refused: it points at a loopback address/);

      // A rule saved while its host was public, now resolving to this machine: refused at delivery.
      const w = await o.store.watches.create({ ...resolveWatch(RULE), webhook: hook.url }, '2026-11-25T00:00:00Z');
      await kysely(o.store)
        .insertInto('alerts')
        .values({ seq: 1, id: 'alert-0000000000000001', watch_id: w.id, story_id: 'story:x', article_id: 'art-0000000000000000', created_at: '2026-11-25T00:00:00Z', detail: JSON.stringify({ watch: { id: w.id, name: w.name }, story: {}, article: {}, event: {} }) })
        .execute();
      await kysely(o.store)
        .insertInto('deliveries')
        .values({ alert_id: 'alert-0000000000000001', watch_id: w.id, url: hook.url, status: 'pending', attempts: 0, next_attempt_at: '2026-11-25T00:00:00Z', last_error: null, sent_at: null, created_at: '2026-11-25T00:00:00Z' })
        .execute();
      const pass = await deliverDue(o.store, { maxAttempts: 1 });
      assert.deepEqual([pass.attempted, pass.sent, pass.failed], [1, 0, 1]);
      assert.equal(hook.requests.length, 0);
      const [d] = await o.store.watches.deliveries();
      assert.equal(d.status, 'failed');
      assert.match(d.lastError ?? '', /is refused: it points at a loopback address/);

      // Kept, and re-triable: with the flag it goes through.
      const retry = await cli(['watch', 'deliver', '--retry-failed', '--allow-private-urls', '--db', o.cli.db, '--format', 'json']);
      assert.equal(retry.status, 0, retry.stderr);
      assert.deepEqual(JSON.parse(retry.stdout).sent, 1);
      assert.equal(hook.accepted.size, 1);
    } finally {
      await hook.close();
      await server.close();
      await o.cleanup();
    }
  });
});

test('corroborate watch add, list, alerts and remove', needsShared(SEED), async () => {
  const o = await sqliteBackend.open();
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-watch-cli-'));
  try {
    const db = o.cli.db;
    const bad = await cli(['watch', 'add', '--name', 'x', '--min-count', 'released>1000', '--db', db]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^corroborate: watch add: --min-count "released>1000" is not KIND=N, e\.g\. released=1000\n$/);
    const refused = await cli(['watch', 'add', '--name', 'x', '--webhook', 'http://169.254.169.254/', '--db', db]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /--webhook "http:\/\/169\.254\.169\.254\/" is refused: it points at a link-local address/);

    const added = await cli(['watch', 'add', '--name', RULE.name, '--actor', 'Afghan Taliban', '--type', 'prisoner-release', '--min-count', 'released=3000', '--certainty', 'asserted,hedged', '--db', db, '--format', 'json']);
    assert.equal(added.status, 0, added.stderr);
    const w = JSON.parse(added.stdout);
    assert.deepEqual(w.rule.minCounts, [{ kind: 'released', min: 3000 }]);
    const list = await cli(['watch', 'list', '--db', db]);
    assert.match(list.stdout, new RegExp(`${w.id}  ${RULE.name}\\n    prisoner-release, by/with .*, released >= 3000, certainty asserted/hedged`));

    writeFileSync(join(dir, 'a.jsonl'), JSON.stringify(seedArticle()) + '\n');
    writeFileSync(join(dir, 'b.jsonl'), JSON.stringify(SECOND_REPORT) + '\n');
    assert.equal((await cli(['ingest', join(dir, 'a.jsonl'), '--db', db])).status, 0);
    // The rule was there before the seed: the seed's release of 3,200 alerts (not its "thousands"), then the second report.
    assert.equal((await cli(['ingest', join(dir, 'b.jsonl'), '--db', db])).status, 0);
    const alerts = await cli(['watch', 'alerts', '--watch', w.id, '--db', db]);
    assert.equal(alerts.status, 0, alerts.stderr);
    assert.match(alerts.stdout, /^#2 .*Releases by the Afghan Taliban\n    prisoner-release .*\(released 3,200\); story story:art-[0-9a-f]{16}#e\d+: 2 reports, 2 independent\n    Frontier Wire, 2026-11-24: Taliban free 3,200 militants/);
    const json = JSON.parse((await cli(['watch', 'alerts', '--db', db, '--format', 'json'])).stdout);
    assert.equal(json.length, 2);
    assert.deepEqual(json.map((a: { detail: { article: { source: string } } }) => a.detail.article.source), ['Frontier Wire', 'Seed Times']);

    assert.match((await cli(['watch', 'remove', w.id, '--db', db])).stdout, new RegExp(`removed ${w.id}`));
    const gone = await cli(['watch', 'remove', w.id, '--db', db]);
    assert.equal(gone.status, 1);
    assert.match(gone.stderr, /no watch watch-/);
    assert.match((await cli(['watch', 'list', '--db', db])).stdout, /^no watches; add one with/);
  } finally {
    await o.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corroborate serve delivers pending webhooks in the background, and stops cleanly', async () => {
  const o = await sqliteBackend.open();
  const hook = await receiver(0);
  try {
    const w = await o.store.watches.create({ ...resolveWatch(RULE), webhook: hook.url }, '2026-11-25T00:00:00Z');
    // An alert another process raised, its delivery still pending.
    await kysely(o.store)
      .insertInto('alerts')
      .values({ seq: 1, id: 'alert-00000000000000aa', watch_id: w.id, story_id: 'story:x', article_id: 'art-0000000000000000', created_at: '2026-11-25T00:00:00Z', detail: JSON.stringify({ watch: { id: w.id, name: w.name }, story: {}, article: {}, event: {} }) })
      .execute();
    await kysely(o.store)
      .insertInto('deliveries')
      .values({ alert_id: 'alert-00000000000000aa', watch_id: w.id, url: hook.url, status: 'pending', attempts: 0, next_attempt_at: '2026-11-25T00:00:00Z', last_error: null, sent_at: null, created_at: '2026-11-25T00:00:00Z' })
      .execute();
    const env: NodeJS.ProcessEnv = { ...process.env, CORROBORATE_TOKEN: TOKEN };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', o.cli.db, '--allow-private-urls'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    while (hook.accepted.size === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.equal(hook.requests.length, 1, stderr);
    assert.equal(hook.requests[0].key, 'alert-00000000000000aa');
    const [d] = await o.store.watches.deliveries();
    assert.equal(d.status, 'sent');
  } finally {
    await hook.close();
    await o.cleanup();
  }
});
