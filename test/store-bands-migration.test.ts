import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/analyze.ts';
import { UNDATED_BAND_DAY, bandDay } from '../src/store/near-dup.ts';
import { prepareRows, type PreparedArticle } from '../src/store/rows.ts';
import { BACKENDS, runStatements, type OpenedStore } from './store-backends.ts';

// Migration 0006 re-keys the LSH band rows by publication day. A store written before it (the
// band table as migration 0001 made it: (bucket, article_id)) is upgraded in place: every band
// row gets its article's day, the rows are the ones a store written after the change holds, and
// near-duplicate lookups work on the upgraded store, dated and undated.

const REPORT =
  'Gunmen attacked a police checkpoint in Bannu on Tuesday night, killing three policemen and wounding two others, officials said. ' +
  'The attackers fled into nearby fields after an exchange of fire that lasted about an hour, a police spokesman told reporters.';
const OTHER =
  'A roadside bomb struck a military convoy near Miranshah in North Waziristan on Sunday, killing four soldiers, the army said in a statement. ' +
  'No group immediately claimed responsibility for the blast, which also damaged two vehicles.';

function prep(text: string, origin: string, source: string, published: string | null): PreparedArticle {
  return prepareRows(analyze(text, { published: published ?? undefined, name: origin, source }), origin);
}

/** Puts the band table back in its shape before 0006 and forgets that 0006 ran (and 0007 and 0008, which came after it). */
async function downgradeBands(backend: string, db: string): Promise<void> {
  const steps = (withoutRowid: string) => [
    'DROP INDEX events_intervention_keyset',
    'ALTER TABLE events DROP COLUMN intervention',
    "DELETE FROM kysely_migration WHERE name IN ('0007-event-intervention', '0008-event-intervention-backfill')",
    'CREATE TABLE old_bands AS SELECT bucket, article_id FROM article_bands',
    'DROP TABLE article_bands',
    `CREATE TABLE article_bands (bucket bigint NOT NULL, article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE, CONSTRAINT article_bands_pk PRIMARY KEY (bucket, article_id))${withoutRowid}`,
    'INSERT INTO article_bands (bucket, article_id) SELECT bucket, article_id FROM old_bands',
    'DROP TABLE old_bands',
    "DELETE FROM kysely_migration WHERE name = '0006-article-bands-by-day'",
  ];
  await runStatements(backend, db, steps(backend === 'sqlite' ? ' WITHOUT ROWID' : ''));
}

for (const backend of BACKENDS) {
  describe(`band rows by day on ${backend.name}`, { skip: backend.skip }, () => {
    let opened: OpenedStore;
    before(async () => {
      opened = await backend.open();
    });
    after(async () => {
      await opened?.cleanup();
    });

    test('a store written before migration 0006 is upgraded to the same band rows, and lookups still find copies', async () => {
      const articles = [prep(REPORT, 'dated', 'Wire', '2021-03-02'), prep(OTHER, 'undated', 'Daily', null), prep(`${REPORT} Updated.`, 'copy', 'Post', '2021-03-04')];
      const out = await opened.store.writeArticles(articles, '2024-01-01T00:00:00Z');
      assert.deepEqual(out.map((o) => o.status), ['stored', 'stored', 'near-duplicate']);
      const expected = (await opened.store.dump()).article_bands;
      assert.equal(expected.length, 64, 'the two first copies have 32 band rows each');
      assert.deepEqual([...new Set(expected.map((r) => r.day))].sort(), [UNDATED_BAND_DAY, bandDay('2021-03-02')].sort());

      await opened.store.close();
      await downgradeBands(backend.name, opened.cli.db);
      const upgraded = await opened.reopen();
      assert.deepEqual((await upgraded.dump()).article_bands, expected);

      // Lookups on the upgraded table: a dated copy of the undated report, and an undated copy
      // of the dated one, both find their first copy.
      const more = await upgraded.writeArticles([prep(`${OTHER} Updated.`, 'copy-of-undated', 'Times', '2023-09-09'), prep(`${REPORT} More later.`, 'undated-copy', 'Herald', null)], '2024-01-02T00:00:00Z');
      assert.deepEqual(more.map((o) => [o.status, o.of]), [
        ['near-duplicate', out[1].id],
        ['near-duplicate', out[0].id],
      ]);
    });
  });
}
