import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analyze.ts';
import { unitsOf } from '../corroborate/units.ts';
import { BACKENDS } from '../../test/store-backends.ts';
import { prepareRows, type PreparedArticle } from './rows.ts';
import type { Store } from './store.ts';

// The writer's inserts (prepared single-row statements on SQLite, multi-row Kysely inserts on
// PostgreSQL) and the story units the analysis worker cuts, on both backends: conflicts are
// reported per row, upserts add up, and stories clustered from the worker's units are the
// stories clustered from the analyses read back from the store.

// Our own writing: a market bombing reported twice a day apart, a copy under another credit line,
// an unrelated arrest raid, and a report with no publication day (stories skip it).
const ARTICLES: Array<{ text: string; source: string; published?: string; title?: string }> = [
  {
    title: 'Bomb kills five at market in Bannu',
    text: 'A bomb planted on a motorcycle killed five people and wounded 19 at a crowded market in Bannu on Friday, police said.',
    source: 'North Wire',
    published: '2025-06-13',
  },
  {
    title: 'Market blast toll rises to seven in Bannu',
    text: 'The toll from a motorcycle bomb at a market in Bannu rose to seven on Saturday, hospital officials said.',
    source: 'Frontier Daily',
    published: '2025-06-14',
  },
  {
    title: 'Bomb kills five at market in Bannu',
    text: '(North Wire via Valley Post) A bomb planted on a motorcycle killed five people and wounded 19 at a crowded market in Bannu on Friday, police said.',
    source: 'Valley Post',
    published: '2025-06-13',
  },
  {
    title: 'Police arrest 12 suspects in Peshawar raids',
    text: 'Police arrested 12 suspects in overnight raids in Peshawar on Thursday, a spokesman said.',
    source: 'Frontier Daily',
    published: '2025-06-12',
  },
  {
    text: 'Security forces said they had arrested three men in Lakki Marwat after an exchange of fire.',
    source: 'Valley Post',
  },
];

function prepared(): PreparedArticle[] {
  return ARTICLES.map((a, i) => prepareRows(analyze(a.text, { published: a.published, source: a.source, title: a.title, name: `r${i}.txt` }), `r${i}.txt`));
}

async function storyRows(store: Store) {
  const d = await store.dump();
  return { stories: d.stories, story_units: d.story_units, story_words: d.story_words, story_progress: d.story_progress };
}

test('the worker cuts units as the store would, at arrival 0, and none for an article without a day', () => {
  const batch = prepared();
  for (const [i, p] of batch.entries()) {
    const a = ARTICLES[i];
    if (!a.published) {
      assert.equal(p.units, null);
      continue;
    }
    const analysis = JSON.parse(p.article.analysis);
    assert.deepEqual(p.units, unitsOf({ articleId: p.article.id, publisher: a.source, published: a.published, title: a.title ?? null, analysis }, 0));
    assert.ok(p.units!.length > 0);
  }
});

for (const backend of BACKENDS) {
  describe(`row writer and worker-cut units on ${backend.name}`, { skip: backend.skip }, () => {
    test('stories from the worker\'s units equal stories from the analyses read back', async () => {
      const viaUnits = await backend.open();
      const viaStore = await backend.open();
      try {
        const batch = prepared();
        const outcomes = await viaUnits.store.writeArticles(batch, '2025-06-15T00:00:00Z');
        await viaStore.store.writeArticles(batch, '2025-06-15T00:00:00Z');
        assert.deepEqual(
          outcomes.map((o) => o.status),
          ['stored', 'stored', 'near-duplicate', 'stored', 'stored'],
        );
        const units = new Map(batch.filter((p) => p.units).map((p) => [p.article.id, p.units!]));
        const a = await viaUnits.store.clusterStories({ units });
        const b = await viaStore.store.clusterStories();
        assert.deepEqual(a, b);
        assert.equal(a.skipped, 1);
        const rows = await storyRows(viaUnits.store);
        assert.deepEqual(rows, await storyRows(viaStore.store));
        // Arrival numbers follow the store's order, not the 0 the worker wrote.
        assert.deepEqual(
          [...new Set(rows.story_units.map((u) => u.arrival))],
          [0, 1, 2, 3],
        );
        // Writing the same batch again: every article is a duplicate, nothing is written twice.
        const again = await viaUnits.store.writeArticles(batch, '2025-06-16T00:00:00Z');
        assert.deepEqual(
          again.map((o) => o.status),
          ['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate'],
        );
        assert.equal(await viaUnits.store.countArticles(), ARTICLES.length);
      } finally {
        await viaUnits.cleanup();
        await viaStore.cleanup();
      }
    });
  });
}
