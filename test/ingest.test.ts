import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type CliOptions, type CliRun, runCli } from './cli-process.ts';
import { BACKENDS } from './store-backends.ts';
import { openStore } from '../src/store/open.ts';

// `corroborate ingest` as a real process on both backends: a folder with good articles and every
// kind of bad input, RSS and Atom feeds from files and from a real HTTP server on loopback, JSONL
// on stdin, and a second run that finds everything already stored.

const cli = (args: string[], opts: CliOptions = {}): Promise<CliRun> => runCli(args, { ...opts, unset: ['DEBUG'] });

/** A loopback port nobody listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Frontier Wire</title><link>https://wire.example/</link><description>test feed</description>
<item><title>Checkpoint attacked in Bannu</title><link>https://wire.example/bannu?utm_source=rss</link>
<pubDate>Tue, 09 May 2023 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Militants attacked a police checkpoint in Bannu on Monday night, killing two policemen, officials said.</p><p>Security forces launched a search operation in the area.</p>]]></content:encoded></item>
<item><title>Empty item</title><link>https://wire.example/empty</link></item>
<item><title>Aid convoy stopped</title><link>https://wire.example/convoy</link><pubDate>Wed, 10 May 2023 09:30:00 GMT</pubDate>
<description>Armed men stopped an aid convoy near Jalalabad on Tuesday and seized two trucks, the United Nations said.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Monitor</title><id>urn:test:atom</id><updated>2023-06-02T00:00:00Z</updated>
<entry><title>Drone strike reported</title><id>urn:test:1</id><link href="https://valley.example/drone"/>
<published>2023-05-28T06:00:00Z</published><updated>2023-06-01T06:00:00Z</updated>
<content type="html">&lt;p&gt;A drone strike hit a compound in North Waziristan on Saturday, killing three suspected militants, residents said.&lt;/p&gt;</content></entry>
</feed>`;

for (const backend of BACKENDS) {
  describe(`corroborate ingest on ${backend.name}`, { skip: backend.skip }, () => {
    let dir: string;
    let server: Server;
    let base: string;
    const opened: Array<{ cleanup(): Promise<void> }> = [];
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
      server = createServer((req, res) => {
        if (req.url === '/feed.xml') {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(RSS);
        } else if (req.url === '/broken.xml') {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end('<rss><channel><item><title>cut off');
        } else {
          res.writeHead(404);
          res.end('not here');
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      server?.close();
      for (const o of opened) await o.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a batch with bad inputs: each failure named with its reason, every good article stored, exit 1', async () => {
      const o = await backend.open();
      opened.push(o);
      const inbox = join(dir, `inbox-${backend.name}`);
      mkdirSync(join(inbox, 'nested', 'deeper'), { recursive: true });
      writeFileSync(join(inbox, 'a-kidnap.txt'), 'Gunmen abducted four aid workers in Kunduz province of Afghanistan on Saturday, officials said.\n');
      writeFileSync(join(inbox, 'nested', 'deeper', 'b-blast.html'), '<html><head><title>Quetta blast</title></head><body><article><p>A bomb exploded near a market in Quetta on Monday, killing three people and wounding nine, police said.</p></article></body></html>');
      writeFileSync(join(inbox, 'empty.txt'), '');
      writeFileSync(join(inbox, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      writeFileSync(join(inbox, 'notes.md'), 'not picked up from a folder');
      writeFileSync(join(inbox, 'broken-feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>never closed');
      writeFileSync(
        join(inbox, 'wire.jsonl'),
        [
          JSON.stringify({ text: 'Police arrested seven suspects in Peshawar on Tuesday after a raid, a spokesman said.', published: '2023-05-10', url: 'https://wire.example/raid', source: 'Wire' }),
          '{"text": "unterminated',
          '',
          JSON.stringify({ title: 'no body' }),
          JSON.stringify({ text: 'Security forces killed five militants in an operation in Khyber district on Sunday, the military said.', published: '2023-13-40' }),
          JSON.stringify({ html: '<p>Two soldiers were killed when a roadside bomb hit their vehicle in Kurram on Friday, officials said.</p>', published: '2023-05-12T10:00:00Z', title: 'Roadside bomb' }),
        ].join('\n'),
      );
      const r = await cli(['ingest', inbox, '--db', o.cli.db, '--format', 'json']);
      assert.equal(r.status, 1, r.stderr);
      const s = JSON.parse(r.stdout);
      assert.equal(s.stored, 4);
      assert.equal(s.duplicates, 0);
      const failed = Object.fromEntries(s.failed.map((f: { origin: string; reason: string }) => [f.origin.slice(inbox.length + 1), f.reason]));
      assert.deepEqual(Object.keys(failed).sort(), ['broken-feed.xml', 'empty.txt', 'image.txt', 'wire.jsonl:2', 'wire.jsonl:4', 'wire.jsonl:5']);
      assert.match(failed['empty.txt'], /empty/);
      assert.match(failed['image.txt'], /binary/);
      assert.match(failed['broken-feed.xml'], /not a readable RSS or Atom feed/);
      assert.match(failed['wire.jsonl:2'], /malformed JSON/);
      assert.match(failed['wire.jsonl:4'], /no "text" or "html"/);
      assert.match(failed['wire.jsonl:5'], /2023-13-40.*not a valid/);
      assert.doesNotMatch(r.stderr + r.stdout, /^\s+at /m);

      const store = await o.reopen();
      const events = await store.findEvents({});
      assert.deepEqual([...new Set(events.map((e) => e.place_name))].sort(), ['Kunduz', 'Kurram', 'Peshawar', 'Quetta'].sort());
      const kurram = events.find((e) => e.place_name === 'Kurram')!;
      assert.equal(kurram.article_published, '2023-05-12');
      assert.equal(kurram.article_title, 'Roadside bomb');

      // A second run stores nothing new: every good article is a duplicate; the text summary says so.
      const again = await cli(['ingest', inbox, '--db', o.cli.db]);
      assert.equal(again.status, 1);
      assert.match(again.stdout, /0 stored .*4 duplicates skipped, 6 failed/);
      assert.match(again.stderr, /^corroborate: .*empty\.txt: input is empty$/m);
      assert.equal(await store.countArticles(), 4);
    });

    test('feeds from files and URLs, JSONL on stdin; an unreachable or broken feed is a failure', async () => {
      const o = await backend.open();
      opened.push(o);
      const rss = join(dir, `wire-${backend.name}.rss`);
      const atom = join(dir, `valley-${backend.name}.atom`);
      writeFileSync(rss, RSS);
      writeFileSync(atom, ATOM);
      const r = await cli(['ingest', rss, atom, '--db', o.cli.db, '--format', 'json']);
      const s = JSON.parse(r.stdout);
      assert.equal(s.stored, 3, r.stdout);
      assert.deepEqual(s.failed.map((f: { origin: string; reason: string }) => [f.origin.slice(dir.length + 1), f.reason]), [
        [`wire-${backend.name}.rss#2`, 'item "Empty item" has no content or description'],
      ]);
      const store = await o.reopen();
      const bannu = (await store.findEvents({})).find((e) => e.place_name === 'Bannu');
      assert.ok(bannu, 'the Bannu attack is stored');
      assert.equal(bannu.article_source, 'Frontier Wire');
      assert.equal(bannu.article_published, '2023-05-09');
      assert.equal(bannu.article_url, 'https://wire.example/bannu?utm_source=rss');
      assert.equal(bannu.event_date, '2023-05-08');
      // Atom: the published date, not the later update.
      const drone = (await store.findEvents({ types: ['bombing'] })).find((e) => e.article_source === 'Valley Monitor');
      assert.equal(drone?.article_published, '2023-05-28');

      // The same feed by URL: its items are already stored (same canonical URL and text).
      const closed = await closedPort();
      const web = await cli(['ingest', `${base}/feed.xml`, `${base}/broken.xml`, `${base}/missing.xml`, `http://127.0.0.1:${closed}/feed.xml`, '--db', o.cli.db, '--format', 'json', '--allow-private-urls']);
      const w = JSON.parse(web.stdout);
      assert.equal(w.stored, 0);
      assert.equal(w.duplicates, 2);
      const reasons = Object.fromEntries(w.failed.map((f: { origin: string; reason: string }) => [f.origin.replace(base, ''), f.reason]));
      assert.match(reasons['/broken.xml'], /not a readable RSS or Atom feed/);
      assert.match(reasons['/missing.xml'], /HTTP 404/);
      assert.match(reasons[`http://127.0.0.1:${closed}/feed.xml`], /cannot be fetched \(ECONNREFUSED\)/);

      const lines = [
        JSON.stringify({ text: 'Unknown gunmen shot dead a tribal elder in Bajaur on Thursday, police said.', published: '2023-05-11', source: 'Stdin Times' }),
        'not json at all',
      ].join('\n');
      const piped = await cli(['ingest', '-', '--db', o.cli.db, '--format', 'json'], { input: lines });
      const p = JSON.parse(piped.stdout);
      assert.equal(p.stored, 1);
      assert.deepEqual(p.failed.map((f: { origin: string }) => f.origin), ['stdin:2']);
      assert.equal(await store.countArticles(), 4);
    });
  });
}

for (const backend of BACKENDS) {
  test(`two ingests of the same articles at once store each article once (${backend.name})`, { skip: backend.skip }, async () => {
    const o = await backend.open();
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
    try {
      const places = ['Peshawar', 'Quetta', 'Bannu', 'Kohat', 'Mardan', 'Swat', 'Chaman', 'Zhob', 'Khost', 'Gardez', 'Ghazni', 'Kunduz'];
      const lines = places.flatMap((p, i) => [
        JSON.stringify({ text: `Police arrested ${i + 2} suspects in ${p} on Tuesday after a raid on a hideout, a spokesman said.`, published: '2023-05-10' }),
        JSON.stringify({ text: `A roadside bomb killed ${i + 1} soldiers near ${p} on Monday, officials said.`, published: '2023-05-10', url: `https://news.example/${p.toLowerCase()}` }),
      ]);
      const file = join(dir, 'same.jsonl');
      writeFileSync(file, lines.join('\n'));
      const runs = await Promise.all([0, 1].map(() => cli(['ingest', file, '--db', o.cli.db, '--batch', '3', '--workers', '1', '--format', 'json'])));
      const summaries = runs.map((r) => {
        assert.equal(r.status, 0, r.stderr);
        return JSON.parse(r.stdout);
      });
      assert.equal(summaries[0].stored + summaries[1].stored, lines.length);
      assert.equal(summaries[0].stored + summaries[0].duplicates, lines.length);
      const dump = await (await o.reopen()).dump();
      assert.equal(dump.articles.length, lines.length);
      assert.equal(new Set(dump.claims.map((c) => `${c.article_id}#${c.idx}`)).size, dump.claims.length);
    } finally {
      await o.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('JSONL lines: a byte-order mark, CRLF, invalid UTF-8 and an over-long line, each judged on its own', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  try {
    const file = join(dir, 'mixed.jsonl');
    const long = JSON.stringify({ text: `Militants attacked a checkpoint in Bannu on Monday, police said. ${'Ä '.repeat(5000)}` });
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('\uFEFF' + JSON.stringify({ text: 'Gunmen abducted two engineers in Kunduz on Sunday, officials said.' }) + '\r\n'),
        Buffer.from('{"text": "a broken \xff byte"}\n', 'latin1'),
        Buffer.from(long + '\n'),
        Buffer.from(JSON.stringify({ text: 'Police arrested seven suspects in Quetta on Tuesday, a spokesman said.' }) + '\r\n'),
      ]),
    );
    const r = await cli(['ingest', file, '--db', join(dir, 'a.db'), '--workers', '0', '--max-bytes', '8000', '--format', 'json']);
    const s = JSON.parse(r.stdout);
    assert.equal(s.stored, 2);
    assert.deepEqual(
      s.failed.map((f: { origin: string; reason: string }) => `${f.origin.slice(dir.length + 1)}: ${f.reason}`),
      ['mixed.jsonl:2: line is not valid UTF-8', 'mixed.jsonl:3: line is longer than the limit of 8000 bytes'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing stored: every input bad (an empty file, a binary file) or no article in the paths is said in words, with no rate, and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  try {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'scan.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0, 0, 0xff, 0xfe, 0x01, 0x02, 0x03]));
    const db = join(dir, 'a.db');
    const r = await cli(['ingest', empty, binary, '--db', db]);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(r.stdout.startsWith(`nothing stored in ${db}: all 2 inputs failed (the reasons below; 2 read in `), r.stdout);
    assert.match(r.stdout, /; 2 read in \d+\.\d s\)\n$/);
    assert.doesNotMatch(r.stdout, /articles\/s/);
    assert.match(r.stderr, /^corroborate: .*empty\.txt: input is empty$/m);
    assert.match(r.stderr, /^corroborate: .*scan\.txt: input looks binary/m);
    const json = await cli(['ingest', binary, '--db', db, '--format', 'json']);
    assert.equal(json.status, 1);
    assert.deepEqual(JSON.parse(json.stdout).failed.map((f: { origin: string }) => f.origin), [binary]);
    const one = await cli(['ingest', empty, '--db', db]);
    assert.equal(one.status, 1);
    assert.match(one.stdout, /^nothing stored in .*: the one input failed \(the reason below; 1 read in /);

    // A folder with no article in it (only a file ingest does not read): nothing read, said so.
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'notes.md'), 'Police arrested seven suspects in Peshawar on Tuesday, a spokesman said.');
    const none = await cli(['ingest', bare, '--db', db]);
    assert.equal(none.status, 1);
    assert.match(none.stdout, /^nothing stored in .*: the paths given hold no article \(folders are searched for text, HTML, JSONL and feed files\); 0 read in /);
    assert.equal(none.stderr, '');

    const store = await openStore({ db });
    try {
      assert.equal(await store.countArticles(), 0);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest usage errors: no paths, a bad --db, a bad DATABASE_URL', async () => {
  const none = await cli(['ingest']);
  assert.equal(none.status, 2);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  try {
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'Police arrested seven suspects in Peshawar on Tuesday, a spokesman said.');
    const badDb = await cli(['ingest', f, '--db', join(dir, 'no', 'such', 'folder.db')]);
    assert.equal(badDb.status, 1);
    assert.match(badDb.stderr, /folder\.db: cannot create the database \(folder .* does not exist\)/);
    const badUrl = await cli(['ingest', f], { env: { DATABASE_URL: 'mysql://x@y/z' } });
    // cli() drops DATABASE_URL from the parent's environment, but not from opts.env.
    assert.equal(badUrl.status, 1);
    assert.match(badUrl.stderr, /DATABASE_URL must be a postgres:\/\/ URL/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
