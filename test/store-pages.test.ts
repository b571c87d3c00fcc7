import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { analyze } from '../src/analyze.ts';
import { prepareRows } from '../src/store/rows.ts';
import { KyselyStore } from '../src/store/kysely-store.ts';
import { eventKey, type EventFilter, type Store, type StoredEvent } from '../src/store/store.ts';
import { BACKENDS, type OpenedStore } from './store-backends.ts';

// Keyset paging of findEvents (migration 0005) on both backends: walking any filter a few events
// at a time with `after` gives exactly the list one unpaged call gives, in the same order; an
// event that spans days (a month named without a day) is found by a --since inside its span,
// however far its first day lies before it.

const TOWNS = ['Peshawar', 'Quetta', 'Bannu', 'Kabul', 'Karachi', 'Jalalabad'];
const KINDS = [
  (town: string) => `A bomb killed 4 people in ${town} on Monday, police said.`,
  (town: string) => `Gunmen attacked a police post in ${town} on Sunday, killing two officers, officials said.`,
  (town: string) => `Police arrested three suspects in ${town} on Tuesday, a spokesman said.`,
];

function day(i: number): string {
  return new Date(Date.UTC(2023, 0, 10) + (i % 9) * 3 * 86_400_000).toISOString().slice(0, 10);
}

const key = (e: StoredEvent) => `${e.article_id}#${e.idx}`;

for (const backend of BACKENDS) {
  describe(`paging events on ${backend.name}`, { skip: backend.skip }, () => {
    let opened: OpenedStore;
    let store: Store;
    before(async () => {
      opened = await backend.open();
      store = opened.store;
      const articles = [];
      for (let i = 0; i < 30; i++) {
        const town = TOWNS[i % TOWNS.length];
        const text = `${KINDS[i % KINDS.length](town)} Report ${i}.`;
        articles.push(prepareRows(analyze(text, { published: day(i), source: `Outlet ${i % 4}` }), `a${i}.txt`));
      }
      // A month without a day: the event spans 2022-11-01 to 2022-11-30.
      articles.push(prepareRows(analyze('Militants attacked a checkpoint in Bannu in November 2022, officials said.', { published: '2023-01-05' }), 'month.txt'));
      // Two batches, so seq numbers come from two transactions.
      await store.writeArticles(articles.slice(0, 17), '2024-01-01T00:00:00Z');
      await store.writeArticles(articles.slice(17), '2024-01-02T00:00:00Z');
    });
    after(async () => {
      await opened?.cleanup();
    });

    const FILTERS: Array<[string, EventFilter]> = [
      ['no filter', {}],
      ['one type', { types: ['bombing'] }],
      ['two types and a day range', { types: ['attack', 'arrest'], since: '2023-01-12', until: '2023-02-01' }],
      ['a country', { country: 'PK' }],
      ['near Peshawar', { near: { lat: 34.008, lon: 71.578, km: 150 } }],
    ];

    for (const [name, filter] of FILTERS) {
      test(`pages of 4 walk the same list as one call: ${name}`, async () => {
        const all = await store.findEvents(filter);
        assert.ok(all.length >= 5, `${name}: only ${all.length} events`);
        const walked: StoredEvent[] = [];
        let afterKey: EventFilter['after'];
        for (let pages = 0; pages < 100; pages++) {
          const page = await store.findEvents({ ...filter, limit: 4, after: afterKey });
          walked.push(...page);
          if (page.length < 4) break;
          afterKey = eventKey(page[page.length - 1]);
        }
        assert.deepEqual(walked.map(key), all.map(key));
        assert.equal(new Set(walked.map(key)).size, walked.length, 'no event twice');
        // List order: event day, then ingest order, then position in the article.
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [eventKey(all[i - 1]), eventKey(all[i])];
          if (a.date !== null && b.date !== null) assert.ok(a.date < b.date || (a.date === b.date && (a.seq < b.seq || (a.seq === b.seq && a.idx < b.idx))), `${name}: ${JSON.stringify(a)} before ${JSON.stringify(b)}`);
        }
        if (filter.near) for (const e of walked) assert.ok(e.distance_km !== undefined && e.distance_km <= filter.near.km);
      });
    }

    // A store this small holds only "rare" actors and boxes, whose pages start from their own
    // index; with the cut at 0 the same filters walk the list order and test each event (the
    // plan frequent actors and large boxes get on a big store). Both give the same pages.
    test('an actor and a box give the same pages by either query plan', async () => {
      assert.ok(store instanceof KyselyStore);
      const filters: EventFilter[] = [
        { actors: ['pakistan-police'] },
        { actors: ['pakistan-police'], types: ['arrest'], since: '2023-01-12' },
        { near: { lat: 30.18, lon: 67.0, km: 40 } },
      ];
      const walk = async (filter: EventFilter) => {
        const out: string[] = [];
        let afterKey: EventFilter['after'];
        for (let pages = 0; pages < 100; pages++) {
          const page = await store.findEvents({ ...filter, limit: 3, after: afterKey });
          out.push(...page.map(key));
          if (page.length < 3) break;
          afterKey = eventKey(page[page.length - 1]);
        }
        return out;
      };
      for (const filter of filters) {
        const byOwnIndex = await walk(filter);
        assert.ok(byOwnIndex.length >= 3, `${JSON.stringify(filter)}: only ${byOwnIndex.length} events`);
        const cut = store.rareEvents;
        store.rareEvents = 0;
        try {
          assert.deepEqual(await walk(filter), byOwnIndex, JSON.stringify(filter));
        } finally {
          store.rareEvents = cut;
        }
      }
    });

    test('an event spanning a month is found by --since inside the month, first page or not', async () => {
      const month = (await store.findEvents({})).find((e) => e.event_date === '2022-11-01');
      assert.ok(month, 'the month-long event is stored');
      assert.equal(month.event_date_end, '2022-11-30');
      const since = await store.findEvents({ since: '2022-11-20' });
      assert.equal(since[0] && key(since[0]), key(month));
      assert.deepEqual((await store.findEvents({ since: '2022-11-20', limit: 1 })).map(key), [key(month)]);
      assert.equal((await store.findEvents({ since: '2022-12-01' })).some((e) => key(e) === key(month)), false);
    });
  });
}
