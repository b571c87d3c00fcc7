// `bench:ingest -- --io-profile`: where the SQLite writer's time and reads go, statement by
// statement. Every statement better-sqlite3 prepares from here on is wrapped so that each run
// adds its wall time and the bytes this process read and wrote through system calls (Linux
// /proc/self/io) to its SQL text's total. COMMIT includes the WAL checkpoints SQLite runs at
// commit. A measuring aid for the bench only: it slows every statement by two small file reads.
import { readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export interface StatementCost {
  sql: string;
  runs: number;
  ms: number;
  readMb: number;
  writtenMb: number;
}

const totals = new Map<string, { runs: number; ms: number; read: number; written: number }>();

function io(): [number, number] {
  const text = readFileSync('/proc/self/io', 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return [field('rchar'), field('wchar')];
}

/** One key per statement shape: IN lists and runs of placeholders collapse, whitespace too. */
function shape(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\((\s*\?\s*,)+\s*\?\s*\)/g, '(?…)')
    .slice(0, 160);
}

export function installSqliteProfile(): void {
  const proto = BetterSqlite3.prototype as unknown as { prepare: (sql: string) => BetterSqlite3.Statement };
  const prepare = proto.prepare;
  proto.prepare = function (this: BetterSqlite3.Database, sql: string) {
    const stmt = prepare.call(this, sql) as unknown as Record<string, (...a: unknown[]) => unknown>;
    const key = shape(sql);
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const original = stmt[method];
      stmt[method] = function (this: unknown, ...a: unknown[]) {
        const [r0, w0] = io();
        const t0 = performance.now();
        const out = original.apply(this, a);
        const t = totals.get(key) ?? { runs: 0, ms: 0, read: 0, written: 0 };
        const [r1, w1] = io();
        t.runs++;
        t.ms += performance.now() - t0;
        t.read += r1 - r0;
        t.written += w1 - w0;
        totals.set(key, t);
        return out;
      };
    }
    return stmt as unknown as BetterSqlite3.Statement;
  };
}

/** Statements by bytes read, then time. */
export function sqliteProfile(): StatementCost[] {
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
  return [...totals]
    .map(([sql, t]) => ({ sql, runs: t.runs, ms: Math.round(t.ms), readMb: mb(t.read), writtenMb: mb(t.written) }))
    .sort((a, b) => b.readMb - a.readMb || b.ms - a.ms);
}

/** Seconds spent in SQLite COMMITs so far, and how many (and how long) took over 100 ms: the checkpoints. */
export const commitTimes = { seconds: 0, runs: 0, slow: 0, slowSeconds: 0 };

/**
 * Times every COMMIT better-sqlite3 prepares from here on (Kysely prepares `COMMIT` for each
 * transaction). Cheap: one clock read on each side of the statement.
 */
export function installCommitTimer(): void {
  const proto = BetterSqlite3.prototype as unknown as { prepare: (sql: string) => BetterSqlite3.Statement };
  const prepare = proto.prepare;
  proto.prepare = function (this: BetterSqlite3.Database, sql: string) {
    const stmt = prepare.call(this, sql) as unknown as Record<string, (...a: unknown[]) => unknown>;
    if (sql.trim().toUpperCase() !== 'COMMIT') return stmt as unknown as BetterSqlite3.Statement;
    const run = stmt.run;
    stmt.run = function (this: unknown, ...a: unknown[]) {
      const t0 = performance.now();
      try {
        return run.apply(this, a);
      } finally {
        const s = (performance.now() - t0) / 1000;
        commitTimes.seconds += s;
        commitTimes.runs++;
        if (s > 0.1) {
          commitTimes.slow++;
          commitTimes.slowSeconds += s;
        }
      }
    };
    return stmt as unknown as BetterSqlite3.Statement;
  };
}
