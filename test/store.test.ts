import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/analyze.ts';
import { canonicalUrl } from '../src/store/canonical-url.ts';
import { prepareRows, type PreparedArticle } from '../src/store/rows.ts';
import type { Store } from '../src/store/store.ts';
import { BACKENDS, type OpenedStore } from './store-backends.ts';

// The Store on both backends, through the same calls: duplicates by text and by URL, batches,
// full-text search over claims, the event filters, reopening (migrations run once), and the
// two backends holding the same rows for the same input.

const PUBLISHED = '2023-05-10';
const BOMBING =
  'PESHAWAR: A suicide bomber killed 12 people and wounded 30 others at a police checkpoint in Peshawar on Monday, police said. ' +
  'The Tehrik-i-Taliban Pakistan claimed responsibility for the attack.';
const KIDNAP = 'Gunmen abducted four aid workers in Kunduz province of Afghanistan on Saturday, officials said. No group has claimed responsibility.';
const ARREST = 'Police arrested seven suspects in Quetta on Tuesday after a raid on a militant hideout, a spokesman said.';

function prep(text: string, origin: string, meta: { url?: string; source?: string; published?: string } = {}): PreparedArticle {
  return prepareRows(analyze(text, { published: meta.published ?? PUBLISHED, url: meta.url, source: meta.source, name: origin }), origin);
}

