import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, listMigrationHistory, migrateToLatest, openDatabase } from '@switchyard/db';
import { type Kysely, isUniqueViolation, readStabilityMetadata } from '@switchyard/sdk';
import { type FirewallDb, flag, isSet } from '../store/tables.js';
import { firewallMigrations } from './index.js';

/**
 * SQLite in memory by default; a Postgres server when SWITCHYARD_TEST_DATABASE_URL names one
 * (its firewall tables and migration records are removed before and after each test).
 */
const postgresUrl = process.env.SWITCHYARD_TEST_DATABASE_URL?.startsWith('postgres') ? process.env.SWITCHYARD_TEST_DATABASE_URL : undefined;
/** In an order they can be dropped in: rules name groups (0002), groups name policies. */
const FIREWALL_TABLES = ['firewall_group_ports', 'firewall_policy_rules', 'firewall_rules', 'firewall_groups', 'firewall_policies'];
/** The server hands migrations the stability package.json declares; so does this spec. */
const { stability } = readStabilityMetadata(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')), 'package.json');
const firewallSet = { owner: 'firewall', stability, migrations: firewallMigrations };

let database: Database;
let db: FirewallDb;

async function forgetFirewall(target: Database): Promise<void> {
  for (const table of [...FIREWALL_TABLES, 'switchyard_migrations_firewall', 'switchyard_migrations_firewall_lock']) {
    await target.db.schema.dropTable(table).ifExists().execute();
  }
  await migrateToLatest(target.db, []);
  await target.db.deleteFrom('switchyard_migration_history').where('owner', '=', 'firewall').execute();
}

beforeEach(async () => {
  database = await openDatabase({ url: postgresUrl ?? 'sqlite::memory:' });
  if (postgresUrl) await forgetFirewall(database);
  db = database.db as FirewallDb;
});
afterEach(async () => {
  if (postgresUrl) await forgetFirewall(database);
  await database.close();
});

async function tableNames(): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.map((table) => table.name).filter((name) => name.startsWith('firewall_'));
}

