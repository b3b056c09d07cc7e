import { type ResourceStore, type StoredRow, type VisibilityRule, rowsForIds, tableStore } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';
import { networkResource } from './resource.js';

/**
 * Neutron's default policy for reading networks: a project sees its own, the shared and the
 * external ones; admins see all. Changing one stays its project's (networks/service.ts).
 */
export const networkVisibility: VisibilityRule = (query, auth) =>
  auth.isAdmin
    ? query
    : query.where((where) => where.or([where('project_id', '=', auth.projectId), where('shared', '=', 1), where('router_external', '=', 1)]));

/** The networks' store: what references to a network (subnets, ports) and the routes see. */
export function networkStore(db: CoreDb): ResourceStore {
  return tableStore(db, networkResource, networkVisibility);
}

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
  const rows = await rowsForIds(networkIds, (slice) =>
    db.selectFrom('subnets').select(['id', 'network_id']).where('network_id', 'in', slice).orderBy('created_at').orderBy('id').execute(),
  );
  for (const row of rows) byNetwork.get(row.network_id)?.push(row.id);
  return byNetwork;
}

export async function hasPorts(db: CoreDb, networkId: string): Promise<boolean> {
  return (await db.selectFrom('ports').select('id').where('network_id', '=', networkId).executeTakeFirst()) !== undefined;
}
