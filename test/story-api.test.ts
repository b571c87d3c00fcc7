import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';
import { postgresBackend } from './store-backends.ts';

// The story routes over real HTTP on loopback, with a real SQLite store in a temp folder: the
// list with the CLI's filters and keyset pages, one story with its reports side by side and a
// contradiction (two reports of one bombing giving different death tolls), the links from
// events to their stories, and the errors.

const TOKEN = 'story-test-token';

// Reports of our own writing. AFP and BBC Monitoring tell one Quetta bombing with different
// tolls; Dawn runs AFP's copy word for word (a near-duplicate: no new source); two unrelated
// events elsewhere and later.
const AFP = {
  text: 'A suicide bomber killed six people at a police checkpoint in Quetta on Sunday, officials said.',
  published: '2026-05-11',
  source: 'Agence France-Presse',
  title: 'Suicide bomb kills six in Quetta',
};
const BBC = {
  text: 'Five people were killed and 20 wounded when a suicide bomber struck a police checkpoint in Quetta on Sunday, police said.',
  published: '2026-05-12',
  source: 'BBC Monitoring',
  title: 'Five killed in Quetta suicide attack',
};
const DAWN_COPY = { ...AFP, source: 'Dawn', published: '2026-05-11' };
const PESHAWAR = { text: 'Police said 14 militants were arrested in Peshawar on Monday.', published: '2026-03-03', source: 'Test Wire' };
const KANDAHAR = { text: 'The Taliban released 200 prisoners from a jail in Kandahar on Tuesday, a spokesman said.', published: '2026-06-02', source: 'Daily Test' };

let dir: string;
let store: Store;
let server: RunningServer;
const ids: Record<string, string> = {};

async function get(path: string, base = server.url): Promise<{ status: number; body: any }> {
  const res = await fetch(base + path);
  return { status: res.status, body: await res.json() };
}

async function ingest(base: string, articles: object[]): Promise<any> {
  const res = await fetch(`${base}/v1/articles`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ articles }),
  });
  assert.equal(res.status, 200);
  return res.json();
}

const storyPath = (id: string) => `/v1/stories/${encodeURIComponent(id)}`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-story-api-'));
  store = await openStore({ db: join(dir, 'stories.db') });
  server = await startServer({ port: 0, uiDir: null, store, writeAccess: { token: TOKEN }, now: () => '2026-11-25T00:00:00.000Z' });
  const out = await ingest(server.url, [PESHAWAR, AFP, BBC, DAWN_COPY, KANDAHAR]);
  assert.deepEqual(
    out.results.map((r: any) => r.status),
    ['stored', 'stored', 'stored', 'near-duplicate', 'stored'],
  );
  ['peshawar', 'afp', 'bbc', 'dawn', 'kandahar'].forEach((k, i) => (ids[k] = out.results[i].id));
});

