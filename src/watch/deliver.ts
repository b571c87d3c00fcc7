// Webhook deliveries: each alert of a watch with a webhook has a delivery row (pending, sent or
// failed, with attempts, next_attempt_at and last_error), so deliveries survive a restart. A
// dispatcher (in `corroborate serve`, or one pass of `corroborate watch deliver` from cron)
// takes the due ones under a lease, POSTs the alert as JSON with its id as Idempotency-Key, and
// records the outcome: sent; or pending again after an exponential backoff with jitter; or,
// after maxAttempts, failed (kept, and re-triable with `watch deliver --retry-failed`).
// Exactly once on success: a delivery is marked sent the moment a 2xx comes back and never
// sent again; a receiver that fails twice then succeeds gets it three times and keeps one, and
// the Idempotency-Key lets it tell a retry after a lost 2xx from a new alert.

import http from 'node:http';
import https from 'node:https';
import type { Store } from '../store/store.ts';
import type { AlertRecord, DeliveryRecord } from '../store/watches.ts';
import { VERSION } from '../version.ts';
import { checkPublicUrl, guardedLookup } from './url-guard.ts';

export interface DeliverOptions {
  /** Let webhooks reach private, loopback and link-local addresses. */
  allowPrivate?: boolean;
  /** The clock (tests move it on to make retries due). */
  now?: () => Date;
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** Attempts before a delivery is failed (default 8). */
  maxAttempts?: number;
  /** First retry delay (default 30 s), doubling each attempt, up to maxDelayMs (default 6 h). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Deliveries taken per pass (default 50). */
  limit?: number;
  /** Jitter source, [0, 1) (default Math.random). */
  random?: () => number;
}

export interface DeliverSummary {
  attempted: number;
  sent: number;
  /** Failed this time, to be tried again. */
  retrying: number;
  /** Failed for good (attempts used up). */
  failed: number;
  errors: Array<{ alertId: string; url: string; error: string }>;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** The wait before attempt `attempt + 1`: base · 2^(attempt-1), capped, times a jitter in [0.5, 1). */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.5 + random() / 2));
}

/** One pass: every delivery due now, in order. */
export async function deliverDue(store: Store, opts: DeliverOptions = {}): Promise<DeliverSummary> {
  const now = opts.now ?? (() => new Date());
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const summary: DeliverSummary = { attempted: 0, sent: 0, retrying: 0, failed: 0, errors: [] };
  const taken = await store.watches.takeDue(now(), timeoutMs * 2 + 5_000, opts.limit ?? 50);
  const rules = new Map<string, unknown>();
  for (const { delivery, alert } of taken) {
    summary.attempted++;
    if (!rules.has(delivery.watchId)) rules.set(delivery.watchId, (await store.watches.get(delivery.watchId))?.rule ?? null);
    const error = await post(delivery, payloadOf(alert, rules.get(delivery.watchId)), { allowPrivate: opts.allowPrivate ?? false, timeoutMs });
    if (error === null) {
      await store.watches.finish(alert.id, { ok: true, at: now().toISOString() });
      summary.sent++;
      continue;
    }
    const attempts = delivery.attempts + 1;
    const retryAt =
      attempts >= maxAttempts ? null : new Date(now().getTime() + backoffMs(attempts, opts.baseDelayMs ?? 30_000, opts.maxDelayMs ?? 6 * 3600_000, opts.random)).toISOString();
    await store.watches.finish(alert.id, { ok: false, error, retryAt });
    if (retryAt === null) summary.failed++;
    else summary.retrying++;
    summary.errors.push({ alertId: alert.id, url: delivery.url, error });
  }
  return summary;
}

export interface Dispatcher {
  stop(): Promise<void>;
}

/** Runs deliverDue every `intervalMs` (default 2 s) until stopped; errors go to `onError`. */
export function startDispatcher(store: Store, opts: DeliverOptions & { intervalMs?: number; onError?: (e: unknown) => void; onPass?: (s: DeliverSummary) => void } = {}): Dispatcher {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = deliverDue(store, opts)
      .then((s) => opts.onPass?.(s), (e) => opts.onError?.(e))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 2_000);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** What a webhook receives. */
export function payloadOf(alert: AlertRecord, rule: unknown): object {
  return {
    type: 'corroborate.alert',
    alert: { id: alert.id, seq: alert.seq, createdAt: alert.createdAt, storyId: alert.storyId, articleId: alert.articleId },
    watch: { ...alert.detail.watch, rule },
    story: alert.detail.story,
    article: alert.detail.article,
    event: alert.detail.event,
  };
}

/** POSTs the payload; null on a 2xx, else what went wrong. */
async function post(delivery: DeliveryRecord, payload: object, opts: { allowPrivate: boolean; timeoutMs: number }): Promise<string | null> {
  let url: URL;
  try {
    url = await checkPublicUrl(delivery.url, 'webhook', { allowPrivate: opts.allowPrivate });
  } catch (e) {
    return (e as Error).message;
  }
  const body = Buffer.from(JSON.stringify(payload));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(body.length),
          'Idempotency-Key': delivery.alertId,
          'X-Corroborate-Alert': delivery.alertId,
          'User-Agent': `corroborate/${VERSION}`,
        },
        timeout: opts.timeoutMs,
        ...(opts.allowPrivate ? {} : { lookup: guardedLookup(delivery.url, 'webhook') }),
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(null);
          else if (status >= 300 && status < 400) resolve(`HTTP ${status}: redirects are not followed (Location: ${res.headers.location ?? 'none'}); give the final URL`);
          else resolve(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
        });
        res.on('error', (e) => resolve(`the response broke off (${e.message})`));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : e.message));
    req.end(body);
  });
}
