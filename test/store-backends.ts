import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../src/store/open.ts';
import type { Store } from '../src/store/store.ts';

// The two backends every store test runs on: SQLite in a fresh temp folder, and the real local
// PostgreSQL in a fresh schema that is dropped afterwards. Without a reachable PostgreSQL the PG
// tests skip with the reason, except under CI=true, where they run and fail.

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://corroborate:corroborate@127.0.0.1:5432/corroborate';

export interface OpenedStore {
  store: Store;
  /** Reopens the same database (a second process would see the same). */
  reopen(): Promise<Store>;
  /** What to pass as --db (SQLite path or PostgreSQL URL) and extra env for a child process. */
  cli: { db: string; env: Record<string, string> };
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  open(): Promise<OpenedStore>;
}

async function pgUnreachable(): Promise<string | false> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return false;
  } catch (e) {
    return `PostgreSQL at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')} is unreachable (${(e as Error).message}); bash .ci/run starts it`;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgReason = await pgUnreachable();
let counter = 0;

export const sqliteBackend: Backend = {
  name: 'sqlite',
  skip: false,
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
    const db = join(dir, 'test.db');
    const store = await openStore({ db });
    const opened: Store[] = [store];
    return {
      store,
      reopen: async () => {
        const s = await openStore({ db });
        opened.push(s);
        return s;
      },
      cli: { db, env: {} },
      cleanup: async () => {
        for (const s of opened) await s.close().catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresBackend: Backend = {
  name: 'postgres',
  skip: pgReason && process.env.CI !== 'true' ? pgReason : false,
  async open() {
    const schema = `t_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
    const dropSchema = async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    };
    let store: Store;
    try {
      store = await openStore({ db: TEST_DATABASE_URL, pgSchema: schema });
    } catch (e) {
      await dropSchema().catch(() => {});
      throw e;
    }
    const opened: Store[] = [store];
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      store,
      reopen: async () => {
        const s = await openStore({ db: TEST_DATABASE_URL, pgSchema: schema });
        opened.push(s);
        return s;
      },
      cli: { db: url.toString(), env: {} },
      cleanup: async () => {
        for (const s of opened) await s.close().catch(() => {});
        await dropSchema();
      },
    };
  },
};

export const BACKENDS: Backend[] = [sqliteBackend, postgresBackend];

/**
 * Runs raw SQL statements, in order, on a store's database outside the store (a test taking a
 * migration back by hand): `db` is the SQLite path or the PostgreSQL URL the store was opened on.
 */
export async function runStatements(backend: string, db: string, statements: readonly string[]): Promise<void> {
  if (backend === 'sqlite') {
    const conn = new BetterSqlite3(db);
    try {
      for (const s of statements) conn.exec(s);
    } finally {
      conn.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}