describe(`firewall migrations (${postgresUrl ? 'postgres' : 'sqlite'})`, () => {
  it('have names that sort in the order they must run', () => {
    const names = Object.keys(firewallMigrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  it(`create every table from empty and record themselves as ${stability} migrations of "firewall"`, async () => {
    await migrateToLatest(database.db, [firewallSet]);
    expect((await tableNames()).sort()).toEqual([...FIREWALL_TABLES].sort());
    const history = await listMigrationHistory(database.db);
    expect(history.filter((entry) => entry.owner === 'firewall')).toMatchObject([
      { owner: 'firewall', name: '0001-create-firewall-tables', stability },
      { owner: 'firewall', name: '0002-add-sharing-and-remote-groups', stability },
    ]);
  });

  it('store flags and nullable match fields portably', async () => {
    await migrateToLatest(database.db, [firewallSet]);
    await db
      .insertInto('firewall_rules')
      .values({
        id: 'r1',
        project_id: 'p',
        name: '',
        description: '',
        protocol: null,
        ip_version: 6,
        source_ip_address: '2001:db8::/32',
        destination_ip_address: null,
        source_port: null,
        destination_port: null,
        action: 'allow',
        enabled: flag(false),
        shared: flag(true),
        source_firewall_group_id: null,
        destination_firewall_group_id: null,
      })
      .execute();
    const row = await db.selectFrom('firewall_rules').selectAll().where('enabled', '=', flag(false)).executeTakeFirstOrThrow();
    expect(isSet(row.enabled)).toBe(false);
    expect(isSet(row.shared)).toBe(true);
    expect(row).toMatchObject({ protocol: null, ip_version: 6, source_ip_address: '2001:db8::/32' });
  });

  it('allow one group per port and keep rules held by a policy', async () => {
    await migrateToLatest(database.db, [firewallSet]);
    const group = { project_id: 'p', name: '', description: '', ingress_firewall_policy_id: null, egress_firewall_policy_id: null, admin_state_up: flag(true), status: 'INACTIVE', shared: flag(false) };
    await db.insertInto('firewall_groups').values([{ id: 'g1', ...group }, { id: 'g2', ...group }]).execute();
    await db.insertInto('firewall_group_ports').values({ port_id: 'port-1', group_id: 'g1' }).execute();
    const second = db.insertInto('firewall_group_ports').values({ port_id: 'port-1', group_id: 'g2' }).execute();
    await expect(second).rejects.toSatisfy(isUniqueViolation);

    await db.insertInto('firewall_rules').values({ id: 'r1', project_id: 'p', name: '', description: '', protocol: 'tcp', ip_version: 4, source_ip_address: null, destination_ip_address: null, source_port: null, destination_port: '22', action: 'allow', enabled: flag(true), shared: flag(false), source_firewall_group_id: null, destination_firewall_group_id: null }).execute();
    await db.insertInto('firewall_policies').values({ id: 'pol', project_id: 'p', name: '', description: '', audited: flag(false), shared: flag(false) }).execute();
    await db.insertInto('firewall_policy_rules').values({ policy_id: 'pol', rule_id: 'r1', position: 0 }).execute();
    await expect(db.deleteFrom('firewall_rules').where('id', '=', 'r1').execute()).rejects.toThrow();
    await db.deleteFrom('firewall_policies').where('id', '=', 'pol').execute();
    expect(await db.selectFrom('firewall_policy_rules').selectAll().execute()).toEqual([]);
  });

  it('leave rows of 0001 unshared, and keep a group a rule names as its remote group', async () => {
    const first = { ...firewallSet, migrations: { '0001-create-firewall-tables': firewallMigrations['0001-create-firewall-tables'] } };
    await migrateToLatest(database.db, [first]);
    // Rows as 0001 knew them: no shared, no remote groups.
    const legacy = database.db as Kysely<Record<string, Record<string, unknown>>>;
    await legacy.insertInto('firewall_rules').values({ id: 'r1', project_id: 'p', name: '', description: '', protocol: null, ip_version: 4, source_ip_address: null, destination_ip_address: null, source_port: null, destination_port: null, action: 'deny', enabled: flag(true) }).execute();
    await legacy.insertInto('firewall_policies').values({ id: 'pol', project_id: 'p', name: '', description: '', audited: flag(false) }).execute();
    await legacy.insertInto('firewall_groups').values({ id: 'g1', project_id: 'p', name: '', description: '', ingress_firewall_policy_id: null, egress_firewall_policy_id: null, admin_state_up: flag(true), status: 'INACTIVE' }).execute();

    await migrateToLatest(database.db, [firewallSet]);
    for (const table of ['firewall_rules', 'firewall_policies', 'firewall_groups'] as const) {
      const row = await db.selectFrom(table).select('shared').executeTakeFirstOrThrow();
      expect(isSet(row.shared)).toBe(false);
    }
    expect(await db.selectFrom('firewall_rules').select(['source_firewall_group_id', 'destination_firewall_group_id']).executeTakeFirstOrThrow()).toEqual({
      source_firewall_group_id: null,
      destination_firewall_group_id: null,
    });
    await db.updateTable('firewall_rules').set({ source_firewall_group_id: 'g1' }).where('id', '=', 'r1').execute();
    await expect(db.deleteFrom('firewall_groups').where('id', '=', 'g1').execute()).rejects.toThrow();
    await expect(db.updateTable('firewall_rules').set({ destination_firewall_group_id: 'no-such-group' }).execute()).rejects.toThrow();
  });

  it('drop every table on the way down', async () => {
    await migrateToLatest(database.db, [firewallSet]);
    await firewallMigrations['0002-add-sharing-and-remote-groups'].down?.(database.db);
    const columns = (await database.db.introspection.getTables()).find((table) => table.name === 'firewall_rules')?.columns.map((column) => column.name);
    expect(columns).not.toContain('shared');
    expect(columns).not.toContain('source_firewall_group_id');
    await firewallMigrations['0001-create-firewall-tables'].down?.(database.db);
    expect(await tableNames()).toEqual([]);
  });
});
