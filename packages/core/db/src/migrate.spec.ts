import type { Kysely, Migration } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MigrationSet, MigrationError, listMigrationHistory, migrateToLatest } from './migrate.js';
import { findMigrationDrift } from './migration-drift.js';
import type { Database } from './open-database.js';
import { type DatabaseUnderTest, createDatabaseUnderTest } from './testing/database-under-test.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Counts how often each migration's `up` ran, so a test can prove that nothing re-ran. */
const runs = new Map<string, number>();

function createTable(key: string, table: string): Migration {
  return {
    up: async (db: AnyDb) => {
      runs.set(key, (runs.get(key) ?? 0) + 1);
      await db.schema
        .createTable(table)
        .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
        .addColumn('name', 'varchar(255)', (column) => column.notNull())
        .execute();
    },
  };
}

function failing(key: string, message: string): Migration {
  return {
    up: async () => {
      runs.set(key, (runs.get(key) ?? 0) + 1);
      throw new Error(message);
    },
  };
}

// Keys deliberately out of order: migrations run in name order, not declaration order.
const core: MigrationSet = {
  owner: 'core',
  stability: 'stable',
  migrations: { '0002_ports': createTable('core/0002', 'ports'), '0001_networks': createTable('core/0001', 'networks') },
};
const firewallPreview: MigrationSet = {
  owner: 'firewall',
  stability: 'preview',
  migrations: { '0001_firewall_groups': createTable('firewall/0001', 'firewall_groups') },
};
const vpn: MigrationSet = {
  owner: 'vpn-as-a-service',
  stability: 'preview',
  migrations: { '0001_vpn_services': createTable('vpn/0001', 'vpn_services') },
};

let underTest: DatabaseUnderTest;
let database: Database;

beforeEach(async () => {
  runs.clear();
  underTest = await createDatabaseUnderTest();
  database = await underTest.open();
});

afterEach(async () => {
  await underTest.dispose();
});

async function history(db: AnyDb = database.db) {
  return (await listMigrationHistory(db)).map(({ owner, name, stability }) => ({ owner, name, stability }));
}

async function tableNames(db: AnyDb = database.db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((table) => table.name).filter((name) => !name.startsWith('switchyard_')).sort();
}

describe('migrateToLatest', () => {
  it('applies core and plugin migrations from empty, each owner in name order', async () => {
    const applied = await migrateToLatest(database.db, [core, firewallPreview]);
    const expected = [
      { owner: 'core', name: '0001_networks', stability: 'stable' },
      { owner: 'core', name: '0002_ports', stability: 'stable' },
      { owner: 'firewall', name: '0001_firewall_groups', stability: 'preview' },
    ];
    expect(applied).toEqual(expected);
    expect(await tableNames()).toEqual(['firewall_groups', 'networks', 'ports']);
    expect(await history()).toEqual(expected);
    for (const entry of await listMigrationHistory(database.db)) {
      expect(new Date(entry.appliedAt).toISOString()).toBe(entry.appliedAt);
    }
  });

  it('runs only the migrations of a plugin enabled later', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    await database.db.insertInto('networks').values({ id: 'n1', name: 'kept' }).execute();

    const applied = await migrateToLatest(database.db, [core, firewallPreview, vpn]);

    expect(applied).toEqual([{ owner: 'vpn-as-a-service', name: '0001_vpn_services', stability: 'preview' }]);
    expect(Object.fromEntries(runs)).toEqual({ 'core/0001': 1, 'core/0002': 1, 'firewall/0001': 1, 'vpn/0001': 1 });
    expect(await database.db.selectFrom('networks').selectAll().execute()).toEqual([{ id: 'n1', name: 'kept' }]);
    expect(await history()).toHaveLength(4);
  });

  it('keeps the tables, rows and history of a plugin disabled after its migrations ran', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    await database.db.insertInto('firewall_groups').values({ id: 'fg1', name: 'edge' }).execute();

    // The operator removed "firewall" from service_plugins; core gained a migration meanwhile.
    const coreLater: MigrationSet = {
      ...core,
      migrations: { ...core.migrations, '0003_routers': createTable('core/0003', 'routers') },
    };
    const applied = await migrateToLatest(database.db, [coreLater]);

    expect(applied).toEqual([{ owner: 'core', name: '0003_routers', stability: 'stable' }]);
    expect(await tableNames()).toEqual(['firewall_groups', 'networks', 'ports', 'routers']);
    expect(await database.db.selectFrom('firewall_groups').selectAll().execute()).toEqual([{ id: 'fg1', name: 'edge' }]);
    expect(await history()).toContainEqual({ owner: 'firewall', name: '0001_firewall_groups', stability: 'preview' });
    expect(await history()).toHaveLength(4);
  });

  it('re-enabling a disabled plugin runs nothing it already ran', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    await migrateToLatest(database.db, [core]);
    expect(await migrateToLatest(database.db, [core, firewallPreview])).toEqual([]);
    expect(runs.get('firewall/0001')).toBe(1);
  });

  it('records new migrations of a promoted package as stable and keeps the old ones preview', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    const firewallStable: MigrationSet = {
      owner: 'firewall',
      stability: 'stable',
      migrations: {
        ...firewallPreview.migrations,
        '0002_firewall_rules': createTable('firewall/0002', 'firewall_rules'),
      },
    };

    const applied = await migrateToLatest(database.db, [core, firewallStable]);

    expect(applied).toEqual([{ owner: 'firewall', name: '0002_firewall_rules', stability: 'stable' }]);
    expect(runs.get('firewall/0001')).toBe(1);
    expect((await history()).filter((entry) => entry.owner === 'firewall')).toEqual([
      { owner: 'firewall', name: '0001_firewall_groups', stability: 'preview' },
      { owner: 'firewall', name: '0002_firewall_rules', stability: 'stable' },
    ]);
  });

  it('names the owner and the migration that failed, and stops there', async () => {
    const broken: MigrationSet = {
      owner: 'firewall',
      stability: 'preview',
      migrations: { ...firewallPreview.migrations, '0002_firewall_rules': failing('firewall/0002', 'column "action" is missing') },
    };

    const attempt = migrateToLatest(database.db, [core, broken, vpn]);

    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow('migration "0002_firewall_rules" of firewall failed: column "action" is missing');
    expect(runs.get('vpn/0001')).toBeUndefined();
    expect((await history()).map((entry) => entry.name)).not.toContain('0002_firewall_rules');
  });

  it('reports a failing SQL statement with the database error', async () => {
    const clash: MigrationSet = {
      owner: 'clash',
      stability: 'preview',
      migrations: { '0001_networks_again': createTable('clash/0001', 'networks') },
    };
    await expect(migrateToLatest(database.db, [core, clash])).rejects.toThrow(
      /^migration "0001_networks_again" of clash failed: .*networks.* already exists/,
    );
  });

  it('keeps history true to what ran when a failed run is retried after a fix', async () => {
    const broken: MigrationSet = {
      owner: 'firewall',
      stability: 'preview',
      migrations: { ...firewallPreview.migrations, '0002_firewall_rules': failing('firewall/0002', 'not yet') },
    };
    await expect(migrateToLatest(database.db, [core, broken])).rejects.toThrow(MigrationError);
    // Postgres rolls the whole run back, SQLite keeps what ran before the failure; either way
    // the history lists exactly the migrations whose tables exist.
    const groupsExist = (await tableNames()).includes('firewall_groups');
    expect((await history()).some((entry) => entry.name === '0001_firewall_groups')).toBe(groupsExist);

    const fixed: MigrationSet = {
      ...broken,
      migrations: { ...broken.migrations, '0002_firewall_rules': createTable('firewall/0002', 'firewall_rules') },
    };
    await migrateToLatest(database.db, [core, fixed]);

    expect((await history()).filter((entry) => entry.owner === 'firewall').map((entry) => entry.name)).toEqual([
      '0001_firewall_groups',
      '0002_firewall_rules',
    ]);
    expect(await tableNames()).toEqual(['firewall_groups', 'firewall_rules', 'networks', 'ports']);
  });

  it('refuses an owner name that cannot name a table', async () => {
    const attempt = migrateToLatest(database.db, [{ ...vpn, owner: 'VPN service' }]);
    await expect(attempt).rejects.toThrow('migration owner "VPN service" is not valid: use lower-case letters, digits and dashes');
  });

  it('re-runs nothing after a restart on the same database', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    const before = await listMigrationHistory(database.db);
    await database.close();

    const restarted = await underTest.open();
    expect(await migrateToLatest(restarted.db, [core, firewallPreview])).toEqual([]);
    expect(await listMigrationHistory(restarted.db)).toEqual(before);
    expect(Object.fromEntries(runs)).toEqual({ 'core/0001': 1, 'core/0002': 1, 'firewall/0001': 1 });
  });
});