test('canonical URLs drop fragments, tracking parameters and trailing slashes', () => {
  const cases: Array<[string | null, string | null]> = [
    ['https://www.Dawn.com/news/1750000/?utm_source=twitter&utm_medium=social#comments', 'https://www.dawn.com/news/1750000'],
    ['https://example.org/a?b=2&a=1&fbclid=xyz', 'https://example.org/a?a=1&b=2'],
    ['http://example.org:80/', 'http://example.org'],
    ['  ', null],
    [null, null],
    ['not a url', 'not a url'],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalUrl(input), expected, String(input));
});

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    let opened: OpenedStore;
    let store: Store;
    before(async () => {
      opened = await backend.open();
      store = opened.store;
    });
    after(async () => {
      await opened?.cleanup();
    });

    test('stores a batch once: same text (any case or spacing) from the same publisher on the same day, or same canonical URL, is a duplicate', async () => {
      const out = await store.writeArticles(
        [
          prep(BOMBING, 'a.txt', { url: 'https://news.example/peshawar-blast?utm_source=feed', source: 'Example News' }),
          prep(KIDNAP, 'b.txt'),
          prep(BOMBING.toUpperCase().replace(/ /g, '  '), 'c.txt', { source: 'Example News' }),
          prep(ARREST, 'd.txt', { url: 'https://news.example/peshawar-blast/#top' }),
        ],
        '2024-01-01T00:00:00Z',
      );
      assert.deepEqual(
        out.map((o) => [o.origin, o.status, o.by ?? null]),
        [
          ['a.txt', 'stored', null],
          ['b.txt', 'stored', null],
          ['c.txt', 'duplicate', 'content'],
          ['d.txt', 'duplicate', 'url'],
        ],
      );
      assert.equal(out[2].of, out[0].id);
      assert.equal(await store.countArticles(), 2);
      const again = await store.writeArticles([prep(KIDNAP, 'b2.txt'), prep(ARREST, 'e.txt')], '2024-01-02T00:00:00Z');
      assert.deepEqual(again.map((o) => o.status), ['duplicate', 'stored']);
      assert.equal(await store.countArticles(), 3);
    });

    test('full-text search over claims stems words, keeps phrases and exclusions', async () => {
      const hits = await store.searchClaims('suicide bombers');
      assert.equal(hits.length, 1);
      assert.match(hits[0].text, /^PESHAWAR: A suicide bomber killed 12/);
      assert.equal(hits[0].attributionKind, 'official');
      assert.equal(hits[0].source, 'Example News');
      assert.equal((await store.searchClaims('"claimed responsibility"')).length, 2);
      const claimed = await store.searchClaims('"claimed responsibility" -Taliban');
      assert.deepEqual(claimed.map((h) => h.text), ['No group has claimed responsibility.']);
      assert.equal((await store.searchClaims('Quetta OR Kunduz')).length, 2);
      assert.equal((await store.searchClaims('drone')).length, 0);
      // FTS syntax in the input is just words.
      assert.equal((await store.searchClaims('bomber* AND (NEAR')).length, 0);
      await assert.rejects(store.searchClaims('-police'), /only excludes words/);
      await assert.rejects(store.searchClaims('  "" '), /no words to search for/);
    });

    test('event filters: type, actor, dates, country, distance', async () => {
      const all = await store.findEvents({});
      assert.ok(all.length >= 3, `events: ${all.length}`);
      const bombings = await store.findEvents({ types: ['bombing'] });
      assert.equal(bombings.length, 1);
      const b = bombings[0];
      assert.equal(b.place_name, 'Peshawar');
      assert.equal(b.country, 'PK');
      assert.equal(b.killed, 12);
      assert.equal(b.wounded, 30);
      assert.equal(b.event_date, '2023-05-08');
      assert.equal(b.agent, 'ttp');
      assert.ok(b.agent_name && /Taliban/.test(b.agent_name));
      // "12 people" killed are civilians of the place's country, beside the police the checkpoint names.
      assert.deepEqual(b.actors.map((x) => `${x.actor}:${x.role}`), ['ttp:agent', 'civilians:PK:target', 'pakistan-police:target']);
      assert.equal(b.article_source, 'Example News');

      const ttp = await store.findEvents({ actors: ['ttp'] });
      assert.deepEqual(ttp.map((e) => e.type).sort(), ['bombing', 'claim-of-responsibility']);
      assert.deepEqual((await store.findEvents({ country: 'AF' })).map((e) => e.type), ['kidnapping']);
      assert.deepEqual((await store.findEvents({ since: '2023-05-09', types: ['kidnapping', 'bombing', 'arrest'] })).map((e) => e.type), ['arrest']);
      assert.deepEqual((await store.findEvents({ until: '2023-05-07', types: ['kidnapping', 'bombing', 'arrest'] })).map((e) => e.type), ['kidnapping']);
      // Quetta is about 600 km from Peshawar; Kunduz about 400 km.
      const nearPeshawar = await store.findEvents({ near: { lat: 34.0151, lon: 71.5249, km: 50 } });
      assert.deepEqual(nearPeshawar.map((e) => e.place_name), ['Peshawar']);
      assert.ok(nearPeshawar[0].distance_km! < 10);
      assert.equal((await store.findEvents({ near: { lat: 34.0151, lon: 71.5249, km: 700 } })).filter((e) => e.lat !== null).length, all.filter((e) => e.lat !== null).length);
      assert.equal((await store.findEvents({ limit: 1 })).length, 1);
    });

    test('reopening runs no migration twice and sees the same rows', async () => {
      const again = await opened.reopen();
      assert.equal(await again.countArticles(), 3);
      assert.deepEqual(await again.dump(), await store.dump());
    });
  });
}

describe('both backends hold the same rows for the same input', { skip: BACKENDS.find((b) => b.skip)?.skip ?? false }, () => {
  test('dump on SQLite equals dump on PostgreSQL', async () => {
    const batch = [prep(BOMBING, 'a.txt', { url: 'https://news.example/x' }), prep(KIDNAP, 'b.txt'), prep(ARREST, 'c.txt'), prep(KIDNAP, 'd.txt')];
    const dumps = [];
    for (const backend of BACKENDS) {
      const o = await backend.open();
      try {
        await o.store.writeArticles(batch.slice(0, 2), '2024-01-01T00:00:00Z');
        await o.store.writeArticles(batch.slice(2), '2024-02-01T00:00:00Z');
        dumps.push(await o.store.dump());
      } finally {
        await o.cleanup();
      }
    }
    assert.equal(dumps[0].articles.length, 3);
    assert.deepEqual(dumps[0], dumps[1]);
  });
});
