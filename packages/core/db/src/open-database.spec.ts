import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, DatabaseUrlError, openDatabase } from './open-database.js';
import { createDatabaseUnderTest } from './testing/database-under-test.js';

let baseDir: string;
const opened: Database[] = [];

async function open(url: string): Promise<Database> {
  const database = await openDatabase({ url, baseDir });
  opened.push(database);
  return database;
}

beforeEach(() => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'switchyard-open-'));
});

afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
  rmSync(baseDir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it.each(['mysql://root@localhost/switchyard', 'switchyard.db', 'sqlite:', 'SQLITE:x.db', ''])(
    'refuses %j and shows the accepted forms',
    async (url) => {
      const attempt = openDatabase({ url, baseDir });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseUrlError);
      await expect(attempt).rejects.toThrow(
        `database url ${JSON.stringify(url)} is not supported; expected "sqlite:<file>", "sqlite::memory:" or "postgres://user:password@host:port/database"`,
      );
    },
  );

  it('creates a SQLite file, and its folders, relative to baseDir', async () => {
    const database = await open('sqlite:state/nested/switchyard.db');
    expect(database.dialect).toBe('sqlite');
    expect(existsSync(path.join(baseDir, 'state/nested/switchyard.db'))).toBe(true);
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    expect(rows[0].journal_mode).toBe('wal');
  });

  it('takes an absolute SQLite path as given', async () => {
    const file = path.join(baseDir, 'elsewhere', 'absolute.db');
    await open(`sqlite:${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it('enforces foreign keys in SQLite', async () => {
    const { db } = await open('sqlite:fk.db');
    await db.schema.createTable('networks').addColumn('id', 'text', (column) => column.primaryKey()).execute();
    await db.schema
      .createTable('ports')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('network_id', 'text', (column) => column.references('networks.id'))
      .execute();
    await expect(db.insertInto('ports').values({ id: 'p1', network_id: 'missing' }).execute()).rejects.toThrow(/FOREIGN KEY/);
  });

  it('keeps sqlite::memory: databases apart and writes no file', async () => {
    const first = await open('sqlite::memory:');
    const second = await open('sqlite::memory:');
    await first.db.schema.createTable('only_here').addColumn('id', 'integer').execute();
    const tables = async (database: Database) => (await database.db.introspection.getTables()).map((table) => table.name);
    expect(await tables(first)).toEqual(['only_here']);
    expect(await tables(second)).toEqual([]);
    expect(readdirSync(baseDir)).toEqual([]);
  });

  it('opens the database under test with the dialect its url names', async () => {
    const underTest = await createDatabaseUnderTest();
    try {
      const database = await underTest.open();
      expect(database.dialect).toBe(underTest.url.startsWith('postgres') ? 'postgres' : 'sqlite');
      const { rows } = await sql<{ answer: number }>`select 40 + 2 as answer`.execute(database.db);
      expect(Number(rows[0].answer)).toBe(42);
    } finally {
      await underTest.dispose();
    }
  });
});
