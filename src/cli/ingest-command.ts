import cliProgress from 'cli-progress';
import { ingest, type IngestSummary } from '../ingest/ingest.ts';
import { countInputs } from '../ingest/sources.ts';
import { CorroborateError } from '../model/errors.ts';
import { openStore, sqliteFileOf } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { enqueueSources, type EnqueueSummary } from '../ingest/worker.ts';
import { privateUrlsAllowedByEnv } from '../watch/url-guard.ts';

// `corroborate ingest PATH...`: a thin shell over ingest(): open the store, show a progress bar
// on a terminal, print the summary. Exit status 0 when every input was stored (or was already
// there), 1 when any input failed: the failures are listed and every good article is stored.
// When nothing was stored because every input failed, or the paths held no article at all, the
// summary says so in words (no rate: nothing was ingested) and the exit status is 1.

export interface IngestCommandOptions {
  db?: string;
  workers?: number;
  batch: number;
  maxBytes: number;
  format: 'text' | 'json';
  progress?: boolean;
  queue?: boolean;
  /** Fetch feed and page URLs on private, loopback and link-local addresses too. */
  allowPrivateUrls?: boolean;
}

export async function ingestCommand(paths: string[], opts: IngestCommandOptions): Promise<number> {
  if (paths.length === 0) throw new CorroborateError('E_NO_INPUT', 'ingest: give files, folders, JSONL, feeds or URLs to ingest, or - for stdin');
  if (opts.batch < 1) throw new CorroborateError('E_BAD_OPTION', '--batch must be at least 1');
  const where = { db: opts.db, databaseUrl: process.env.DATABASE_URL };
  const sqliteFile = sqliteFileOf(where);
  // Refused before opening: opening a SQLite store creates the file.
  if (opts.queue && sqliteFile !== null) {
    throw new CorroborateError('E_BAD_OPTION', `the ingest queue needs PostgreSQL (--db postgres://... or DATABASE_URL); ${sqliteFile} is a SQLite file, which one ingest process writes`);
  }
  const store = await openStore(where);
  if (opts.queue) return queueCommand(paths, opts, store);
  const showBar = opts.progress !== false && process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | null = null;
  let summary: IngestSummary;
  try {
    if (showBar) {
      const total = await countInputs(paths);
      bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'ingest [{bar}] {percentage}% {value}/{total} | {rate} articles/s | ETA {eta_formatted} | stored {stored} dup {dups} failed {failed}',
          etaBuffer: 500,
          fps: 5,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: '0', stored: 0, dups: 0, failed: 0 });
    }
    const t0 = performance.now();
    summary = await ingest(paths, {
      store,
      workers: opts.workers,
      batchSize: opts.batch,
      maxBytes: opts.maxBytes,
      allowPrivateUrls: opts.allowPrivateUrls || privateUrlsAllowedByEnv(),
      onProgress: bar
        ? (p) => {
            const b = bar!;
            if (p.done > b.getTotal()) b.setTotal(p.done);
            const secs = (performance.now() - t0) / 1000;
            b.update(p.done, { rate: secs > 0 ? Math.round(p.done / secs).toString() : '0', stored: p.stored, dups: p.duplicates, failed: p.failed });
          }
        : undefined,
    });
    bar?.stop();
  } catch (e) {
    bar?.stop();
    throw e;
  } finally {
    await store.close();
  }
  const out = opts.format === 'json' ? JSON.stringify(jsonSummary(summary, store.location), null, 2) + '\n' : textSummary(summary, store.location);
  await write(process.stdout, out);
  if (opts.format === 'text' && summary.failed.length > 0) {
    await write(process.stderr, summary.failed.map((f) => `corroborate: ${f.origin}: ${f.reason}\n`).join(''));
  }
  return summary.failed.length > 0 || summary.read === 0 ? 1 : 0;
}

async function queueCommand(paths: string[], opts: IngestCommandOptions, store: Store): Promise<number> {
  let s: EnqueueSummary;
  try {
    s = await enqueueSources(paths, store, { maxBytes: opts.maxBytes, allowPrivateUrls: opts.allowPrivateUrls || privateUrlsAllowedByEnv() });
  } finally {
    await store.close();
  }
  const out =
    opts.format === 'json'
      ? JSON.stringify({ store: store.location, ...s }, null, 2) + '\n'
      : `queued in ${store.location}: ${s.queued} new job${s.queued === 1 ? '' : 's'}, ${s.alreadyQueued} already queued, ${s.failed.length} failed; ${s.read} read. Run corroborate worker to process them.\n`;
  await write(process.stdout, out);
  if (opts.format === 'text' && s.failed.length > 0) await write(process.stderr, s.failed.map((f) => `corroborate: ${f.origin}: ${f.reason}\n`).join(''));
  return s.failed.length > 0 ? 1 : 0;
}

function jsonSummary(s: IngestSummary, location: string) {
  return {
    store: location,
    read: s.read,
    stored: s.stored,
    nearDuplicates: s.nearDuplicates,
    duplicates: s.duplicates,
    clustered: s.clustered,
    failed: s.failed,
    seconds: round(s.seconds),
    articlesPerSecond: s.seconds > 0 ? round(s.read / s.seconds) : null,
    workers: s.workers,
  };
}

function textSummary(s: IngestSummary, location: string): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const took = `in ${s.seconds.toFixed(1)} s`;
  if (s.read === 0) {
    return `nothing stored in ${location}: the paths given hold no article (folders are searched for text, HTML, JSONL and feed files); 0 read ${took}\n`;
  }
  if (s.stored === 0 && s.duplicates === 0 && s.failed.length > 0) {
    const all = s.failed.length === 1 ? 'the one input failed (the reason below' : `all ${n(s.failed.length)} inputs failed (the reasons below`;
    return `nothing stored in ${location}: ${all}; ${n(s.read)} read ${took})\n`;
  }
  const rate = s.seconds > 0 ? ` (${n(Math.round(s.read / s.seconds))} articles/s)` : '';
  return (
    `ingested into ${location}: ${n(s.stored)} stored (${n(s.nearDuplicates)} near-duplicate${s.nearDuplicates === 1 ? '' : 's'} of earlier articles), ` +
    `${n(s.duplicates)} duplicate${s.duplicates === 1 ? '' : 's'} skipped, ${n(s.failed.length)} failed; ` +
    `${n(s.read)} read in ${s.seconds.toFixed(1)} s${rate}\n`
  );
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function write(stream: NodeJS.WriteStream, s: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(s, (err) => (err ? reject(err) : resolve())));
}
