import { CorroborateError } from '../model/errors.ts';
import { startServer } from '../server/serve.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { startDispatcher } from '../watch/deliver.ts';
import { privateUrlsAllowedByEnv } from '../watch/url-guard.ts';

export interface ServeCommandOptions {
  port: number;
  host: string;
  maxBodyBytes: number;
  /** A SQLite file or a postgres:// URL; absent: DATABASE_URL, else ./corroborate.db. */
  db?: string;
  /** With no CORROBORATE_TOKEN, let anyone who reaches the server write (local use only). */
  allowUnauthenticatedWrites?: boolean;
  /** Accept and deliver to webhooks on private, loopback and link-local addresses. */
  allowPrivateUrls?: boolean;
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i;

/** Runs until SIGINT or SIGTERM; prints the URL once listening. */
export async function serveCommand(opts: ServeCommandOptions): Promise<void> {
  const debug = /corroborate/.test(process.env.DEBUG ?? '');
  const token = process.env.CORROBORATE_TOKEN ?? '';
  const store: Store = await openStore({ db: opts.db, databaseUrl: process.env.DATABASE_URL });
  const allowPrivateUrls = opts.allowPrivateUrls || privateUrlsAllowedByEnv();
  let server;
  try {
    server = await startServer({
      port: opts.port,
      host: opts.host,
      maxBodyBytes: opts.maxBodyBytes,
      store,
      writeAccess: { token, allowUnauthenticated: opts.allowUnauthenticatedWrites ?? false },
      allowPrivateUrls,
      onInternalError: (e, method, path) => {
        const err = e as Error;
        process.stderr.write(`corroborate serve: internal error on ${method} ${path}: ${err?.message ?? String(e)}\n`);
        if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
      },
    });
  } catch (e) {
    await store.close().catch(() => {});
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CorroborateError('E_BAD_OPTION', `port ${opts.port} on ${opts.host} is already in use; choose another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new CorroborateError('E_BAD_OPTION', `--host ${opts.host}: not an address of this machine`);
    }
    if (code === 'EACCES') throw new CorroborateError('E_BAD_OPTION', `port ${opts.port}: permission denied; use a port above 1023`);
    throw e;
  }
  process.stdout.write(`corroborate: serving on ${server.url}/ (Ctrl-C stops); store ${store.location}\n`);
  if (token === '') {
    process.stderr.write(
      opts.allowUnauthenticatedWrites
        ? 'corroborate: warning: CORROBORATE_TOKEN is not set and --allow-unauthenticated-writes is on: anyone who reaches this server can add articles and watches\n'
        : 'corroborate: note: CORROBORATE_TOKEN is not set, so write routes (POST /v1/articles, POST and DELETE /v1/watches) are refused; set it, or use --allow-unauthenticated-writes for local use\n',
    );
  }
  if (!server.ui) {
    process.stderr.write('corroborate: warning: the web UI is not built (run `npm run build:ui`); serving the API only\n');
  }
  if (!LOOPBACK.test(opts.host)) {
    process.stderr.write(`corroborate: warning: listening on ${opts.host}, reachable from other machines\n`);
  }
  // Webhook deliveries of watch alerts, whoever raised them, every 2 s (src/watch/deliver.ts).
  const dispatcher = startDispatcher(store, {
    allowPrivate: allowPrivateUrls,
    onError: (e) => process.stderr.write(`corroborate serve: webhook dispatcher: ${(e as Error)?.message ?? String(e)}\n`),
    onPass: (s) => {
      for (const e of s.errors) process.stderr.write(`corroborate serve: webhook ${e.url} (${e.alertId}): ${e.error}\n`);
    },
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      dispatcher
        .stop()
        .then(() => server.close())
        .catch(() => {})
        .then(() => store.close())
        .then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** A TCP port, 0 meaning "any free port". */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(n) || n > 65535) {
    throw new CorroborateError('E_BAD_OPTION', `--port must be a whole number from 0 to 65535, not "${value}"`);
  }
  return n;
}

export function parseByteLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new CorroborateError('E_BAD_OPTION', `--max-body-bytes must be a whole number of bytes above 0, not "${value}"`);
  }
  return n;
}
