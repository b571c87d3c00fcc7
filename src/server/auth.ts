// Who may write. Write routes (POST /v1/articles, and the watch routes to come) need
// `Authorization: Bearer <token>` matching CORROBORATE_TOKEN. With no token configured, writes
// are refused outright unless the operator said `--allow-unauthenticated-writes` (local use):
// an unset variable must never silently mean "anyone may write". Reads and /v1/analyze, which
// stores nothing, stay open.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

export interface WriteAccess {
  /** The bearer token write routes require; null or empty: none configured. */
  token?: string | null;
  /** With no token: let anyone on the listening address write (for local use). */
  allowUnauthenticated?: boolean;
}

/** Refused before the body is read: close the connection rather than leave its unread bytes on it. */
const CLOSE = { Connection: 'close' };

export function requireWriteAccess(access: WriteAccess): MiddlewareHandler {
  const token = access.token && access.token.length > 0 ? access.token : null;
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null) {
      if (access.allowUnauthenticated) return next();
      throw new ApiError(
        503,
        'E_WRITES_DISABLED',
        'write routes are off: no token is configured. Set CORROBORATE_TOKEN and send "Authorization: Bearer <token>", or start `corroborate serve --allow-unauthenticated-writes` for local use',
        CLOSE,
      );
    }
    const header = c.req.header('authorization');
    const given = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1] : undefined;
    if (given === undefined) {
      throw new ApiError(401, 'E_UNAUTHORIZED', `${header ? 'the Authorization header is not "Bearer <token>"' : 'no Authorization header'}: write routes need "Authorization: Bearer <CORROBORATE_TOKEN>"`, {
        'WWW-Authenticate': 'Bearer realm="corroborate"',
        ...CLOSE,
      });
    }
    if (!timingSafeEqual(digest(given), expected)) {
      throw new ApiError(401, 'E_UNAUTHORIZED', 'the bearer token is not the one this server was started with (CORROBORATE_TOKEN)', {
        'WWW-Authenticate': 'Bearer realm="corroborate", error="invalid_token"',
        ...CLOSE,
      });
    }
    return next();
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
