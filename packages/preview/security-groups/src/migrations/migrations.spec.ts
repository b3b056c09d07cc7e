import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, listMigrationHistory, migrateToLatest, openDatabase } from '@switchyard/db';
import { isUniqueViolation } from '@switchyard/sdk';
import type { SecurityGroupDb } from '../store/tables.js';
import { securityGroupsMigrations } from './index.js';

const migrationSet = { owner: 'security-groups', stability: 'preview' as const, migrations: securityGroupsMigrations };
const TABLES = [
  'address_group_addresses',
  'address_groups',
  'default_security_groups',
  'network_port_security',
  'port_allowed_address_pairs',
  'port_security',
  'security_group_port_bindings',
  'security_group_rbac_policies',
  'security_group_rules',
  'security_group_tags',
  'security_groups',
];

let database: Database;
let db: SecurityGroupDb;

beforeEach(async () => {
  database = await openDatabase({ url: 'sqlite::memory:' });
  db = database.db as SecurityGroupDb;
});
afterEach(async () => {
  await database.close();
});

async function tableNames(): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.map((table) => table.name).filter((name) => TABLES.includes(name));
}

const stamps = { revision_number: 1, created_at: '2026-12-03T00:00:00Z', updated_at: '2026-12-03T00:00:00Z' };

function group(id: string) {
  return { id, project_id: 'p', name: id, description: '', stateful: 1, shared: 0, ...stamps };
}

function rule(id: string, groupId: string, key: string, remoteGroupId: string | null = null) {
  return {
    id,
    project_id: 'p',
    security_group_id: groupId,
    description: '',
    direction: 'ingress',
    ethertype: 'IPv4',
    protocol: 'tcp',
    port_range_min: 22,
    port_range_max: 22,
    remote_ip_prefix: null,
    remote_group_id: remoteGroupId,
    rule_key: key,
    ...stamps,
  };
}

/** The migrations a database of an earlier release ran: those named before `name`. */
function migrationsBefore(name: string) {
  return Object.fromEntries(Object.entries(securityGroupsMigrations).filter(([key]) => key < name));
}

