import { type Database, listMigrationHistory, migrateToLatest, openDatabase } from '@switchyard/db';
import { isUniqueViolation } from '@switchyard/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreMigrations } from './index.js';

const now = '2026-11-30T01:02:03Z';

describe('core migrations', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateToLatest(database.db, [{ owner: 'core', stability: 'stable', migrations: coreMigrations }]);
  });
  afterEach(async () => {
    await database.close();
  });

  it('applies in name order from an empty database', async () => {
    const names = (await listMigrationHistory(database.db)).map((entry) => entry.name);
    expect(names).toEqual(['0001-networks', '0002-subnets', '0003-ports', '0004-routers', '0005-standard-attributes', '0006-tags', '0007-quotas']);
  });

  it('stores an address at most once per subnet, whatever the port', async () => {
    const { db } = database;
    await db.insertInto('networks').values({ id: 'n', project_id: 'p', name: '', description: '', admin_state_up: 1, status: 'ACTIVE', shared: 0, mtu: 1500, created_at: now, updated_at: now }).execute();
    await db.insertInto('subnets').values({ id: 's', project_id: 'p', network_id: 'n', name: '', description: '', ip_version: 4, cidr: '10.0.0.0/24', gateway_ip: null, enable_dhcp: 1, created_at: now, updated_at: now }).execute();
    for (const id of ['p1', 'p2']) {
      await db.insertInto('ports').values({ id, project_id: 'p', network_id: 'n', name: '', description: '', mac_address: `fa:16:3e:00:00:0${id.slice(1)}`, admin_state_up: 1, status: 'DOWN', device_id: '', device_owner: '', created_at: now, updated_at: now }).execute();
    }
    await db.insertInto('ip_allocations').values({ subnet_id: 's', ip_address: '10.0.0.5', port_id: 'p1', network_id: 'n' }).execute();
    const second = db.insertInto('ip_allocations').values({ subnet_id: 's', ip_address: '10.0.0.5', port_id: 'p2', network_id: 'n' }).execute();
    const error = await second.then(() => undefined, (caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('releases allocations with their port and details with their subnet', async () => {
    const { db } = database;
    await db.insertInto('networks').values({ id: 'n', project_id: 'p', name: '', description: '', admin_state_up: 1, status: 'ACTIVE', shared: 0, mtu: 1500, created_at: now, updated_at: now }).execute();
    await db.insertInto('subnets').values({ id: 's', project_id: 'p', network_id: 'n', name: '', description: '', ip_version: 4, cidr: '10.0.0.0/24', gateway_ip: null, enable_dhcp: 1, created_at: now, updated_at: now }).execute();
    await db.insertInto('subnet_allocation_pools').values({ subnet_id: 's', position: 0, first_ip: '10.0.0.2', last_ip: '10.0.0.9' }).execute();
    await db.deleteFrom('networks').where('id', '=', 'n').execute();
    expect(await db.selectFrom('subnet_allocation_pools').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('subnets').selectAll().execute()).toEqual([]);
  });

  it('rolls back to empty', async () => {
    for (const name of Object.keys(coreMigrations).reverse()) await coreMigrations[name].down?.(database.db);
    const tables = await database.db.introspection.getTables();
    expect(tables.map((table) => table.name).filter((name) => !name.startsWith('switchyard_'))).toEqual([]);
  });
});
