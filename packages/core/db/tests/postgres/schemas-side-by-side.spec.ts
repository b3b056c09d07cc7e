import { type Kysely, type Migration, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MigrationSet, listMigrationHistory, migrateToLatest } from '../../src/migrate.js';
import { findMigrationDrift } from '../../src/migration-drift.js';
import { type Database, openDatabase } from '../../src/open-database.js';
import { type DatabaseUnderTest, createDatabaseUnderTest } from '../../src/testing/database-under-test.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const createTable = (table: string): Migration => ({
  up: async (db: AnyDb) => {
    await db.schema.createTable(table).addColumn('id', 'varchar(36)', (column) => column.primaryKey()).execute();
  },
});

const sets: MigrationSet[] = [{ owner: 'core', stability: 'stable', migrations: { '0001_networks': createTable('networks') } }];

let underTest: DatabaseUnderTest;
const opened: Database[] = [];

beforeEach(async () => {
  underTest = await createDatabaseUnderTest();
});

afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
  await underTest.dispose();
});

/** A deployment whose search_path is its own schema of the shared database. */
async function deploymentIn(schema: string): Promise<AnyDb> {
  const admin = await underTest.open();
  await sql.raw(`CREATE SCHEMA ${schema}`).execute(admin.db);
  const url = new URL(underTest.url);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const database = await openDatabase({ url: url.toString() });
  opened.push(database);
  return database.db;
}

describe('migrateToLatest: two deployments in two schemas of one PostgreSQL database', () => {
  it('migrates each in its own schema: the second does not take the first one’s migration tables for its own', async () => {
    const first = await deploymentIn('first_deployment');
    const second = await deploymentIn('second_deployment');
    expect((await migrateToLatest(first, sets)).map((migration) => migration.name)).toEqual(['0001_networks']);
    expect((await migrateToLatest(second, sets)).map((migration) => migration.name)).toEqual(['0001_networks']);
    expect(await listMigrationHistory(second)).toEqual([expect.objectContaining({ owner: 'core', name: '0001_networks' })]);
    expect(await findMigrationDrift(second, sets)).toEqual({ unknown: [], pending: [] });
    const tables = await sql<{ schema: string }>`SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'networks' ORDER BY 1`.execute(first);
    expect(tables.rows.map((row) => row.schema)).toEqual(['first_deployment', 'second_deployment']);
  });
});
