import { type ResourceStore, type StoredRow, type VisibilityRule, rowsForIds, tableStore } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';
import { type SubnetDetails, subnetResource } from './resource.js';

/** Neutron's default policy: a project sees its own subnets and those of shared networks ("rule:shared"). */
export const subnetVisibility: VisibilityRule = (query, auth) =>
  auth.isAdmin
    ? query
    : query.where((where) =>
        where.or([where('project_id', '=', auth.projectId), where('network_id', 'in', where.selectFrom('networks').select('id').where('shared', '=', 1))]),
      );

/** The subnets' store: what the routes and references to a subnet (fixed IPs, router interfaces) see. */
export function subnetStore(db: CoreDb): ResourceStore {
  return tableStore(db, subnetResource, subnetVisibility);
}

/** Stores a new subnet with its lists; run it in the transaction that locked its network. */
export async function insertSubnet(db: CoreDb, row: StoredRow, details: SubnetDetails): Promise<void> {
  await tableStore(db, subnetResource).insert(row);
  await writeSubnetDetails(db, String(row.id), details);
}

/** Stores the changed columns and replaces the lists given; returns the row as it is then, undefined when the subnet is gone. */
export async function updateSubnet(db: CoreDb, id: string, columns: StoredRow, details: Partial<SubnetDetails>) {
  if (!(await findSubnet(db, id))) return undefined;
  await tableStore(db, subnetResource).update(id, columns);
  await writeSubnetDetails(db, id, details);
  return findSubnet(db, id);
}

/** Deletes the subnet (its lists go with it, ON DELETE CASCADE); false when it was already gone. */
export async function deleteSubnet(db: CoreDb, id: string): Promise<boolean> {
  const result = await db.deleteFrom('subnets').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function findSubnet(db: CoreDb, id: string) {
  return db.selectFrom('subnets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listNetworkSubnets(db: CoreDb, networkId: string) {
  return db.selectFrom('subnets').selectAll().where('network_id', '=', networkId).orderBy('created_at').orderBy('id').execute();
}

export async function hasAllocations(db: CoreDb, subnetId: string): Promise<boolean> {
  return (await db.selectFrom('ip_allocations').select('port_id').where('subnet_id', '=', subnetId).executeTakeFirst()) !== undefined;
}

/** Pools, nameservers and routes of many subnets in three queries, whatever the page size. */
export async function loadSubnetDetails(db: CoreDb, subnetIds: readonly string[]): Promise<Map<string, SubnetDetails>> {
  const details = new Map<string, SubnetDetails>(subnetIds.map((id) => [id, { allocation_pools: [], dns_nameservers: [], host_routes: [] }]));
  if (subnetIds.length === 0) return details;
  const [pools, nameservers, routes] = await Promise.all([
    rowsForIds(subnetIds, (slice) => db.selectFrom('subnet_allocation_pools').selectAll().where('subnet_id', 'in', slice).orderBy('position').execute()),
    rowsForIds(subnetIds, (slice) => db.selectFrom('subnet_dns_nameservers').selectAll().where('subnet_id', 'in', slice).orderBy('position').execute()),
    rowsForIds(subnetIds, (slice) => db.selectFrom('subnet_host_routes').selectAll().where('subnet_id', 'in', slice).orderBy('position').execute()),
  ]);
  for (const pool of pools) details.get(pool.subnet_id)?.allocation_pools.push({ start: pool.first_ip, end: pool.last_ip });
  for (const server of nameservers) details.get(server.subnet_id)?.dns_nameservers.push(server.address);
  for (const route of routes) details.get(route.subnet_id)?.host_routes.push({ destination: route.destination, nexthop: route.nexthop });
  return details;
}

/** Replaces whichever detail lists are given; absent ones are left alone. */
async function writeSubnetDetails(db: CoreDb, subnetId: string, details: Partial<SubnetDetails>): Promise<void> {
  if (details.allocation_pools) {
    await db.deleteFrom('subnet_allocation_pools').where('subnet_id', '=', subnetId).execute();
    const rows = details.allocation_pools.map((pool, position) => ({ subnet_id: subnetId, position, first_ip: pool.start, last_ip: pool.end }));
    if (rows.length > 0) await db.insertInto('subnet_allocation_pools').values(rows).execute();
  }
  if (details.dns_nameservers) {
    await db.deleteFrom('subnet_dns_nameservers').where('subnet_id', '=', subnetId).execute();
    const rows = details.dns_nameservers.map((address, position) => ({ subnet_id: subnetId, position, address }));
    if (rows.length > 0) await db.insertInto('subnet_dns_nameservers').values(rows).execute();
  }
  if (details.host_routes) {
    await db.deleteFrom('subnet_host_routes').where('subnet_id', '=', subnetId).execute();
    const rows = details.host_routes.map((route, position) => ({ subnet_id: subnetId, position, ...route }));
    if (rows.length > 0) await db.insertInto('subnet_host_routes').values(rows).execute();
  }
}
