import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../open-database.js';

/**
 * The database the db specs run against: a fresh SQLite file by default, or, when
 * SWITCHYARD_TEST_DATABASE_URL names a Postgres server (vitest.postgres.config.ts), a fresh
 * database created on it. Either way each test gets its own, so none sees another's leftovers.
 */
export interface DatabaseUnderTest {
  url: string;
  dialect: Database['dialect'];
  /** Opens a new connection; call it twice to simulate a restart. */
  open(): Promise<Database>;
  /** Closes every connection opened here and removes the database. */
  dispose(): Promise<void>;
}

export async function createDatabaseUnderTest(): Promise<DatabaseUnderTest> {
  const serverUrl = process.env.SWITCHYARD_TEST_DATABASE_URL;
  const created = serverUrl?.startsWith('postgres') ? await createPostgresDatabase(serverUrl) : createSqliteFile();
  const opened: Database[] = [];
  return {
    url: created.url,
    dialect: created.dialect,
    open: async () => {
      const database = await openDatabase({ url: created.url });
      opened.push(database);
      return database;
    },
    dispose: async () => {
      for (const database of opened) await database.close();
      await created.remove();
    },
  };
}

interface CreatedDatabase {
  url: string;
  dialect: Database['dialect'];
  remove(): Promise<void>;
}

function createSqliteFile(): CreatedDatabase {
  const directory = mkdtempSync(path.join(tmpdir(), 'switchyard-db-test-'));
  return {
    url: `sqlite:${path.join(directory, 'switchyard.db')}`,
    dialect: 'sqlite',
    remove: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(serverUrl: string): Promise<CreatedDatabase> {
  const name = `switchyard_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect: 'postgres',
    remove: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
