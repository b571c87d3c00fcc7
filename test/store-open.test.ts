import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { isCorroborateError } from '../src/model/errors.ts';
import { openStore, sqliteFileOf } from '../src/store/open.ts';

// Opening a SQLite store that this version cannot use ends with an error that names the file
// and the problem, and leaves the file as it was: no half-applied migration, no truncation.

const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-open-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const digest = (path: string) => createHash('sha1').update(readFileSync(path)).digest('hex');

async function openError(path: string): Promise<Error> {
  try {
    const store = await openStore({ db: path });
    await store.close();
  } catch (e) {
    return e as Error;
  }
  assert.fail(`${path} opened`);
}

describe('opening a SQLite store this version cannot use', () => {
  test('a file that is not a SQLite database', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'Gunmen attacked a checkpoint in Bannu on Tuesday, officials said.\n'.repeat(100));
    const before = digest(path);
    const e = await openError(path);
    assert.ok(isCorroborateError(e), 'a user error, not a crash');
    assert.equal(e.code, 'E_DATA');
    assert.equal(e.message, `${path}: cannot open as a SQLite database (file is not a database)`);
    assert.equal(digest(path), before);
  });

  test('a store whose recorded migrations another build named: the error says so, the rows stay', async () => {
    const path = join(dir, 'other-build.db');
    await (await openStore({ db: path })).close();
    const conn = new BetterSqlite3(path);
    const known = (conn.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
    assert.ok(known.length >= 3, `migrations recorded: ${known.join(', ')}`);
    conn.prepare('UPDATE kysely_migration SET name = ? WHERE name = ?').run('0002-renamed-elsewhere', known[1]);
    conn.close();
    const before = digest(path);
    const e = await openError(path);
    assert.ok(isCorroborateError(e), 'a user error, not a crash');
    assert.equal(e.code, 'E_DATA');
    assert.match(e.message, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: its migrations cannot be applied by this version: .*0002-renamed-elsewhere`));
    assert.equal(digest(path), before);
  });
});

describe('which store the options name, before anything is opened', () => {
  test('sqliteFileOf: --db wins over DATABASE_URL; a postgres URL is no file; nothing given is ./corroborate.db', () => {
    assert.equal(sqliteFileOf({ db: 'news.db', databaseUrl: 'postgres://u:p@h/db' }), 'news.db');
    assert.equal(sqliteFileOf({ db: 'postgresql://u:p@h/db' }), null);
    assert.equal(sqliteFileOf({ databaseUrl: 'postgres://u:p@h/db' }), null);
    assert.equal(sqliteFileOf({ databaseUrl: '  ' }), 'corroborate.db');
    assert.equal(sqliteFileOf({}), 'corroborate.db');
  });
});
