import { CorroborateError } from '../model/errors.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import type { AlertRecord, DeliveryRecord } from '../store/watches.ts';
import { deliverDue, type DeliverSummary } from '../watch/deliver.ts';
import { describeRule, resolveWatch, WatchInput, type WatchInputBody, type WatchRecord } from '../watch/rule.ts';
import { checkPublicUrl, privateUrlsAllowedByEnv } from '../watch/url-guard.ts';

// `corroborate watch add|list|remove|alerts|deliver`: thin shells over the watch rules
// (src/watch/rule.ts) and the store's watches. `add` checks its options with the same validator
// as POST /v1/watches, so the two accept the same rules and name the same mistakes.

interface StoreOption {
  db?: string;
  format: 'text' | 'json';
}

export interface WatchAddOptions extends StoreOption {
  name: string;
  actor?: string[];
  type?: string[];
  near?: string;
  within?: string;
  minCount?: string[];
  minSources?: number;
  certainty?: string[];
  webhook?: string;
  allowPrivateUrls?: boolean;
}

export async function watchAddCommand(opts: WatchAddOptions): Promise<void> {
  const body = WatchInput.safeParse(inputOf(opts));
  if (!body.success) {
    throw new CorroborateError('E_BAD_OPTION', `watch add: ${body.error.issues.map((i) => `${optionOf(i.path)}: ${i.message}`).join('; ')}`);
  }
  const w = resolveWatch(body.data);
  if (w.webhook !== null) await checkPublicUrl(w.webhook, '--webhook', { allowPrivate: opts.allowPrivateUrls || privateUrlsAllowedByEnv() });
  await withStore(opts, async (store) => {
    const watch = await store.watches.create(w, new Date().toISOString());
    await write(opts.format === 'json' ? JSON.stringify(watchJson(watch), null, 2) + '\n' : `added ${watch.id} "${watch.name}": ${describeRule(watch.rule)}${watch.webhook ? `; webhook ${watch.webhook}` : ''}\n`);
  });
}

export async function watchListCommand(opts: StoreOption): Promise<void> {
  await withStore(opts, async (store) => {
    const watches = await store.watches.list();
    if (opts.format === 'json') return write(JSON.stringify(watches.map(watchJson), null, 2) + '\n');
    if (watches.length === 0) return write('no watches; add one with: corroborate watch add --name NAME --actor ... --type ...\n');
    await write(watches.map((w) => `${w.id}  ${w.name}\n    ${describeRule(w.rule)}${w.webhook ? `\n    webhook ${w.webhook}` : ''}\n`).join(''));
  });
}

export async function watchRemoveCommand(id: string, opts: StoreOption): Promise<void> {
  await withStore(opts, async (store) => {
    if (!(await store.watches.remove(id))) throw new CorroborateError('E_NOT_FOUND', `watch remove: no watch ${id} (corroborate watch list shows them)`);
    await write(opts.format === 'json' ? JSON.stringify({ deleted: id }) + '\n' : `removed ${id}\n`);
  });
}

export async function watchAlertsCommand(opts: StoreOption & { watch?: string; limit: number }): Promise<void> {
  await withStore(opts, async (store) => {
    const alerts = await store.watches.alerts({ watch: opts.watch, limit: opts.limit });
    if (opts.format === 'json') return write(JSON.stringify(alerts, null, 2) + '\n');
    if (alerts.length === 0) return write(`no alerts${opts.watch ? ` for ${opts.watch}` : ''} yet\n`);
    await write(alerts.map(alertLine).join(''));
  });
}

