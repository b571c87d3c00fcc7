import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/analyze.ts';
import { minhash, NEAR_DUP_WINDOW_DAYS, similarity } from '../src/store/near-dup.ts';
import { prepareRows, type PreparedArticle } from '../src/store/rows.ts';
import { BACKENDS, type OpenedStore } from './store-backends.ts';
import { needsShared, sharedPath } from './shared.ts';

// Near-duplicates on real news text (the corpus article and article bodies from the
// article-extraction benchmark): a syndicated copy and a light rewrite (one sentence changed, a
// new headline line, different boilerplate) link to the first copy and count as one independent
// source; other outlets' own reports of the same news, and unrelated articles, do not link.

const CORPUS = 'corpus/afpak-militant-releases.txt';
const TRUTH = 'data/article-extraction/ground-truth.json';
const skip = needsShared(CORPUS).skip || needsShared(TRUTH).skip;

/** Two outlets' own reports of one piece of news, picked by URL from the benchmark. */
const SAME_NEWS: Array<[string, string]> = [
  ['venturebeat.com/2019/11/18/new-york-state-attorney', 'techcrunch.com/2019/11/18/new-york-state-attorney'],
  ['thehill.com/blogs/blog-briefing-room/news/471031', 'nbcnews.com/news/us-news/new-york-man-pleads-guilty'],
  ['bbc.com/news/world-europe-50473792', 'albawaba.com/news/sweden-drops'],
];