after(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /v1/stories', () => {
  test('lists the stories of articles posted through the API, by first day, with sources and contradictions', async () => {
    const r = await get('/v1/stories');
    assert.equal(r.status, 200);
    assert.equal(r.body.nextCursor, null);
    const stories = r.body.stories;
    assert.deepEqual(
      stories.map((s: any) => [s.types.join(','), s.reports, s.independentSources]),
      [
        ['arrest', 1, 1],
        ['bombing', 3, 2],
        ['prisoner-release', 1, 1],
      ],
    );
    const quetta = stories[1];
    assert.equal(quetta.firstArticle, ids.afp);
    assert.equal(quetta.latestArticle, ids.bbc);
    assert.equal(quetta.title, AFP.title);
    assert.deepEqual(quetta.publishers.sort(), ['Agence France-Presse', 'BBC Monitoring', 'Dawn']);
    assert.deepEqual(quetta.contradictions.map((c: any) => c.field), ['killed']);
  });

  test('the filters of `corroborate stories`: type, country, since, until, minSources, and an article', async () => {
    const typesOf = async (query: string) => (await get(`/v1/stories?${query}`)).body.stories.map((s: any) => s.types.join(','));
    assert.deepEqual(await typesOf('type=bombing'), ['bombing']);
    assert.deepEqual(await typesOf('type=bombing,prisoner-release'), ['bombing', 'prisoner-release']);
    assert.deepEqual(await typesOf('country=AF'), ['prisoner-release']);
    assert.deepEqual(await typesOf('country=Pakistan'), ['arrest', 'bombing']);
    assert.deepEqual(await typesOf('since=2026-05-01'), ['bombing', 'prisoner-release']);
    assert.deepEqual(await typesOf('until=2026-05-31'), ['arrest', 'bombing']);
    assert.deepEqual(await typesOf('minSources=2'), ['bombing']);
    assert.deepEqual(await typesOf(`article=${ids.bbc}`), ['bombing']);
    assert.deepEqual(await typesOf(`article=${ids.kandahar},${ids.peshawar}`), ['arrest', 'prisoner-release']);
    assert.deepEqual(await typesOf('since=2026-07-01'), []);
  });

  test('pages with an opaque cursor that keeps its filters, and refuses one from another query', async () => {
    const first = await get('/v1/stories?limit=2');
    assert.equal(first.body.stories.length, 2);
    assert.equal(typeof first.body.nextCursor, 'string');
    const second = await get(`/v1/stories?limit=2&cursor=${first.body.nextCursor}`);
    assert.equal(second.status, 200);
    assert.deepEqual(second.body.stories.map((s: any) => s.types[0]), ['prisoner-release']);
    assert.equal(second.body.nextCursor, null);
    const all = (await get('/v1/stories')).body.stories.map((s: any) => s.id);
    assert.deepEqual([...first.body.stories, ...second.body.stories].map((s: any) => s.id), all);

    const other = await get(`/v1/stories?limit=2&type=bombing&cursor=${first.body.nextCursor}`);
    assert.equal(other.status, 400);
    assert.match(other.body.error.message, /^cursor: it belongs to a query with other filters/);
    const junk = await get('/v1/stories?cursor=not-a-cursor');
    assert.equal(junk.status, 400);
    assert.match(junk.body.error.message, /^cursor: not a cursor this server gave out/);
  });

  test('GET /v1/events takes minSources as `corroborate events --min-sources` does: only events of corroborated stories', async () => {
    const all = await get('/v1/events');
    assert.deepEqual([...new Set(all.body.events.map((e: any) => e.type))].sort(), ['arrest', 'bombing', 'prisoner-release']);
    const corroborated = await get('/v1/events?minSources=2');
    assert.equal(corroborated.status, 200);
    assert.deepEqual([...new Set(corroborated.body.events.map((e: any) => e.type))], ['bombing']);
    assert.deepEqual([...new Set(corroborated.body.events.map((e: any) => e.article.id))].sort(), [ids.afp, ids.bbc, ids.dawn].sort());
    const zero = await get('/v1/events?minSources=0');
    assert.equal(zero.status, 400);
    assert.match(zero.body.error.message, /^minSources: must be from 1/);
  });

  test('bad filters are a 400 naming the parameter', async () => {
    const cases: Array<[string, RegExp]> = [
      ['since=2026-13-01', /since "2026-13-01" is not a valid YYYY-MM-DD date/],
      ['since=2026-06-01&until=2026-05-01', /since 2026-06-01 is after until 2026-05-01/],
      ['type=picnic', /type/],
      ['country=Atlantis', /country/],
      ['minSources=0', /^minSources: must be from 1/],
      ['minSources=two', /^minSources: must be a whole number/],
      ['limit=201', /^limit: must be from 1 to 200/],
      ['article=art-12', /^article: must be article ids/],
      ['colour=red', /unknown parameter "colour"/],
    ];
    for (const [query, message] of cases) {
      const r = await get(`/v1/stories?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.body.error.code, 'E_BAD_REQUEST', query);
      assert.match(r.body.error.message, message, query);
    }
  });
});

describe('GET /v1/stories/{id}', () => {
  test('the reports side by side, independent sources, first and latest report, and the contradiction with who says what', async () => {
    const id = `story:${ids.afp}#e1`;
    const r = await get(storyPath(id));
    assert.equal(r.status, 200);
    const s = r.body;
    assert.equal(s.id, id);
    assert.equal(s.reports, 3);
    assert.equal(s.independentSources, 2, 'the Dawn copy of the AFP report is no new source');
    assert.equal(s.firstArticle, ids.afp);
    assert.equal(s.latestArticle, ids.bbc);
    assert.deepEqual(
      s.reportsSideBySide.map((x: any) => [x.articleId, x.publisher, x.published, x.title, x.nearDupOf]),
      [
        [ids.afp, 'Agence France-Presse', '2026-05-11', AFP.title, null],
        [ids.bbc, 'BBC Monitoring', '2026-05-12', BBC.title, null],
        [ids.dawn, 'Dawn', '2026-05-11', AFP.title, ids.afp],
      ],
    );
    const bbc = s.reportsSideBySide[1];
    assert.deepEqual(
      bbc.units[0].counts.map((c: any) => [c.kind, c.value]),
      [
        ['killed', 5],
        ['wounded', 20],
      ],
    );
    assert.equal(bbc.units[0].text, BBC.text);

    const killed = s.contradictions.find((c: any) => c.field === 'killed');
    const byValue = Object.fromEntries(killed.values.map((v: any) => [v.value, v]));
    assert.deepEqual(Object.keys(byValue).sort(), ['5', '6']);
    assert.deepEqual(byValue['6'].reports.sort(), [ids.afp, ids.dawn].sort());
    assert.deepEqual(byValue['5'].reports, [ids.bbc]);
    const afpSays = byValue['6'].statedBy.find((x: any) => x.articleId === ids.afp);
    assert.deepEqual(afpSays, { articleId: ids.afp, publisher: 'Agence France-Presse', published: '2026-05-11', title: AFP.title, eventId: 'e1', text: 'six', toldBy: null, sentence: AFP.text });
    const bbcSays = byValue['5'].statedBy[0];
    assert.equal(bbcSays.publisher, 'BBC Monitoring');
    assert.equal(bbcSays.text, 'Five');
    assert.equal(BBC.text.slice(0, 4), bbcSays.text, 'the words are the report’s own');
  });

  test('404 for a story not in the store, 400 for something that is no story id', async () => {
    const missing = await get(storyPath('story:art-0000000000000000#e1'));
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'E_NOT_FOUND');
    assert.match(missing.body.error.message, /no story story:art-0000000000000000#e1 in the store/);
    for (const bad of ['art-0000000000000000', 'story:nothing', 'story:art-00#e1']) {
      const r = await get(storyPath(bad));
      assert.equal(r.status, 400, bad);
      assert.match(r.body.error.message, /^id: must be a story id/);
    }
  });
});

describe('GET /v1/story-links and the API document', () => {
  test('each event of the articles named, with the story it joined', async () => {
    const r = await get(`/v1/story-links?article=${ids.bbc},${ids.peshawar}`);
    assert.equal(r.status, 200);
    const links = r.body.links.map((l: any) => [l.articleId, l.eventId, l.storyId, l.reports, l.independentSources]).sort();
    const [peshawar] = (await get(`/v1/stories?article=${ids.peshawar}`)).body.stories;
    assert.deepEqual(links, [
      [ids.bbc, 'e1', `story:${ids.afp}#e1`, 3, 2],
      [ids.peshawar, 'e1', peshawar.id, 1, 1],
    ].sort());
    assert.equal((await get('/v1/story-links')).status, 400);
  });

  test('/openapi.json lists the story routes with their parameters', async () => {
    const doc = (await get('/openapi.json')).body;
    const list = doc.paths['/v1/stories'].get;
    assert.deepEqual(list.parameters.map((p: any) => p.name).sort(), ['article', 'country', 'cursor', 'limit', 'minSources', 'since', 'type', 'until']);
    assert.equal(doc.paths['/v1/stories/{id}'].get.parameters[0].name, 'id');
    assert.ok(doc.paths['/v1/stories/{id}'].get.responses['404']);
    assert.ok(doc.paths['/v1/story-links'].get);
    assert.ok(doc.components.schemas.Story);
  });

  test('without a store, the story routes answer 503 and say how to start one', async () => {
    const bare = await startServer({ port: 0, uiDir: null });
    try {
      const r = await get('/v1/stories', bare.url);
      assert.equal(r.status, 503);
      assert.equal(r.body.error.code, 'E_NO_STORE');
    } finally {
      await bare.close();
    }
  });
});

describe('the story routes on PostgreSQL', { skip: postgresBackend.skip }, () => {
  test('the contradiction and a keyset page, on the local PostgreSQL', async () => {
    const opened = await postgresBackend.open();
    const pg = await startServer({ port: 0, uiDir: null, store: opened.store, writeAccess: { token: TOKEN } });
    try {
      await ingest(pg.url, [PESHAWAR, AFP, BBC, DAWN_COPY, KANDAHAR]);
      const s = (await get(storyPath(`story:${ids.afp}#e1`), pg.url)).body;
      assert.equal(s.independentSources, 2);
      assert.deepEqual(s.contradictions.find((c: any) => c.field === 'killed').values.map((v: any) => v.value).sort(), ['5', '6']);
      const first = await get('/v1/stories?limit=2', pg.url);
      const second = await get(`/v1/stories?limit=2&cursor=${first.body.nextCursor}`, pg.url);
      assert.deepEqual([...first.body.stories, ...second.body.stories].map((x: any) => x.types[0]), ['arrest', 'bombing', 'prisoner-release']);
      assert.deepEqual((await get(`/v1/stories?article=${ids.bbc}&minSources=2`, pg.url)).body.stories.map((x: any) => x.id), [s.id]);
    } finally {
      await pg.close();
      await opened.cleanup();
    }
  });
});