export async function watchDeliverCommand(opts: StoreOption & { retryFailed?: boolean; allowPrivateUrls?: boolean }): Promise<number> {
  return withStore(opts, async (store) => {
    const requeued = opts.retryFailed ? await store.watches.retryFailed(new Date()) : 0;
    const total: DeliverSummary = { attempted: 0, sent: 0, retrying: 0, failed: 0, errors: [] };
    // Until nothing is due now: a pass takes at most 50.
    for (;;) {
      const s = await deliverDue(store, { allowPrivate: opts.allowPrivateUrls || privateUrlsAllowedByEnv() });
      total.attempted += s.attempted;
      total.sent += s.sent;
      total.retrying += s.retrying;
      total.failed += s.failed;
      total.errors.push(...s.errors);
      if (s.attempted === 0) break;
    }
    const waiting = await store.watches.deliveries({ status: 'pending' });
    const failed = await store.watches.deliveries({ status: 'failed' });
    if (opts.format === 'json') {
      await write(JSON.stringify({ requeued, ...total, pending: waiting.length, failedKept: failed.length }, null, 2) + '\n');
    } else {
      await write(
        `${requeued > 0 ? `${requeued} failed deliver${requeued === 1 ? 'y' : 'ies'} queued again; ` : ''}` +
          `${total.attempted} attempted: ${total.sent} sent, ${total.retrying} to retry, ${total.failed} failed; ` +
          `${waiting.length} pending${nextDue(waiting)}, ${failed.length} failed kept (--retry-failed tries them again)\n`,
      );
      for (const e of total.errors) process.stderr.write(`corroborate: webhook ${e.url} (${e.alertId}): ${e.error}\n`);
    }
    return total.errors.length > 0 ? 1 : 0;
  });
}

function nextDue(pending: DeliveryRecord[]): string {
  if (pending.length === 0) return '';
  return ` (next due ${pending.map((d) => d.nextAttemptAt).sort()[0]})`;
}

function alertLine(a: AlertRecord): string {
  const d = a.detail;
  const counts = d.event.counts.map((c) => `${c.kind} ${c.value.toLocaleString('en-US')}`).join(', ');
  return (
    `#${a.seq} ${a.createdAt.slice(0, 19).replace('T', ' ')}  ${d.watch.name}\n` +
    `    ${d.event.type}${d.event.place ? ` in ${d.event.place}` : ''}${counts ? ` (${counts})` : ''}; story ${a.storyId}: ${d.story.reports} report${d.story.reports === 1 ? '' : 's'}, ${d.story.independentSources} independent\n` +
    `    ${d.article.source ?? 'unknown source'}${d.article.published ? `, ${d.article.published}` : ''}: ${d.article.title ?? a.articleId}\n`
  );
}

function watchJson(w: WatchRecord) {
  return { ...w, description: describeRule(w.rule) };
}

function inputOf(o: WatchAddOptions): WatchInputBody {
  const list = (xs: string[] | undefined) => xs?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  const input: Record<string, unknown> = { name: o.name };
  if (o.actor) input.actors = o.actor.map((a) => a.trim());
  if (o.type) input.types = list(o.type);
  if (o.within !== undefined && o.near === undefined) throw new CorroborateError('E_BAD_OPTION', 'watch add: --within needs --near PLACE');
  if (o.near !== undefined) {
    const point = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(o.near);
    input.near = point ? { lat: Number(point[1]), lon: Number(point[2]), within: o.within } : { place: o.near, within: o.within };
    if (o.within === undefined) delete (input.near as Record<string, unknown>).within;
  }
  if (o.minCount) {
    input.minCounts = o.minCount.map((s) => {
      const m = /^\s*([a-z][a-z-]*)\s*(?:=|>=)\s*(\d+)\s*$/.exec(s);
      if (!m) throw new CorroborateError('E_BAD_OPTION', `watch add: --min-count "${s}" is not KIND=N, e.g. released=1000`);
      return { kind: m[1], min: Number(m[2]) };
    });
  }
  if (o.minSources !== undefined) input.minSources = o.minSources;
  if (o.certainty) input.certainty = list(o.certainty);
  if (o.webhook !== undefined) input.webhook = o.webhook;
  return input as WatchInputBody;
}

const OPTION_OF: Record<string, string> = { name: '--name', actors: '--actor', types: '--type', near: '--near', minCounts: '--min-count', minSources: '--min-sources', certainty: '--certainty', webhook: '--webhook', within: '--within' };

function optionOf(path: PropertyKey[]): string {
  const key = String(path[path.length - 1] === undefined ? path[0] : path.find((p) => typeof p === 'string' && p !== 'near') ?? path[0]);
  return OPTION_OF[key] ?? OPTION_OF[String(path[0])] ?? String(path.join('.'));
}

async function withStore<T>(opts: { db?: string }, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(s, (err) => (err ? reject(err) : resolve())));
}
