import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, listMigrationHistory, migrateToLatest, openDatabase } from '@switchyard/db';
import { itemResource } from '../resources/item.js';
import { securityGroupsMigrations } from './index.js';

const migrationSet = { owner: 'security-groups', stability: 'preview' as const, migrations: securityGroupsMigrations };

let database: Database;

beforeEach(async () => {
  database = await openDatabase({ url: 'sqlite::memory:' });
});
afterEach(async () => {
  await database.close();
});

async function tableNames(): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  return tables.map((table) => table.name).filter((name) => name === 'security_groups_items');
}

describe('security-groups migrations', () => {
  it('have names that sort in the order they must run', () => {
    const names = Object.keys(securityGroupsMigrations);
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  it('create the table from empty and record themselves as preview migrations of "security-groups"', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    expect(await tableNames()).toEqual(['security_groups_items']);
    const history = await listMigrationHistory(database.db);
    expect(history.filter((entry) => entry.owner === 'security-groups')).toMatchObject([
      { owner: 'security-groups', name: '0001-create-items', stability: 'preview' },
    ]);
  });

  it('give every queryable attribute of itemResource its column', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    const table = (await database.db.introspection.getTables()).find((entry) => entry.name === 'security_groups_items');
    const declared = Object.values(itemResource.collectionSpec.attributes).map((attribute) => attribute.column);
    expect(table?.columns.map((column) => column.name).sort()).toEqual([...new Set(declared)].sort());
  });

  it('drop the table on the way down', async () => {
    await migrateToLatest(database.db, [migrationSet]);
    await securityGroupsMigrations['0001-create-items'].down?.(database.db);
    expect(await tableNames()).toEqual([]);
  });
});
