import { randomUUID } from 'node:crypto';
import { openDatabase } from '@switchyard/db';
import { sql } from 'kysely';

/** The environment variable that points every test server at a PostgreSQL server (`npm run test:postgres`). */
export const TEST_DATABASE_ENV = 'SWITCHYARD_TEST_DATABASE_URL';

/** A database for one test server, and how to remove it when the server closes. */
export interface TestDatabase {
  url: string;
  remove(): Promise<void>;
}

/**
 * SQLite in memory by default. With SWITCHYARD_TEST_DATABASE_URL=postgres://..., a schema of its
 * own on that server (through search_path), so the same specs run on PostgreSQL in parallel
 * without seeing each other's rows.
 */
export async function createTestDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabase> {
  const serverUrl = env[TEST_DATABASE_ENV];
  // An in-memory database goes with its connection; there is nothing to remove.
  if (!serverUrl) return { url: 'sqlite::memory:', remove: () => Promise.resolve() };
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  await runOnServer(serverUrl, `CREATE SCHEMA ${schema}`);
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), remove: () => runOnServer(serverUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

async function runOnServer(url: string, statement: string): Promise<void> {
  const database = await openDatabase({ url });
  try {
    await sql.raw(statement).execute(database.db);
  } finally {
    await database.close();
  }
}