function sentences(text: string): string[] {
  return text.match(/[^.!?\n]+[.!?]+["”’]?\s*|[^.!?\n]+$/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
}

/** One sentence replaced with our own, a headline line on top, boilerplate at the bottom. */
function lightRewrite(text: string, headline: string): string {
  const paras = text.split('\n').filter((p) => p.trim() !== '');
  const target = paras.findIndex((p) => sentences(p).length >= 2);
  const s = sentences(paras[target]);
  s[1] = 'The account could not be independently verified on the day it was published.';
  paras[target] = s.join(' ');
  return [headline, ...paras, 'Follow our live coverage for updates. Sign up for the morning newsletter to get the top stories in your inbox.'].join('\n');
}

let texts: { corpus: string; pairs: Array<[string, string]>; unrelated: string[] };
before(() => {
  if (skip) return;
  const truth = JSON.parse(readFileSync(sharedPath(TRUTH), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const byUrl = (part: string) => {
    const hit = Object.values(truth).find((r) => r.url.includes(part));
    assert.ok(hit, `no benchmark article with URL containing ${part}`);
    return hit.articleBody;
  };
  texts = {
    corpus: readFileSync(sharedPath(CORPUS), 'utf8'),
    pairs: SAME_NEWS.map(([a, b]) => [byUrl(a), byUrl(b)]),
    unrelated: ['space.com/jupiter-moon-europa', 'cnbc.com/2019/11/20/emirates', 'usatoday.com/story/news/politics/2019/11/19/prison-guards'].map(byUrl),
  };
});

function prep(text: string, origin: string, url?: string, source?: string, published = '2019-11-20'): PreparedArticle {
  return prepareRows(analyze(text, { published, name: origin, url, source }), origin);
}

test('MinHash estimates: a light rewrite stays close, another outlet\'s report of the same news does not', { skip }, () => {
  const [a, b] = texts.pairs[0];
  const rewrite = similarity(minhash(a), minhash(lightRewrite(a, 'WeWork faces state inquiry')));
  const other = similarity(minhash(a), minhash(b));
  assert.ok(rewrite >= 0.75, `rewrite ${rewrite}`);
  assert.ok(other < 0.2, `other outlet ${other}`);
});

for (const backend of BACKENDS) {
  describe(`near-duplicates on ${backend.name}`, { skip: skip || backend.skip }, () => {
    let opened: OpenedStore;
    before(async () => {
      opened = await backend.open();
    });
    after(async () => {
      await opened?.cleanup();
    });

    test('copies and rewrites link to the first copy; independent reports stay independent', async () => {
      const store = opened.store;
      const originals = [prep(texts.corpus, 'corpus', 'https://a.example/releases', 'A'), ...texts.pairs.map(([x], i) => prep(x, `first-${i}`, `https://a.example/${i}`, 'A'))];
      const first = await store.writeArticles(originals, '2024-01-01T00:00:00Z');
      assert.deepEqual(first.map((o) => o.status), originals.map(() => 'stored'));

      const copies = [
        // Syndicated: the same text under another outlet's URL, with its credit line.
        prep(`${texts.corpus}\nThis article first appeared on a partner site.`, 'syndicated', 'https://b.example/copy', 'B'),
        prep(lightRewrite(texts.corpus, 'Thousands of freed militants head for Pakistan'), 'rewrite-corpus', 'https://c.example/r', 'C'),
        ...texts.pairs.map(([x], i) => prep(lightRewrite(x, `Updated report ${i + 1}`), `rewrite-${i}`, `https://c.example/${i}`, 'C')),
        ...texts.pairs.map(([, y], i) => prep(y, `other-outlet-${i}`, `https://d.example/${i}`, 'D')),
        ...texts.unrelated.map((u, i) => prep(u, `unrelated-${i}`, `https://e.example/${i}`, 'E')),
      ];
      const out = await store.writeArticles(copies, '2024-01-02T00:00:00Z');
      const status = Object.fromEntries(out.map((o) => [o.origin, o.status === 'near-duplicate' ? `near-duplicate of ${first.find((f) => f.id === o.of)?.origin ?? o.of}` : o.status]));
      assert.deepEqual(status, {
        syndicated: 'near-duplicate of corpus',
        'rewrite-corpus': 'near-duplicate of corpus',
        'rewrite-0': 'near-duplicate of first-0',
        'rewrite-1': 'near-duplicate of first-1',
        'rewrite-2': 'near-duplicate of first-2',
        'other-outlet-0': 'stored',
        'other-outlet-1': 'stored',
        'other-outlet-2': 'stored',
        'unrelated-0': 'stored',
        'unrelated-1': 'stored',
        'unrelated-2': 'stored',
      });
      // A copy of a copy points at the first copy, never at another copy.
      const again = await store.writeArticles([prep(`${lightRewrite(texts.corpus, 'Thousands of freed militants head for Pakistan')}\nRepublished with permission.`, 'copy-of-rewrite')], '2024-01-03T00:00:00Z');
      assert.equal(again[0].status, 'near-duplicate');
      assert.equal(again[0].of, first[0].id);
      assert.equal(await store.countArticles(), originals.length + copies.length + 1);
      assert.equal(await store.countIndependentArticles(), originals.length + texts.pairs.length + texts.unrelated.length);
    });

    test(`copies are looked for within ${NEAR_DUP_WINDOW_DAYS} days of publication, in a later batch or the same one`, async () => {
      const store = opened.store;
      const [, y] = texts.pairs[1];
      const copy = (text: string, origin: string, published: string) => prep(`${text}\nThis article first appeared on a partner site (${origin}).`, origin, undefined, origin, published);
      const [first] = await store.writeArticles([prep(y, 'window-first', undefined, 'F', '2020-03-01')], '2024-02-01T00:00:00Z');
      assert.equal(first.status, 'stored');
      const later = await store.writeArticles(
        [copy(y, 'in-window', '2020-03-31'), copy(y, 'past-window', '2020-04-01'), copy(y, 'undated', null as unknown as string)],
        '2024-02-02T00:00:00Z',
      );
      assert.deepEqual(later.slice(0, 2).map((o) => [o.origin, o.status, o.of ?? null]), [
        ['in-window', 'near-duplicate', first.id],
        // 31 days on: not compared with the first copy, so it stands as a report of its own.
        ['past-window', 'stored', null],
      ]);
      // Undated: compared with every candidate whatever its day (the earliest copy wins, which
      // is the first test's when it ran).
      assert.equal(later[2].status, 'near-duplicate');
      // A copy of the late one, in its own window, links to it.
      const [late] = await store.writeArticles([copy(y, 'after-late', '2020-04-20')], '2024-02-03T00:00:00Z');
      assert.deepEqual([late.status, late.of], ['near-duplicate', later[1].id]);
    });
  });
}
