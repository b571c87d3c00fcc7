import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/analyze.ts';
import { resolveEventFilter } from '../src/store/event-query.ts';
import { prepareRows, type PreparedArticle } from '../src/store/rows.ts';
import { eventKey, type Store } from '../src/store/store.ts';
import { runCli } from './cli-process.ts';
import { RIVAL_TOLL_ARTICLE } from './rival-toll-article.ts';
import { BACKENDS, runStatements, type OpenedStore } from './store-backends.ts';

// Migration 0007: a protest broken up by force (the analysis's `protest:intervention:<cue>` rule)
// keeps its cue words in `events.intervention`, on SQLite and PostgreSQL; `findEvents` (and so
// `corroborate events --intervention` / `--no-intervention`) lists the marked protests, or the
// protests without, in list order and by pages. A store written before 0007 (at migration 0006)
// is upgraded in place: 0007 adds the column, and 0008 (session 23) fills it from each article's
// stored analysis, so its dispersed protests are marked as a fresh ingest marks them. Articles of
// our own writing.

const PEACEFUL = {
  text: 'Hundreds of traders staged a protest in Quetta on Monday against new taxes. The protesters dispersed peacefully after talks with the district administration.',
  published: '2026-11-20',
  source: 'Quetta Test Post',
};
const TEAR_GAS = {
  text: 'Students protested outside Karachi University on Saturday against a fee increase. Police fired tear gas to disperse the demonstrators, and six students were injured.',
  published: '2026-11-23',
  source: 'Sindh Test Herald',
};

function prep(a: { text: string; published: string; source: string }, origin: string): PreparedArticle {
  return prepareRows(analyze(a.text, { published: a.published, name: origin, source: a.source }), origin);
}

/**
 * Takes migrations 0007 and 0008 back out (the index and the column) and forgets that they ran: a
 * store at migration 0006, its protests' cues only in `articles.analysis`.
 */
async function downgrade(backend: string, db: string): Promise<void> {
  const steps = [
    'DROP INDEX events_intervention_keyset',
    'ALTER TABLE events DROP COLUMN intervention',
    "DELETE FROM kysely_migration WHERE name IN ('0007-event-intervention', '0008-event-intervention-backfill')",
  ];
  await runStatements(backend, db, steps);
}

