import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

// How the writer inserts rows. One call per table and batch, the same for both backends:
//
// - SQLite: one prepared single-row INSERT per table and column list, kept for the life of the
//   store and run once per row on the connection the transaction holds. Kysely would build,
//   compile and prepare a new multi-row statement for every chunk (their lengths differ, so no
//   statement repeats); on the ingest bench that was most of the main thread's SQLite time.
// - PostgreSQL: multi-row INSERTs through Kysely, chunked under the parameter limit (one round
//   trip per chunk matters more there than statement preparation).
//
// Both run inside the caller's transaction; the conflict clause is the same SQL on both.

export type Table = keyof Database;

/** What to do when a row hits a unique key. */
export type OnConflict =
  | { doNothing: true; target?: string }
  /** Update `set` (column → SQL expression over `excluded`) on a conflict on `target`. */
  | { target: string; set: Record<string, string> };

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 16_000;

export interface RowWriter {
  /**
   * Inserts `rows` (all with the same keys) into `table`. With `key` (a unique column), returns
   * for each row whether it was written (false: skipped by ON CONFLICT DO NOTHING); without,
   * returns null.
   */
  insert(trx: Kysely<Database>, table: Table, rows: readonly object[], opts?: { conflict?: OnConflict; key?: string }): Promise<boolean[] | null>;
}

export function rowWriter(sqlite: BetterSqlite3.Database | null): RowWriter {
  return sqlite ? new SqliteRowWriter(sqlite) : new KyselyRowWriter();
}

function conflictSql(c: OnConflict | undefined): string {
  if (!c) return '';
  const target = c.target ? ` (${quote(c.target)})` : '';
  if ('doNothing' in c) return ` ON CONFLICT${target} DO NOTHING`;
  return ` ON CONFLICT${target} DO UPDATE SET ${Object.entries(c.set)
    .map(([col, expr]) => `${quote(col)} = ${expr}`)
    .join(', ')}`;
}

function quote(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`row writer: unexpected column name "${name}"`);
  return `"${name}"`;
}

class SqliteRowWriter implements RowWriter {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  async insert(_trx: Kysely<Database>, table: Table, rows: readonly object[], opts: { conflict?: OnConflict; key?: string } = {}): Promise<boolean[] | null> {
    if (rows.length === 0) return [];
    const columns = Object.keys(rows[0]);
    const statement = this.statement(table, columns, opts.conflict);
    const out: boolean[] = new Array(rows.length);
    const values: unknown[] = new Array(columns.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>;
      for (let c = 0; c < columns.length; c++) {
        const v = row[columns[c]];
        values[c] = v === undefined ? null : v;
      }
      out[i] = statement.run(values).changes > 0;
    }
    return opts.key ? out : null;
  }

  private statement(table: Table, columns: readonly string[], conflict: OnConflict | undefined): BetterSqlite3.Statement {
    const text = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${conflictSql(conflict)}`;
    let s = this.statements.get(text);
    if (!s) this.statements.set(text, (s = this.sqlite.prepare(text)));
    return s;
  }
}

class KyselyRowWriter implements RowWriter {
  async insert(trx: Kysely<Database>, table: Table, rows: readonly object[], opts: { conflict?: OnConflict; key?: string } = {}): Promise<boolean[] | null> {
    if (rows.length === 0) return [];
    const size = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, Object.keys(rows[0]).length)));
    const written = new Set<unknown>();
    const { conflict, key } = opts;
    for (let i = 0; i < rows.length; i += size) {
      let q = trx.insertInto(table).values(rows.slice(i, i + size) as never);
      if (conflict) {
        q = q.onConflict((oc) => {
          const on = conflict.target ? oc.column(conflict.target as never) : oc;
          if ('doNothing' in conflict) return on.doNothing();
          return (on as typeof oc).doUpdateSet(Object.fromEntries(Object.entries(conflict.set).map(([c, e]) => [c, sql.raw(e)])) as never);
        });
      }
      if (key) for (const r of await q.returning(key as never).execute()) written.add((r as Record<string, unknown>)[key]);
      else await q.execute();
    }
    return key ? rows.map((r) => written.has((r as Record<string, unknown>)[key])) : null;
  }
}