describe('security-groups migrations', () => {
  it('have names that sort in the order they must run', () => {
    const names = Object.keys(securityGroupsMigrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  it('create the tables from empty and record themselves as preview migrations of "security-groups"', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    expect((await tableNames()).sort()).toEqual([...TABLES].sort());
    const history = await listMigrationHistory(database.db);
    expect(history.filter((entry) => entry.owner === 'security-groups')).toMatchObject([
      { owner: 'security-groups', name: '0001-create-security-group-tables', stability: 'preview' },
      { owner: 'security-groups', name: '0002-create-port-security-tables', stability: 'preview' },
      { owner: 'security-groups', name: '0003-create-allowed-address-pairs', stability: 'preview' },
      { owner: 'security-groups', name: '0004-create-security-group-tags', stability: 'preview' },
      { owner: 'security-groups', name: '0005-add-rule-normalized-cidr', stability: 'preview' },
      { owner: 'security-groups', name: '0006-create-rbac-policies', stability: 'preview' },
      { owner: 'security-groups', name: '0007-create-network-port-security', stability: 'preview' },
      { owner: 'security-groups', name: '0008-create-address-groups', stability: 'preview' },
    ]);
  });

  it('keep one RBAC policy per group, target and action, and delete a group with its policies (0006)', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    await db.insertInto('security_groups').values(group('g1')).execute();
    const policy = (id: string, target: string) => ({ id, project_id: 'p', object_type: 'security_group', object_id: 'g1', target_tenant: target, action: 'access_as_shared' });
    await db.insertInto('security_group_rbac_policies').values([policy('r1', 'q'), policy('r2', '*')]).execute();
    await expect(db.insertInto('security_group_rbac_policies').values(policy('r3', 'q')).execute()).rejects.toSatisfy(isUniqueViolation);
    await db.deleteFrom('security_groups').where('id', '=', 'g1').execute();
    expect(await db.selectFrom('security_group_rbac_policies').selectAll().execute()).toEqual([]);
  });

  it('give the rules of an earlier release their normalized_cidr (0005: the network their prefix held already)', async () => {
    await migrateToLatest(database.db, [{ ...migrationSet, migrations: migrationsBefore('0005') }]);
    await db.insertInto('security_groups').values(group('g1')).execute();
    await db.insertInto('security_group_rules').values([{ ...rule('with', 'g1', 'a'), remote_ip_prefix: '10.0.0.0/24' }, rule('without', 'g1', 'b')]).execute();
    await migrateToLatest(database.db, [migrationSet]);
    const rows = await db.selectFrom('security_group_rules').select(['id', 'remote_ip_prefix', 'normalized_cidr']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'with', remote_ip_prefix: '10.0.0.0/24', normalized_cidr: '10.0.0.0/24' },
      { id: 'without', remote_ip_prefix: null, normalized_cidr: null },
    ]);
  });

  it('refuse a second default group for a project and the same rule key twice in a group', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    await db.insertInto('security_groups').values([group('g1'), group('g2')]).execute();
    await db.insertInto('default_security_groups').values({ project_id: 'p', security_group_id: 'g1' }).execute();
    await expect(db.insertInto('default_security_groups').values({ project_id: 'p', security_group_id: 'g2' }).execute()).rejects.toSatisfy(isUniqueViolation);
    await db.insertInto('security_group_rules').values(rule('r1', 'g1', 'k')).execute();
    await expect(db.insertInto('security_group_rules').values(rule('r2', 'g1', 'k')).execute()).rejects.toSatisfy(isUniqueViolation);
    await db.insertInto('security_group_rules').values(rule('r3', 'g2', 'k')).execute();
  });

  it('delete a group with its rules, the rules naming it as remote group, and its default record', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    await db.insertInto('security_groups').values([group('g1'), group('g2')]).execute();
    await db.insertInto('default_security_groups').values({ project_id: 'p', security_group_id: 'g1' }).execute();
    await db.insertInto('security_group_rules').values([rule('own', 'g1', 'a'), rule('naming', 'g2', 'b', 'g1'), rule('other', 'g2', 'c')]).execute();
    await db.insertInto('security_group_tags').values({ resource_id: 'g1', tag: 'prod' }).execute();
    await db.deleteFrom('security_groups').where('id', '=', 'g1').execute();
    expect((await db.selectFrom('security_group_rules').select('id').execute()).map((row) => row.id)).toEqual(['other']);
    expect(await db.selectFrom('security_group_tags').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('default_security_groups').selectAll().execute()).toEqual([]);
  });

  it('keep a group that a port is in, and one binding per port and group', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    await db.insertInto('security_groups').values(group('g1')).execute();
    await db.insertInto('security_group_port_bindings').values({ port_id: 'port-1', security_group_id: 'g1' }).execute();
    await expect(db.insertInto('security_group_port_bindings').values({ port_id: 'port-1', security_group_id: 'g1' }).execute()).rejects.toSatisfy(isUniqueViolation);
    await expect(db.deleteFrom('security_groups').where('id', '=', 'g1').execute()).rejects.toThrow(/foreign key/i);
    await expect(db.insertInto('security_group_port_bindings').values({ port_id: 'port-1', security_group_id: 'gone' }).execute()).rejects.toThrow(/foreign key/i);
  });

  it('keep an address group while a rule names it, and delete its addresses with it', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    await db.insertInto('security_groups').values(group('g1')).execute();
    await db.insertInto('address_groups').values({ id: 'a1', project_id: 'p', name: 'office', description: '', ...stamps }).execute();
    await db.insertInto('address_group_addresses').values({ address_group_id: 'a1', address: '192.0.2.0/24' }).execute();
    await expect(db.insertInto('address_group_addresses').values({ address_group_id: 'a1', address: '192.0.2.0/24' }).execute()).rejects.toSatisfy(isUniqueViolation);
    await db.insertInto('security_group_rules').values({ ...rule('r1', 'g1', 'k'), remote_address_group_id: 'a1' }).execute();
    await expect(db.deleteFrom('address_groups').where('id', '=', 'a1').execute()).rejects.toThrow(/foreign key/i);
    await db.deleteFrom('security_group_rules').execute();
    await db.deleteFrom('address_groups').where('id', '=', 'a1').execute();
    expect(await db.selectFrom('address_group_addresses').selectAll().execute()).toEqual([]);
  });

  it('drop every table on the way down, newest first', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    for (const name of Object.keys(securityGroupsMigrations).sort().reverse()) await securityGroupsMigrations[name].down?.(database.db);
    expect(await tableNames()).toEqual([]);
  });
});
