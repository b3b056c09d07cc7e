import { type StoredRow, tableStore } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';
import { networkResource } from './resource.js';

export async function insertNetwork(db: CoreDb, row: StoredRow): Promise<void> {
  await tableStore(db, networkResource).insert(row);
}

export async function updateNetwork(db: CoreDb, id: string, columns: StoredRow): Promise<void> {
  await tableStore(db, networkResource).update(id, columns);
}

/** Subnets, their pools, nameservers and routes go with the network (ON DELETE CASCADE). */
export async function deleteNetwork(db: CoreDb, id: string): Promise<void> {
  await tableStore(db, networkResource).remove(id);
}

/** Subnet ids of each network, loaded in one query for a whole page. */
export async function loadSubnetIds(db: CoreDb, networkIds: readonly string[]): Promise<Map<string, string[]>> {
  const byNetwork = new Map<string, string[]>(networkIds.map((id) => [id, []]));
  if (networkIds.length === 0) return byNetwork;
  const rows = await db
    .selectFrom('subnets')
    .select(['id', 'network_id'])
    .where('network_id', 'in', networkIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) byNetwork.get(row.network_id)?.push(row.id);
  return byNetwork;
}

export async function hasPorts(db: CoreDb, networkId: string): Promise<boolean> {
  return (await db.selectFrom('ports').select('id').where('network_id', '=', networkId).executeTakeFirst()) !== undefined;
}
