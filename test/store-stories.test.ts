import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/analyze.ts';
import { StoryClusterer } from '../src/corroborate/clusterer.ts';
import { analyseReports, clusterReports, clusterReportsInStore, readUcdpReports } from '../src/eval/ucdp-stories.ts';
import { prepareRows, type PreparedArticle } from '../src/store/rows.ts';
import type { Store } from '../src/store/store.ts';
import { BACKENDS, type OpenedStore } from './store-backends.ts';
import { needsShared, sharedPath } from './shared.ts';

// Stories in the store, on both backends: articles clustered in ingest order with their join
// reasons, contradictions and independent sources (near-duplicates count once); the same
// stories as the in-memory clusterer; a store reopened in the middle (a new process, its
// clusterer rebuilt from the tables) ends with the same rows as one uninterrupted run; the
// story and event filters.

// Our own writing: one bombing in Quetta told by four outlets over three days with differing
// tolls (one a syndicated copy of another), and an unrelated kidnapping in Kunduz.
const ARTICLES: Array<{ text: string; source: string; published: string; title: string }> = [
  {
    title: 'Suicide bomb kills six in southwest Pakistan',
    text: 'QUETTA: A suicide bomber killed six people and wounded 40 at a police station in Quetta on Sunday, officials said.',
    source: 'Wire One',
    published: '2024-03-10',
  },
  {
    title: 'Suicide bomb kills six in southwest Pakistan',
    text: 'QUETTA: A suicide bomber killed six people and wounded 40 at a police station in Quetta on Sunday, officials said.',
    source: 'Daily Two',
    published: '2024-03-10',
  },
  {
    title: 'Gunmen abduct four aid workers in Kunduz',
    text: 'Gunmen abducted four aid workers in Kunduz province of Afghanistan on Sunday, officials said.',
    source: 'Wire One',
    published: '2024-03-10',
  },
  {
    title: 'Eight killed, 52 injured in suicide attack in Quetta',
    text: 'A suicide attack on a police station in Quetta killed eight people and injured 52 on Sunday, a police official said.',
    source: 'Monitor Three',
    published: '2024-03-11',
  },
  {
    title: 'Militant group claims Quetta suicide bombing',
    text: 'A militant group claimed responsibility for the suicide bombing of a police station in Quetta that killed eight people, its spokesman said.',
    source: 'Agency Four',
    published: '2024-03-12',
  },
];

function prep(i: number): PreparedArticle {
  const a = ARTICLES[i];
  return prepareRows(analyze(a.text, { published: a.published, source: a.source, title: a.title, name: `a${i}.txt` }), `a${i}.txt`);
}

/** The story rows of a store, without ingest timestamps: equal means the same stories. */
async function storyDump(store: Store) {
  const d = await store.dump();
  return { articles: d.articles.map((a) => [a.id, a.seq, a.near_dup_of]), stories: d.stories, story_units: d.story_units, story_words: d.story_words, story_progress: d.story_progress };
}

for (const backend of BACKENDS) {
  describe(`stories on ${backend.name}`, { skip: backend.skip }, () => {
    let one: OpenedStore;
    let two: OpenedStore;
    before(async () => {
      one = await backend.open();
      two = await backend.open();
    });
    after(async () => {
      await one?.cleanup();
      await two?.cleanup();
    });

    test('reports of one event form one story with its contradictions; copies are one source; the same as the in-memory clusterer', async () => {
      const store = one.store;
      const batch = ARTICLES.map((_, i) => prep(i));
      const out = await store.writeArticles(batch, '2024-03-13T00:00:00Z');
      assert.deepEqual(out.map((o) => o.status), ['stored', 'near-duplicate', 'stored', 'stored', 'stored'], 'the same text from another outlet is a copy, not a duplicate');
      const progress = await store.clusterStories();
      assert.equal(progress.articles, 5);

      const stories = await store.findStories({});
      const quetta = stories.find((s) => s.firstArticle === out[0].id)!;
      assert.ok(quetta, 'a story opened by the first report');
      const detail = (await store.getStory(quetta.id))!;
      const members = detail.reportsSideBySide.map((r) => r.articleId);
      assert.ok(members.includes(out[1].id) && members.includes(out[3].id), `the copy and the next day's report join: ${JSON.stringify(members)}`);
      assert.ok(!members.includes(out[2].id), 'the kidnapping in Kunduz is another story');
      // Wire One and its copy in Daily Two are one source.
      assert.equal(detail.independentSources, detail.reports - 1);
      const killed = detail.contradictions.find((c) => c.field === 'killed');
      assert.ok(killed, `six against eight killed is a contradiction: ${JSON.stringify(detail.contradictions)}`);
      assert.deepEqual(killed.values.map((v) => v.value).sort(), ['6', '8']);
      const joined = detail.reportsSideBySide.find((r) => r.articleId === out[3].id)!.units[0];
      assert.equal(joined.how, 'joined');
      assert.ok(joined.reasons.length > 0 && joined.score !== null, 'a join keeps its reasons');

      // The in-memory clusterer over the same reports in the same order gives the same groups.
      const c = new StoryClusterer();
      for (const p of batch) {
        const a = JSON.parse(p.article.analysis);
        c.add({ articleId: p.article.id, publisher: p.article.source!, published: p.article.published!, title: p.article.title, analysis: a });
      }
      const memory = c.allStories().map((s) => s.reports.map((r) => r.articleId).sort()).sort();
      const stored = await Promise.all(stories.map(async (s) => (await store.getStory(s.id))!.reportsSideBySide.map((r) => r.articleId).sort()));
      assert.deepEqual(stored.sort(), memory);

      // Filters.
      assert.ok((await store.findStories({ minSources: 2 })).every((s) => s.independentSources >= 2));
      assert.ok((await store.findStories({ minSources: 2 })).some((s) => s.id === quetta.id));
      assert.equal((await store.findStories({ country: 'AF' })).some((s) => s.id === quetta.id), false);
      assert.equal((await store.findStories({ until: '2024-03-01' })).length, 0);
      const multi = await store.findEvents({ minSources: 2 });
      assert.ok(multi.length > 0 && multi.every((e) => e.article_id !== out[2].id), 'events --min-sources 2 leaves the single-source kidnapping out');
    });

    test('stopped after every article and reopened (a fresh clusterer from the tables): the same rows as one run', async () => {
      for (let i = 0; i < ARTICLES.length; i++) {
        const s = await two.reopen();
        await s.writeArticles([prep(i)], '2024-03-13T00:00:00Z');
        await s.clusterStories();
        await s.close();
      }
      const s = await two.reopen();
      assert.deepEqual(await storyDump(s), await storyDump(one.store));
    });
  });
}

test('eval ucdp-stories: the stories read back from a fresh store are exactly the in-memory clusterer\'s', { ...needsShared('data/ucdp-pakistan/dev.csv'), timeout: 300_000 }, async () => {
  const { reports } = readUcdpReports(sharedPath('data/ucdp-pakistan/dev.csv'));
  const analyses = analyseReports(reports);
  const memory = clusterReports(reports, analyses);
  const stored = await clusterReportsInStore(reports, analyses);
  const norm = (groups: number[][]) => groups.map((g) => [...g].sort((a, b) => a - b).join(',')).sort();
  assert.equal(stored.groups.length, memory.groups.length);
  assert.deepEqual(norm(stored.groups), norm(memory.groups));
});
