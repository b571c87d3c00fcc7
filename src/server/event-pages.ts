// Pages of GET /v1/events. The Store returns events in a fixed order (event date, ingest order,
// position in the article) and pages by key, so a page is "the next `limit` after the last event
// of the previous page", as fast deep in the list as at its start. The cursor carries that key
// and a fingerprint of the filters, so a cursor used with other filters is refused rather than
// silently paging a different list. It is opaque to clients: base64url JSON, which may change.

import { createHash } from 'node:crypto';
import type { EventKey } from '../store/store.ts';
import { ApiError } from './errors.ts';

interface CursorBody {
  v: 2;
  /** The last event of the previous page: event date, article seq, index in the article. */
  k: [string | null, number, number];
  f: string;
}

/** The filters that define the list, in a fixed order; not the limit or cursor. */
export function filterFingerprint(query: Record<string, unknown>): string {
  const keys = ['actor', 'type', 'since', 'until', 'near', 'within', 'country', 'minSources'];
  // `intervention` (session 22) only when given, so cursors of the filters before it still hold.
  const canonical = keys.map((k) => `${k}=${query[k] ?? ''}`).join('&') + (query.intervention === undefined ? '' : `&intervention=${query.intervention}`);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

export function encodeCursor(after: EventKey, fingerprint: string): string {
  const body: CursorBody = { v: 2, k: [after.date, after.seq, after.idx], f: fingerprint };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** The key to continue after, or undefined for the first page. */
export function decodeCursor(cursor: string | undefined, fingerprint: string): EventKey | undefined {
  if (cursor === undefined) return undefined;
  let body: Partial<CursorBody> | null = null;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    body = null;
  }
  const k = body?.k;
  const keyOk = Array.isArray(k) && k.length === 3 && (k[0] === null || (typeof k[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(k[0]))) && Number.isSafeInteger(k[1]) && Number.isSafeInteger(k[2]);
  if (!body || body.v !== 2 || !keyOk || typeof body.f !== 'string') {
    throw new ApiError(400, 'E_BAD_REQUEST', 'cursor: not a cursor this server gave out; pass `nextCursor` from the previous page as it is');
  }
  if (body.f !== fingerprint) {
    throw new ApiError(400, 'E_BAD_REQUEST', 'cursor: it belongs to a query with other filters; repeat the filters of the first page, or start again without a cursor');
  }
  return { date: k![0], seq: k![1], idx: k![2] };
}
