import { type Kysely, type Migration, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MigrationSet, listMigrationHistory, migrateToLatest } from '../../src/migrate.js';
import { openDatabase } from '../../src/open-database.js';
import { type DatabaseUnderTest, createDatabaseUnderTest } from '../../src/testing/database-under-test.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const runs = new Map<string, number>();

/** A migration slow enough that servers starting together really overlap. */
function slowTable(key: string, table: string): Migration {
  return {
    up: async (db: AnyDb) => {
      runs.set(key, (runs.get(key) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await db.schema.createTable(table).addColumn('id', 'varchar(36)', (column) => column.primaryKey()).execute();
    },
  };
}

const sets: MigrationSet[] = [
  { owner: 'core', stability: 'stable', migrations: { '0001_networks': slowTable('core/0001', 'networks'), '0002_ports': slowTable('core/0002', 'ports') } },
  { owner: 'firewall', stability: 'preview', migrations: { '0001_firewall_groups': slowTable('firewall/0001', 'firewall_groups') } },
];

let underTest: DatabaseUnderTest;

beforeEach(async () => {
  runs.clear();
  underTest = await createDatabaseUnderTest();
});

afterEach(async () => {
  await underTest.dispose();
});

describe('migrateToLatest: servers starting at once on one PostgreSQL database', () => {
  it('lets exactly one run every migration; the others wait, then find nothing left', async () => {
    const servers = await Promise.all([1, 2, 3, 4].map(() => underTest.open()));
    const results = await Promise.all(servers.map((server) => migrateToLatest(server.db, sets)));
    expect(results.map((applied) => applied.length).sort()).toEqual([0, 0, 0, 3]);
    expect(Object.fromEntries(runs)).toEqual({ 'core/0001': 1, 'core/0002': 1, 'firewall/0001': 1 });
    expect(await listMigrationHistory(servers[0].db)).toHaveLength(3);
  });

  it('runs migrations without the statement timeout, and the pool keeps it afterwards', async () => {
    const server = await openDatabase({ url: underTest.url, poolSize: 1, statementTimeoutMs: 200 });
    try {
      const slowStatement: MigrationSet = {
        owner: 'core',
        stability: 'stable',
        migrations: { '0001_slow': { up: async (db: AnyDb) => void (await sql`SELECT pg_sleep(0.4)`.execute(db)) } },
      };
      expect(await migrateToLatest(server.db, [slowStatement])).toHaveLength(1);
      const { rows } = await sql<{ statement_timeout: string }>`SHOW statement_timeout`.execute(server.db);
      expect(rows[0].statement_timeout).toBe('200ms');
      await expect(sql`SELECT pg_sleep(0.4)`.execute(server.db)).rejects.toThrow('canceling statement due to statement timeout');
      expect(server.poolStats?.()).toEqual({ max: 1, total: 1, idle: 1, waiting: 0 });
    } finally {
      await server.close();
    }
  });
});
