import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { runCli } from './cli-process.ts';
import { BACKENDS, type OpenedStore } from './store-backends.ts';

// `corroborate search` and `corroborate events` as real processes over a store filled by
// `corroborate ingest`, on both backends, with every filter and output format.


const cli = (args: string[]) => runCli(args);

const ARTICLES = [
  { text: 'PESHAWAR: A suicide bomber killed 12 people and wounded 30 others at a police checkpoint in Peshawar on Monday, police said. The Tehrik-i-Taliban Pakistan claimed responsibility for the attack.', published: '2023-05-10', source: 'Frontier Post', url: 'https://fp.example/blast' },
  { text: 'Militants attacked a police station in Charsadda on Sunday night, killing two constables, officials said.', published: '2023-04-03', source: 'Valley Times' },
  { text: 'Gunmen abducted four aid workers in Kunduz province of Afghanistan on Saturday, officials said.', published: '2023-05-08', source: 'Kabul Wire' },
  { text: 'Police arrested seven suspects in Quetta on Tuesday after a raid on a militant hideout, a spokesman said.', published: '2023-05-10', source: 'Quetta Daily' },
];

for (const backend of BACKENDS) {
  describe(`search and events on ${backend.name}`, { skip: backend.skip }, () => {
    let o: OpenedStore;
    let dir: string;
    before(async () => {
      o = await backend.open();
      dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
      const file = join(dir, 'a.jsonl');
      writeFileSync(file, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
      const r = await cli(['ingest', file, '--db', o.cli.db, '--workers', '0']);
      assert.equal(r.status, 0, r.stderr);
    });
    after(async () => {
      await o?.cleanup();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('search: stemmed words, a phrase, json', async () => {
      const text = await cli(['search', 'suicide bombers', '--db', o.cli.db]);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /^2023-05-10 · Frontier Post \[official: police; asserted\]\n  PESHAWAR: A suicide bomber killed 12/);
      const json = JSON.parse((await cli(['search', '"claimed responsibility"', '--db', o.cli.db, '--format', 'json'])).stdout);
      assert.equal(json.length, 1);
      assert.equal(json[0].url, 'https://fp.example/blast');
      assert.match((await cli(['search', 'drone', '--db', o.cli.db])).stdout, /^no claims match "drone"/);
    });

    test('events: filters resolve names through the gazetteers', async () => {
      const near = JSON.parse((await cli(['events', '--near', 'Peshawar', '--within', '50km', '--db', o.cli.db, '--format', 'json'])).stdout);
      // Charsadda is ~25 km from Peshawar: inside 50 km, outside 10 km.
      assert.deepEqual([...new Set(near.map((e: { place: { name: string } }) => e.place.name))].sort(), ['Charsadda', 'Peshawar']);
      assert.ok(near.every((e: { distanceKm: number }) => e.distanceKm <= 50));
      const close = JSON.parse((await cli(['events', '--near', 'Peshawar', '--within', '10km', '--db', o.cli.db, '--format', 'json'])).stdout);
      assert.ok(close.length >= 1 && close.every((e: { place: { name: string } }) => e.place.name === 'Peshawar'));
      const ttp = JSON.parse((await cli(['events', '--actor', 'TTP', '--type', 'bombing', '--db', o.cli.db, '--format', 'json'])).stdout);
      assert.equal(ttp.length, 1);
      assert.deepEqual(ttp[0].counts.map((c: { kind: string; value: number }) => `${c.kind} ${c.value}`), ['killed 12', 'wounded 30']);
      const af = JSON.parse((await cli(['events', '--country', 'Afghanistan', '--db', o.cli.db, '--format', 'json'])).stdout);
      assert.deepEqual(af.map((e: { type: string }) => e.type), ['kidnapping']);
      const april = JSON.parse((await cli(['events', '--since', '2023-04-01', '--until', '2023-04-30', '--db', o.cli.db, '--format', 'json'])).stdout);
      assert.deepEqual(april.map((e: { place: { name: string } }) => e.place.name), ['Charsadda']);
      const table = await cli(['events', '--type', 'kidnapping,arrest', '--db', o.cli.db]);
      assert.match(table.stdout, /^date +type +place/);
      assert.match(table.stdout, /2 events\n$/);
    });

    test('events: ACLED-style CSV and GeoJSON', async () => {
      const csv = await cli(['events', '--type', 'bombing', '--db', o.cli.db, '--format', 'csv']);
      const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
      assert.equal(rows.length, 1);
      const r = rows[0];
      assert.deepEqual(
        { event_date: r.event_date, time_precision: r.time_precision, event_type: r.event_type, country: r.country, location: r.location, fatalities: r.fatalities, source: r.source, geo_precision: r.geo_precision },
        { event_date: '2023-05-08', time_precision: '1', event_type: 'bombing', country: 'Pakistan', location: 'Peshawar', fatalities: '12', source: 'Frontier Post', geo_precision: '1' },
      );
      assert.match(r.actor1, /Taliban/);
      assert.match(r.notes, /^PESHAWAR: A suicide bomber/);
      assert.ok(Math.abs(Number(r.latitude) - 34.0) < 0.1 && Math.abs(Number(r.longitude) - 71.57) < 0.1);
      const geo = JSON.parse((await cli(['events', '--country', 'PK', '--db', o.cli.db, '--format', 'geojson'])).stdout);
      assert.equal(geo.type, 'FeatureCollection');
      assert.ok(geo.features.length >= 3);
      for (const f of geo.features) {
        assert.equal(f.geometry.type, 'Point');
        assert.equal(f.properties.country, 'Pakistan');
      }
    });

    test('events: options that cannot be resolved are errors naming them', async () => {
      const cases: Array<[string[], RegExp]> = [
        [['--actor', 'Nobody Special'], /--actor "Nobody Special" is no actor we know/],
        [['--type', 'picnic'], /--type "picnic" is no event type/],
        [['--since', '2023-02-30'], /--since "2023-02-30" is not a valid YYYY-MM-DD date/],
        [['--near', 'Peshawar', '--within', 'far'], /--within "far" is not a distance/],
        [['--within', '5km'], /--within needs --near PLACE/],
        [['--country', 'Atlantis'], /--country "Atlantis" is no country we know/],
      ];
      for (const [args, message] of cases) {
        const r = await cli(['events', ...args, '--db', o.cli.db]);
        assert.equal(r.status, 1, args.join(' '));
        assert.match(r.stderr, message);
        assert.doesNotMatch(r.stderr, /^\s+at /m);
      }
    });
  });
}

describe('PostgreSQL-only commands on a SQLite path', () => {
  test('worker and ingest --queue refuse it with one line and exit 1, and leave no database file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-only-'));
    try {
      const file = join(dir, 'a.jsonl');
      writeFileSync(file, JSON.stringify(ARTICLES[0]));
      const db = join(dir, 'never.db');
      const worker = await cli(['worker', '--drain', '--db', db]);
      assert.equal(worker.status, 1);
      assert.equal(worker.stderr, `corroborate: corroborate worker needs PostgreSQL (--db postgres://... or DATABASE_URL); ${db} is a SQLite file: use corroborate ingest\n`);
      const queue = await cli(['ingest', file, '--queue', '--db', db]);
      assert.equal(queue.status, 1);
      assert.match(queue.stderr, /^corroborate: the ingest queue needs PostgreSQL \(--db postgres:\/\/\.\.\. or DATABASE_URL\); .*never\.db is a SQLite file, which one ingest process writes\n$/);
      assert.equal(existsSync(db), false, 'no SQLite file was created');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
