import { type Database, openDatabase } from '@switchyard/db';
import { sql } from 'kysely';

/** The Postgres server `npm run test:postgres` starts (scripts/postgres.sh); the config sets it. */
export function postgresServerUrl(): string {
  const url = process.env.SWITCHYARD_TEST_DATABASE_URL;
  if (!url?.startsWith('postgres')) {
    throw new Error('SWITCHYARD_TEST_DATABASE_URL names no Postgres server; run these specs with `npm run test:postgres`.');
  }
  return url;
}

/** A database of its own on the test server, for servers to share and the test to inspect with SQL. */
export interface ScratchDatabase {
  url: string;
  database: Database;
  /** Closes the test's connection and drops the database, even with servers still connected. */
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const serverUrl = postgresServerUrl();
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    url: url.toString(),
    database,
    drop: async () => {
      await database.close();
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function runOnServer(url: string, statement: string): Promise<void> {
  const server = await openDatabase({ url });
  try {
    await sql.raw(statement).execute(server.db);
  } finally {
    await server.close();
  }
}
