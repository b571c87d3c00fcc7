import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { RunningServer } from '../src/server/serve.ts';
import { runCli } from './cli-process.ts';
import { ingestedStore, type IngestedStore } from './ingested-store.ts';
import { RIVAL_TOLL_ARTICLE } from './rival-toll-article.ts';

// Session 21's additions through the store's outputs, on a real SQLite file filled by
// `corroborate ingest` as a process: a rival toll ("Officials said four soldiers were killed;
// the Pakistani Taliban put the death toll at 15") keeps its second figure and its teller in
// `events --format csv/table/geojson/json`, in GET /v1/events, and in the story, where one
// article's two tolls are a contradiction; a deportation keeps its count in the CSV; the sit-in
// broken up with batons keeps its intervention (session 22) in every output and the filter.

const cli = (args: string[]) => runCli(args);

describe('rival tolls and deportations through the store outputs', () => {
  let ingested: IngestedStore;
  let db: string;
  let server: RunningServer;

  before(async () => {
    ingested = await ingestedStore('rival', [RIVAL_TOLL_ARTICLE]);
    ({ db, server } = ingested);
  });

  after(async () => {
    await ingested?.close();
  });

  test('csv: fatalities is the event’s own figure, the counts column keeps the rival one and who gave it', async () => {
    const r = await cli(['events', '--db', db, '--format', 'csv']);
    assert.equal(r.status, 0, r.stderr);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const attack = rows.find((x) => x.event_type === 'attack');
    assert.ok(attack, r.stdout);
    assert.equal(attack.fatalities, '4');
    assert.equal(attack.counts, '4 killed per Officials; 15 killed per the Pakistani Taliban');
    const deportation = rows.find((x) => x.event_type === 'deportation');
    assert.equal(deportation?.counts, '230 deported');
    const protest = rows.find((x) => x.event_type === 'protest');
    assert.equal(protest?.wounded, '9');
  });

  test('table: both tolls in the casualties column; json and geojson keep toldBy', async () => {
    const table = await cli(['events', '--db', db, '--type', 'attack']);
    assert.match(table.stdout, /4 killed per Officials · 15 killed per/);
    const json = JSON.parse((await cli(['events', '--db', db, '--type', 'attack', '--format', 'json'])).stdout);
    assert.deepEqual(
      json[0].counts.map((c: any) => [c.kind, c.value, c.toldBy?.text ?? null, c.claimSource ?? null]),
      [
        ['killed', 4, null, 'Officials'],
        ['killed', 15, 'the Pakistani Taliban', null],
      ],
    );
    const geo = JSON.parse((await cli(['events', '--db', db, '--type', 'attack', '--format', 'geojson'])).stdout);
    const props = geo.features[0].properties;
    assert.deepEqual([props.counts[1].value, props.counts[1].toldBy.text], [15, 'the Pakistani Taliban']);
    assert.equal(props.fatalities, 4);
  });

  test('GET /v1/events: the rival figure and its teller, with offsets into the stored text; the first figure names its claim\'s source', async () => {
    const res = await fetch(`${server.url}/v1/events?type=attack`);
    assert.equal(res.status, 200);
    const body = await res.json();
    const [e] = body.events;
    assert.equal(e.counts.length, 2);
    const rival = e.counts[1];
    assert.deepEqual([rival.kind, rival.value, rival.toldBy.text, rival.claimSource], ['killed', 15, 'the Pakistani Taliban', undefined]);
    assert.equal(RIVAL_TOLL_ARTICLE.text.slice(rival.toldBy.start, rival.toldBy.end), 'the Pakistani Taliban');
    // "Officials said four soldiers were killed; ...": the first figure is the claim's, as the article view says.
    assert.deepEqual([e.counts[0].value, e.counts[0].claimSource, e.counts[0].toldBy], [4, 'Officials', undefined]);
    // A count with no rival names no one: the protest's nine injured, the deportation's 230.
    const others = await (await fetch(`${server.url}/v1/events?type=protest,deportation`)).json();
    assert.deepEqual(others.events.flatMap((x: any) => x.counts.map((c: any) => [c.value, c.claimSource ?? null])), [
      [9, null],
      [230, null],
    ]);
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    assert.match(doc.components.schemas.StoredEvent.properties.counts.items.properties.claimSource.description, /source of the claim whose sentence states it/);
  });

  test('the dispersed protest keeps its intervention in json, geojson, csv and the table; the other events have none', async () => {
    const json = JSON.parse((await cli(['events', '--db', db, '--format', 'json'])).stdout);
    assert.deepEqual(
      json.map((e: any) => [e.type, e.intervention]),
      [
        ['attack', null],
        ['protest', 'batons'],
        ['deportation', null],
      ],
    );
    const geo = JSON.parse((await cli(['events', '--db', db, '--type', 'protest', '--format', 'geojson'])).stdout);
    assert.equal(geo.features[0].properties.intervention, 'batons');
    const rows = parse((await cli(['events', '--db', db, '--format', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((x) => [x.event_type, x.intervention]),
      [
        ['attack', ''],
        ['protest', 'batons'],
        ['deportation', ''],
      ],
    );
    const table = await cli(['events', '--db', db, '--intervention']);
    assert.match(table.stdout, /^2026-11-25 +protest with intervention \(batons\) +Peshawar, PK/m);
    assert.match(table.stdout, /^1 event$/m);
  });

  test('GET /v1/events: the intervention field, the filter both ways, a cursor that keeps it, a type with no protest refused', async () => {
    const all = await (await fetch(`${server.url}/v1/events`)).json();
    assert.deepEqual(
      all.events.map((e: any) => [e.type, e.intervention]),
      [
        ['attack', null],
        ['protest', 'batons'],
        ['deportation', null],
      ],
    );
    const on = await (await fetch(`${server.url}/v1/events?intervention=true`)).json();
    assert.deepEqual(on.events.map((e: any) => e.intervention), ['batons']);
    // No protest of this article went without intervention.
    const off = await (await fetch(`${server.url}/v1/events?intervention=false`)).json();
    assert.deepEqual(off, { events: [], nextCursor: null });
    // A cursor of the unfiltered list is not one of the filtered list.
    const page = await (await fetch(`${server.url}/v1/events?limit=1`)).json();
    const other = await fetch(`${server.url}/v1/events?limit=1&intervention=true&cursor=${page.nextCursor}`);
    assert.equal(other.status, 400);
    assert.match((await other.json()).error.message, /other filters/);
    const same = await (await fetch(`${server.url}/v1/events?limit=1&cursor=${page.nextCursor}`)).json();
    assert.equal(same.events[0].intervention, 'batons');
    const bad = await fetch(`${server.url}/v1/events?intervention=yes`);
    assert.equal(bad.status, 400);
    assert.match((await bad.json()).error.message, /intervention.*must be true or false/);
    const none = await fetch(`${server.url}/v1/events?intervention=true&type=attack`);
    assert.equal(none.status, 400);
    assert.equal((await none.json()).error.message, 'intervention=true is about protests, and type attack has none; add protest to type or drop it');
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    const params = doc.paths['/v1/events'].get.parameters.map((x: any) => x.name);
    assert.ok(params.includes('intervention'), params.join(' '));
    assert.deepEqual(doc.components.schemas.StoredEvent.properties.intervention.type, ['string', 'null']);
  });

  test('the story: one article’s two tolls are a contradiction, the rival value says who gave it', async () => {
    const list = await (await fetch(`${server.url}/v1/stories?type=attack`)).json();
    assert.equal(list.stories.length, 1);
    const id = list.stories[0].id;
    const story = await (await fetch(`${server.url}/v1/stories/${encodeURIComponent(id)}`)).json();
    const killed = story.contradictions.find((c: any) => c.field === 'killed');
    assert.deepEqual(
      killed.values.map((v: any) => [v.value, v.statedBy.map((s: any) => [s.publisher, s.text, s.toldBy])]),
      [
        ['4', [['Khyber Test Daily', 'four', null]]],
        ['15', [['Khyber Test Daily', '15', 'the Pakistani Taliban']]],
      ],
    );
    const text = await cli(['story', id, '--db', db]);
    assert.match(text.stdout, /4 killed, 15 killed per the Pakistani Taliban/);
    assert.match(text.stdout, /killed: 4 \(Khyber Test Daily 2026-11-27\) vs 15 \(Khyber Test Daily 2026-11-27, per the Pakistani Taliban\)/);
  });
});
