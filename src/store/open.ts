import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { CorroborateError } from '../model/errors.ts';
import { KyselyStore } from './kysely-store.ts';
import { migrationProvider, type Backend } from './migrations.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

// Opens the store the user asked for and brings its schema up to date: a PostgreSQL URL
// (`--db postgres://...`, or DATABASE_URL when no --db is given) opens PostgreSQL; anything
// else is a SQLite file, ./corroborate.db by default.

export const DEFAULT_DB = 'corroborate.db';

export interface OpenStoreOptions {
  /** A SQLite file path or a postgres:// URL. */
  db?: string;
  /** Used when `db` is absent: a postgres:// URL selects PostgreSQL. */
  databaseUrl?: string;
  /** PostgreSQL only: keep the tables in this schema (created when missing), e.g. one per test. */
  pgSchema?: string;
}

const PG_URL = /^postgres(ql)?:\/\//i;

export function isPostgresUrl(s: string | undefined): s is string {
  return s !== undefined && PG_URL.test(s);
}

/**
 * The SQLite file these options would open, or null when they select PostgreSQL (or name a
 * DATABASE_URL that openStore refuses). Lets a PostgreSQL-only command refuse a SQLite store
 * before opening it, which would create the file.
 */
export function sqliteFileOf(opts: OpenStoreOptions): string | null {
  if (opts.db !== undefined) return isPostgresUrl(opts.db) ? null : opts.db;
  return opts.databaseUrl && opts.databaseUrl.trim() !== '' ? null : DEFAULT_DB;
}

export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const target = opts.db ?? (opts.databaseUrl && opts.databaseUrl.trim() !== '' ? opts.databaseUrl : undefined);
  if (target !== undefined && opts.db === undefined && !isPostgresUrl(target)) {
    throw new CorroborateError('E_BAD_OPTION', `DATABASE_URL must be a postgres:// URL, not "${redact(target)}" (use --db PATH for a SQLite file)`);
  }
  const store = isPostgresUrl(target) ? await openPostgres(target, opts.pgSchema) : openSqlite(target ?? DEFAULT_DB);
  try {
    await migrate(store.db, store.backend, store.location);
  } catch (e) {
    await store.db.destroy().catch(() => {});
    throw e;
  }
  return new KyselyStore(store.db, store.backend, store.location, store.onClose, store.sqlite ?? null);
}

interface Opened {
  db: Kysely<Database>;
  backend: Backend;
  location: string;
  onClose?: () => Promise<void>;
  /** SQLite: the connection itself, for the writer's prepared statements (row-writer.ts). */
  sqlite?: BetterSqlite3.Database;
}

/** SQLite page cache per connection, KiB. */
const SQLITE_CACHE_KB = 65_536;
/** WAL pages between automatic checkpoints. */
const SQLITE_WAL_CHECKPOINT_PAGES = 10_000;

function openSqlite(path: string): Opened {
  const file = resolve(path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    throw new CorroborateError('E_NOT_A_FILE', `${path}: is a directory, not a database file`);
  }
  if (!existsSync(dirname(file))) {
    throw new CorroborateError('E_NOT_FOUND', `${path}: cannot create the database (folder ${dirname(file)} does not exist)`);
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file);
    // WAL: readers never wait for the writer; NORMAL: a commit survives a process crash (not a
    // power cut), without an fsync per transaction.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 10000');
    // A page cache of 64 MB (SQLite's default is 2 MB): the indexes with random keys (article ids
    // and hashes, LSH buckets, FTS terms) outgrow 2 MB within a few thousand articles, after
    // which nearly every insert read its page back from the OS. Bounded, so memory stays flat.
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KB}`);
    // Checkpoint the WAL into the database every 10,000 pages (40 MB) instead of 1,000: a page
    // changed by several transactions in between is copied once.
    sqlite.pragma(`wal_autocheckpoint = ${SQLITE_WAL_CHECKPOINT_PAGES}`);
  } catch (e) {
    throw new CorroborateError('E_DATA', `${path}: cannot open as a SQLite database (${(e as Error).message})`);
  }
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), backend: 'sqlite', location: path, sqlite };
}

async function openPostgres(url: string, schema: string | undefined): Promise<Opened> {
  const location = redact(url);
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new CorroborateError('E_BAD_OPTION', `PostgreSQL schema name "${schema}" must be lower-case letters, digits and _`);
  }
  const config: pg.PoolConfig = { connectionString: url, max: 4 };
  if (schema !== undefined) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (e) {
      throw pgError(e, location);
    } finally {
      await client.end().catch(() => {});
    }
    config.options = `-c search_path=${schema}`;
  }
  const pool = new pg.Pool(config);
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => {});
    throw pgError(e, location);
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), backend: 'postgres', location };
}

async function migrate(db: Kysely<Database>, backend: Backend, location: string): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one: name the
  // schema the connection works in, so two stores in one database never see each other's.
  const migrationTableSchema =
    backend === 'postgres' ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)).rows[0]?.schema : undefined;
  if (backend === 'postgres' && !migrationTableSchema) {
    throw new CorroborateError('E_DATA', `${location}: no schema to create tables in (check search_path)`);
  }
  const migrator = new Migrator({ db, provider: migrationProvider(backend), migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    // Kysely names the failing migration only when one ran and failed; a store whose recorded
    // migrations this version does not continue (another build's names or order) fails before any.
    const what = failed ? `migration ${failed} failed` : 'its migrations cannot be applied by this version';
    throw new CorroborateError('E_DATA', `${location}: ${what}: ${(error as Error).message ?? String(error)}`);
  }
}

function pgError(e: unknown, location: string): CorroborateError {
  const err = e as NodeJS.ErrnoException & { message: string };
  return new CorroborateError('E_DATA', `${location}: cannot connect to PostgreSQL (${err.code ?? ''}${err.code ? ': ' : ''}${err.message})`);
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