for (const backend of BACKENDS) {
  describe(`a protest's intervention in the store on ${backend.name}`, { skip: backend.skip }, () => {
    let opened: OpenedStore;
    let latest: Store | undefined;
    before(async () => {
      opened = await backend.open();
      const out = await opened.store.writeArticles([prep(RIVAL_TOLL_ARTICLE, 'bara'), prep(PEACEFUL, 'quetta'), prep(TEAR_GAS, 'karachi')], '2026-11-27T00:00:00Z');
      assert.deepEqual(out.map((o) => o.status), ['stored', 'stored', 'stored']);
    });
    after(async () => {
      await opened?.cleanup();
    });

    test('the cue words are written at ingest for the dispersed protests only', async () => {
      const events = (await opened.store.dump()).events as Array<{ type: string; intervention: string | null; text: string }>;
      const marked = events.filter((e) => e.intervention !== null).map((e) => [e.type, e.intervention]);
      assert.deepEqual(marked.sort(), [
        ['protest', 'batons'],
        ['protest', 'tear gas'],
      ]);
      const quetta = events.find((e) => e.text.startsWith('Hundreds of traders'));
      assert.deepEqual([quetta?.type, quetta?.intervention], ['protest', null]);
      assert.ok(events.some((e) => e.type === 'attack' && e.intervention === null));
    });

    test('--intervention lists the dispersed protests, --no-intervention the others, in list order and by pages', async () => {
      const on = await opened.store.findEvents(await resolveEventFilter({ intervention: true }, opened.store));
      assert.deepEqual(on.map((e) => [e.event_date, e.intervention]), [
        ['2026-11-21', 'tear gas'],
        ['2026-11-25', 'batons'],
      ]);
      const off = await opened.store.findEvents(await resolveEventFilter({ intervention: false }, opened.store));
      assert.deepEqual(off.map((e) => [e.type, e.intervention, e.place_name]), [['protest', null, 'Quetta']]);
      // A page of one, then the page after it.
      const first = await opened.store.findEvents({ intervention: true, limit: 1 });
      const next = await opened.store.findEvents({ intervention: true, limit: 1, after: eventKey(first[0]) });
      assert.deepEqual([first[0].intervention, next[0].intervention], ['tear gas', 'batons']);
      // With the other filters: both marks are in Pakistan, one in Sindh's capital.
      assert.equal((await opened.store.findEvents(await resolveEventFilter({ intervention: true, country: 'PK', type: 'protest,riot', since: '2026-11-24' }, opened.store))).length, 1);
    });

    test('--intervention with types that hold no protest is refused, naming both', async () => {
      await assert.rejects(resolveEventFilter({ intervention: true, type: 'attack,bombing' }, opened.store), /--intervention is about protests, and --type attack,bombing has none/);
    });

    test('the CLI filters on the mark and writes it in the CSV column', async () => {
      const env = opened.cli.env;
      const csv = await runCli(['events', '--db', opened.cli.db, '--intervention', '--format', 'csv'], { env });
      assert.equal(csv.status, 0, csv.stderr);
      const lines = csv.stdout.trim().split(/\r\n/);
      assert.match(lines[0], /,counts,intervention$/);
      assert.equal(lines.length, 3);
      assert.match(lines[1], /,tear gas$/);
      const table = await runCli(['events', '--db', opened.cli.db, '--no-intervention'], { env });
      assert.match(table.stdout, /^2026-11-16 +protest +Quetta/m);
      assert.match(table.stdout, /^1 event$/m);
    });

    test('a store at migration 0006 is upgraded: its dispersed protests are marked from the stored analyses, as a fresh ingest marks them', async () => {
      const fresh = (await opened.store.dump()).events;
      await opened.store.close();
      await downgrade(backend.name, opened.cli.db);
      const upgraded = (latest = await opened.reopen());
      const events = (await upgraded.dump()).events as Array<{ type: string; intervention: string | null }>;
      assert.deepEqual(
        events.filter((e) => e.intervention !== null).map((e) => [e.type, e.intervention]).sort(),
        [
          ['protest', 'batons'],
          ['protest', 'tear gas'],
        ],
      );
      assert.deepEqual(events, fresh, 'every upgraded row equals the row the ingest wrote');
      assert.deepEqual((await upgraded.findEvents({ intervention: true })).map((e) => [e.event_date, e.intervention]), [
        ['2026-11-21', 'tear gas'],
        ['2026-11-25', 'batons'],
      ]);
      // New rows are marked at ingest as before: a copy of the Karachi report from another outlet.
      const more = await upgraded.writeArticles([prep({ ...TEAR_GAS, published: '2026-11-26', source: 'Another Test Daily' }, 'karachi-again')], '2026-11-28T00:00:00Z');
      assert.equal(more[0].status, 'near-duplicate');
      assert.deepEqual((await upgraded.findEvents({ intervention: true })).map((e) => [e.event_date, e.intervention]), [
        ['2026-11-21', 'tear gas'],
        ['2026-11-21', 'tear gas'],
        ['2026-11-25', 'batons'],
      ]);
    });

    test('the CLI on a store at migration 0006 lists the marked protests once it has opened it', async () => {
      await latest?.close();
      await downgrade(backend.name, opened.cli.db);
      const csv = await runCli(['events', '--db', opened.cli.db, '--intervention', '--format', 'csv'], { env: opened.cli.env });
      assert.equal(csv.status, 0, csv.stderr);
      assert.deepEqual(
        csv.stdout.trim().split(/\r\n/).slice(1).map((l) => l.slice(l.lastIndexOf(',') + 1)),
        ['tear gas', 'tear gas', 'batons'],
      );
    });
  });
}
