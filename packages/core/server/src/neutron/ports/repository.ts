import type { RequestAuth } from '@switchyard/sdk';
import type { Selectable, Transaction } from 'kysely';
import { visibleProject } from '../shared/scope.js';
import type { CoreDb, CoreTables, PortTable } from '../shared/tables.js';
import type { FixedIp } from './schema.js';

export type PortRow = Selectable<PortTable>;
export type Executor = CoreDb | Transaction<CoreTables>;

export function selectVisiblePorts(db: Executor, auth: RequestAuth) {
  const project = visibleProject(auth);
  const query = db.selectFrom('ports').selectAll();
  return project === undefined ? query : query.where('project_id', '=', project);
}

export async function findVisiblePort(db: Executor, auth: RequestAuth, id: string): Promise<PortRow | undefined> {
  return selectVisiblePorts(db, auth).where('id', '=', id).executeTakeFirst();
}

export async function findPort(db: Executor, id: string): Promise<PortRow | undefined> {
  return db.selectFrom('ports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Fixed IPs of many ports in one query: IPv4 first, then by address, as clients expect. */
export async function loadFixedIps(db: Executor, portIds: readonly string[]): Promise<Map<string, FixedIp[]>> {
  const byPort = new Map<string, FixedIp[]>(portIds.map((id) => [id, []]));
  if (portIds.length === 0) return byPort;
  const rows = await db.selectFrom('ip_allocations').select(['port_id', 'subnet_id', 'ip_address']).where('port_id', 'in', portIds).execute();
  rows.sort((left, right) => addressOrder(left.ip_address) - addressOrder(right.ip_address) || left.ip_address.localeCompare(right.ip_address));
  for (const row of rows) byPort.get(row.port_id)?.push({ subnet_id: row.subnet_id, ip_address: row.ip_address });
  return byPort;
}

function addressOrder(address: string): number {
  return address.includes(':') ? 1 : 0;
}

/** Addresses already handed out on a subnet (to any port). */
export async function listTakenAddresses(db: Executor, subnetId: string): Promise<string[]> {
  const rows = await db.selectFrom('ip_allocations').select('ip_address').where('subnet_id', '=', subnetId).execute();
  return rows.map((row) => row.ip_address);
}

export async function replaceAllocations(db: Executor, port: { id: string; network_id: string }, fixedIps: readonly FixedIp[]): Promise<void> {
  await db.deleteFrom('ip_allocations').where('port_id', '=', port.id).execute();
  if (fixedIps.length === 0) return;
  await db
    .insertInto('ip_allocations')
    .values(fixedIps.map((fixedIp) => ({ port_id: port.id, network_id: port.network_id, ...fixedIp })))
    .execute();
}

/** Deletes a port and releases its addresses; false when the port was already gone. */
export async function deletePortRow(db: Executor, id: string): Promise<boolean> {
  await db.deleteFrom('ip_allocations').where('port_id', '=', id).execute();
  const result = await db.deleteFrom('ports').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