describe('a server older than its database', () => {
  const coreLater: MigrationSet = { ...core, migrations: { ...core.migrations, '0003_routers': createTable('core/0003', 'routers') } };

  it('is refused before anything runs, naming the migrations it lacks', async () => {
    await migrateToLatest(database.db, [coreLater]);
    const olderWithPlugin = migrateToLatest(database.db, [core, firewallPreview]);
    await expect(olderWithPlugin).rejects.toBeInstanceOf(MigrationError);
    await expect(olderWithPlugin).rejects.toThrow(
      'the database has migrations this server does not know (core/0003_routers): a newer release of switchyard-server migrated it; ' +
        'run that release or a later one, or point this server at another database',
    );
    expect(runs.get('firewall/0001')).toBeUndefined();
    expect(await tableNames()).toEqual(['networks', 'ports', 'routers']);
  });

  it('is not refused for the migrations of a plugin it does not load', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    expect(await migrateToLatest(database.db, [core])).toEqual([]);
  });
});

describe('findMigrationDrift', () => {
  it('lists what the database lacks and what the code lacks, by owner', async () => {
    expect(await findMigrationDrift(database.db, [core])).toEqual({ unknown: [], pending: ['core/0001_networks', 'core/0002_ports'] });
    await migrateToLatest(database.db, [{ ...core, migrations: { '0001_networks': core.migrations['0001_networks'] } }, vpn]);
    const withoutVpn = { ...vpn, migrations: {} };
    expect(await findMigrationDrift(database.db, [core, withoutVpn])).toEqual({
      unknown: ['vpn-as-a-service/0001_vpn_services'],
      pending: ['core/0002_ports'],
    });
  });

  it('finds none once everything ran', async () => {
    await migrateToLatest(database.db, [core, firewallPreview]);
    expect(await findMigrationDrift(database.db, [core, firewallPreview])).toEqual({ unknown: [], pending: [] });
  });
});

describe('listMigrationHistory', () => {
  it('is empty on a new database', async () => {
    expect(await listMigrationHistory(database.db)).toEqual([]);
  });

  it('lists the oldest first', async () => {
    await migrateToLatest(database.db, [firewallPreview]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await migrateToLatest(database.db, [core, firewallPreview]);
    expect((await history()).map((entry) => `${entry.owner}/${entry.name}`)).toEqual([
      'firewall/0001_firewall_groups',
      'core/0001_networks',
      'core/0002_ports',
    ]);
  });
});
