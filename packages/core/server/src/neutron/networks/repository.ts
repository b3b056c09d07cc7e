import type { RequestAuth } from '@switchyard/sdk';
import type { Selectable } from 'kysely';
import { visibleProject } from '../shared/scope.js';
import type { CoreDb, NetworkTable } from '../shared/tables.js';

export type NetworkRow = Selectable<NetworkTable>;

/** Networks the caller may see; the list and every lookup start here. */
export function selectVisibleNetworks(db: CoreDb, auth: RequestAuth) {
  const project = visibleProject(auth);
  const query = db.selectFrom('networks').selectAll();
  return project === undefined ? query : query.where('project_id', '=', project);
}

export async function findVisibleNetwork(db: CoreDb, auth: RequestAuth, id: string): Promise<NetworkRow | undefined> {
  return selectVisibleNetworks(db, auth).where('id', '=', id).executeTakeFirst();
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

export async function countNetworkPorts(db: CoreDb, networkId: string): Promise<number> {
  const row = await db
    .selectFrom('ports')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('network_id', '=', networkId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
