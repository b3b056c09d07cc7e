import { type QueryFilter, type StoredRow, invalidInput, rowsForIds, tableStore } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';
import { type FixedIp, portResource } from './resource.js';

export async function insertPort(db: CoreDb, row: StoredRow): Promise<void> {
  await tableStore(db, portResource).insert(row);
}

export async function updatePort(db: CoreDb, id: string, columns: StoredRow): Promise<void> {
  await tableStore(db, portResource).update(id, columns);
}

/** Unscoped: for plugins (through core-resources) and for checks across projects. */
export async function findPort(db: CoreDb, id: string) {
  return db.selectFrom('ports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isMacAddressTaken(db: CoreDb, macAddress: string): Promise<boolean> {
  return (await db.selectFrom('ports').select('id').where('mac_address', '=', macAddress).executeTakeFirst()) !== undefined;
}

/** Fixed IPs of many ports in one query: IPv4 first, then by address, as clients expect. */
export async function loadFixedIps(db: CoreDb, portIds: readonly string[]): Promise<Map<string, FixedIp[]>> {
  const byPort = new Map<string, FixedIp[]>(portIds.map((id) => [id, []]));
  if (portIds.length === 0) return byPort;
  const rows = await rowsForIds(portIds, (slice) => db.selectFrom('ip_allocations').select(['port_id', 'subnet_id', 'ip_address']).where('port_id', 'in', slice).execute());
  rows.sort((left, right) => addressOrder(left.ip_address) - addressOrder(right.ip_address) || left.ip_address.localeCompare(right.ip_address));
  for (const row of rows) byPort.get(row.port_id)?.push({ subnet_id: row.subnet_id, ip_address: row.ip_address });
  return byPort;
}

function addressOrder(address: string): number {
  return address.includes(':') ? 1 : 0;
}

/** Addresses already handed out on a subnet (to any port). */
export async function listTakenAddresses(db: CoreDb, subnetId: string): Promise<string[]> {
  const rows = await db.selectFrom('ip_allocations').select('ip_address').where('subnet_id', '=', subnetId).execute();
  return rows.map((row) => row.ip_address);
}

export async function releaseAddresses(db: CoreDb, portId: string): Promise<void> {
  await db.deleteFrom('ip_allocations').where('port_id', '=', portId).execute();
}

/** Replaces the port's addresses with `fixedIps`. */
export async function replaceAllocations(db: CoreDb, port: { id: string; network_id: string }, fixedIps: readonly FixedIp[]): Promise<void> {
  await releaseAddresses(db, port.id);
  if (fixedIps.length === 0) return;
  await db
    .insertInto('ip_allocations')
    .values(fixedIps.map((address) => ({ port_id: port.id, network_id: port.network_id, ...address })))
    .execute();
}

/** Deletes a port and releases its addresses; false when the port was already gone. */
export async function deletePortRow(db: CoreDb, id: string): Promise<boolean> {
  await releaseAddresses(db, id);
  const result = await db.deleteFrom('ports').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Makes an unbound port an interface of the router; false when it is bound meanwhile (only a
 * still-unbound port is taken, so two routers racing for it cannot both win).
 */
export async function bindPortToRouter(
  db: CoreDb,
  portId: string,
  binding: { device_id: string; device_owner: string; status: string; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('ports')
    .set(binding)
    .where('id', '=', portId)
    .where('device_id', '=', '')
    .where('device_owner', '=', '')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The keys of Neutron's `fixed_ips=<key>=<value>` list filter. */
const FIXED_IP_KEYS = ['ip_address', 'subnet_id', 'ip_address_substr'] as const;
type FixedIpKey = (typeof FIXED_IP_KEYS)[number];

/**
 * `?fixed_ips=ip_address=10.0.0.5&fixed_ips=subnet_id=<id>`: ports holding one address that
 * matches every key given, each key matching any of its values (as neutron-server reads it).
 */
export const fixedIpsFilter: QueryFilter = (query, values) => {
  const wanted = parseFixedIpFilters(values);
  return query.where((where) => {
    let matching = where.selectFrom('ip_allocations').select('port_id');
    if (wanted.ip_address.length > 0) matching = matching.where('ip_address', 'in', wanted.ip_address);
    if (wanted.subnet_id.length > 0) matching = matching.where('subnet_id', 'in', wanted.subnet_id);
    for (const text of wanted.ip_address_substr) matching = matching.where('ip_address', 'like', `%${text}%`);
    return where('id', 'in', matching);
  });
};

function parseFixedIpFilters(values: readonly string[]): Record<FixedIpKey, string[]> {
  const wanted: Record<FixedIpKey, string[]> = { ip_address: [], subnet_id: [], ip_address_substr: [] };
  for (const value of values) {
    const separator = value.indexOf('=');
    const key = value.slice(0, separator);
    if (separator < 1 || !(FIXED_IP_KEYS as readonly string[]).includes(key)) {
      throw invalidInput(`Invalid fixed_ips filter ${JSON.stringify(value)}: use ${FIXED_IP_KEYS.map((name) => `${name}=<value>`).join(', ')}.`);
    }
    const text = value.slice(separator + 1);
    // Only address characters: a substring is then never a LIKE pattern (% or _) on any database.
    if (key === 'ip_address_substr' && !/^[0-9a-fA-F.:]+$/.test(text)) {
      throw invalidInput(`Invalid fixed_ips filter ${JSON.stringify(value)}: ip_address_substr takes digits, hex letters, dots and colons.`);
    }
    wanted[key as FixedIpKey].push(text);
  }
  return wanted;
}
