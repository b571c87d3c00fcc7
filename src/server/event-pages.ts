// Pages of GET /v1/events. The Store returns events in a fixed order (event date, ingest order,
// position in the article) and takes a limit, so a page is "the next `limit` after the first
// `offset`". The cursor carries the offset and a fingerprint of the filters, so a cursor used
// with other filters is refused rather than silently paging a different list. It is opaque to
// clients: base64url JSON, which may change.

import { createHash } from 'node:crypto';
import { ApiError } from './errors.ts';

interface CursorBody {
  v: 1;
  o: number;
  f: string;
}

/** The filters that define the list, in a fixed order; not the limit or cursor. */
export function filterFingerprint(query: Record<string, unknown>): string {
  const keys = ['actor', 'type', 'since', 'until', 'near', 'within', 'country'];
  const canonical = keys.map((k) => `${k}=${query[k] ?? ''}`).join('&');
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12);
}

export function encodeCursor(offset: number, fingerprint: string): string {
  const body: CursorBody = { v: 1, o: offset, f: fingerprint };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, fingerprint: string): number {
  if (cursor === undefined) return 0;
  let body: Partial<CursorBody> | null = null;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    body = null;
  }
  if (!body || body.v !== 1 || !Number.isSafeInteger(body.o) || (body.o as number) < 0 || typeof body.f !== 'string') {
    throw new ApiError(400, 'E_BAD_REQUEST', 'cursor: not a cursor this server gave out; pass `nextCursor` from the previous page as it is');
  }
  if (body.f !== fingerprint) {
    throw new ApiError(400, 'E_BAD_REQUEST', 'cursor: it belongs to a query with other filters; repeat the filters of the first page, or start again without a cursor');
  }
  return body.o as number;
}
