import type { RequestAuth } from '@switchyard/sdk';
import type { Selectable, Transaction } from 'kysely';
import { visibleProject } from '../shared/scope.js';
import type { CoreDb, CoreTables, SubnetTable } from '../shared/tables.js';
import type { AllocationPool, HostRoute } from './schema.js';

export type SubnetRow = Selectable<SubnetTable>;

/** The lists a subnet carries, each kept in the order given. */
export interface SubnetDetails {
  allocation_pools: AllocationPool[];
  dns_nameservers: string[];
  host_routes: HostRoute[];
}

type Executor = CoreDb | Transaction<CoreTables>;

export function selectVisibleSubnets(db: CoreDb, auth: RequestAuth) {
  const project = visibleProject(auth);
  const query = db.selectFrom('subnets').selectAll();
  return project === undefined ? query : query.where('project_id', '=', project);
}

export async function findVisibleSubnet(db: CoreDb, auth: RequestAuth, id: string): Promise<SubnetRow | undefined> {
  return selectVisibleSubnets(db, auth).where('id', '=', id).executeTakeFirst();
}

export async function findSubnet(db: Executor, id: string): Promise<SubnetRow | undefined> {
  return db.selectFrom('subnets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listNetworkSubnets(db: Executor, networkId: string): Promise<SubnetRow[]> {
  return db.selectFrom('subnets').selectAll().where('network_id', '=', networkId).orderBy('created_at').orderBy('id').execute();
}

/** Pools, nameservers and routes of many subnets in three queries, whatever the page size. */
export async function loadSubnetDetails(db: Executor, subnetIds: readonly string[]): Promise<Map<string, SubnetDetails>> {
  const details = new Map<string, SubnetDetails>(
    subnetIds.map((id) => [id, { allocation_pools: [], dns_nameservers: [], host_routes: [] }]),
  );
  if (subnetIds.length === 0) return details;
  const [pools, nameservers, routes] = await Promise.all([
    db.selectFrom('subnet_allocation_pools').selectAll().where('subnet_id', 'in', subnetIds).orderBy('position').execute(),
    db.selectFrom('subnet_dns_nameservers').selectAll().where('subnet_id', 'in', subnetIds).orderBy('position').execute(),
    db.selectFrom('subnet_host_routes').selectAll().where('subnet_id', 'in', subnetIds).orderBy('position').execute(),
  ]);
  for (const pool of pools) details.get(pool.subnet_id)?.allocation_pools.push({ start: pool.first_ip, end: pool.last_ip });
  for (const server of nameservers) details.get(server.subnet_id)?.dns_nameservers.push(server.address);
  for (const route of routes) details.get(route.subnet_id)?.host_routes.push({ destination: route.destination, nexthop: route.nexthop });
  return details;
}

/** Replaces whichever detail lists are given; absent ones are left alone. */
export async function writeSubnetDetails(db: Executor, subnetId: string, details: Partial<SubnetDetails>): Promise<void> {
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

export async function countSubnetAllocations(db: Executor, subnetId: string): Promise<number> {
  const row = await db
    .selectFrom('ip_allocations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('subnet_id', '=', subnetId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
