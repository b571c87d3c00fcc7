import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { RunningServer } from '../src/server/serve.ts';
import { runCli } from './cli-process.ts';
import { ingestedStore, type IngestedStore } from './ingested-store.ts';
import { REVISED_TOLL_ARTICLE } from './revised-toll-article.ts';

// news53: a toll the reporting source revises ("Officials said 14 people were killed ... The
// police later revised the toll to nine", news52's `revised: true`) through the store, on a real
// SQLite file filled by `corroborate ingest` as a process. A revision is the report's update of
// its own figure, not a rival teller's: the story lists no contradiction of one article with
// itself, and the text outputs say "revised from 14", not "per the police". A second report of
// the same attack giving 14 still disagrees with the revised figure.

const ARTICLES = [REVISED_TOLL_ARTICLE];

const cli = (args: string[]) => runCli(args);

describe('a revised toll through the store outputs', () => {
  let ingested: IngestedStore;
  let db: string;
  let server: RunningServer;

  before(async () => {
    ingested = await ingestedStore('revised', ARTICLES);
    ({ db, server } = ingested);
  });

  after(async () => {
    await ingested?.close();
  });

  test('the stored event keeps both figures, the second marked revised', async () => {
    const json = JSON.parse((await cli(['events', '--db', db, '--type', 'attack', '--format', 'json'])).stdout);
    assert.deepEqual(
      json[0].counts.map((c: any) => [c.kind, c.value, c.toldBy?.text ?? null, c.revised ?? false, c.claimSource ?? null]),
      [
        ['killed', 14, null, false, 'Officials'],
        ['killed', 9, 'The police', true, null],
      ],
    );
  });

  test('csv and table: the revision is written "revised from 14 by", the first figure with its claim\'s source, the fatalities column keeps the first figure', async () => {
    const r = await cli(['events', '--db', db, '--format', 'csv']);
    assert.equal(r.status, 0, r.stderr);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const attack = rows.find((x) => x.event_type === 'attack');
    assert.equal(attack?.counts, '14 killed per Officials; 9 killed (revised from 14 by The police)');
    assert.equal(attack?.fatalities, '14');
    const table = await cli(['events', '--db', db, '--type', 'attack']);
    assert.match(table.stdout, /14 killed per Officials · 9 killed \(rev/);
  });

  test('the story: no contradiction of the article with itself; the report line says the figure was revised', async () => {
    const list = await (await fetch(`${server.url}/v1/stories?type=attack`)).json();
    assert.equal(list.stories.length, 1);
    const id = list.stories[0].id;
    const story = await (await fetch(`${server.url}/v1/stories/${encodeURIComponent(id)}`)).json();
    assert.equal(story.contradictions.find((c: any) => c.field === 'killed'), undefined, JSON.stringify(story.contradictions));
    const text = await cli(['story', id, '--db', db]);
    assert.match(text.stdout, /14 killed, 9 killed \(revised from 14 by The police\)/);
    assert.doesNotMatch(text.stdout, /per The police/);
    assert.match(text.stdout, /No contradictions\./);
  });

  test('the text report of `analyze`: the revision reads "revised from 14 by The police", the first figure names its claim\'s source', async () => {
    const file = join(ingested.dir, 'revised.txt');
    writeFileSync(file, ARTICLES[0].text);
    const r = await cli(['analyze', file, '--published', '2026-11-27']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /14 killed \("14"\) per Officials · 9 killed \("nine"\) \(revised from 14 by The police\)/);
  });
});
