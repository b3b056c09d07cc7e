import { touchedColumns } from '@switchyard/sdk';
import { sql } from 'kysely';
import { formatIp, parseCidr } from '../ipam/address.js';
import { eui64Address } from '../ipam/eui64.js';
import { ROUTER_PORT_OWNERS } from '../ports/auto-addresses.js';
import { portResource } from '../ports/resource.js';
import type { CoreDb } from '../shared/tables.js';

/** Rows per INSERT, well below either database's limit on bound parameters. */
const INSERT_BATCH = 500;

/**
 * Locks the ports of the network that take automatic addresses (a no-op update, as `lockRow`), so
 * that none is deleted or readdressed while a new auto-address subnet gives them an address. Run it
 * before the network's lock: the lock order is port, network.
 */
export async function lockAutoAddressedPorts(db: CoreDb, networkId: string): Promise<void> {
  await autoAddressedPorts(db, networkId).set({ updated_at: sql<string>`updated_at` }).execute();
}

/**
 * Gives every port of the network but a router's the EUI-64 address of its MAC on the new
 * auto-address subnet, as Neutron does when such a subnet is added (`add_auto_addrs_on_network_ports`).
 * Run it in the transaction that stores the subnet, with the network locked: no port can be added
 * meanwhile, and the ports' own locks (taken here again for any added since `lockAutoAddressedPorts`)
 * keep them from being deleted. Each port's revision goes up, as its fixed_ips changed.
 */
export async function addAutoAddressesToNetworkPorts(db: CoreDb, subnet: { id: string; network_id: string; cidr: string }): Promise<void> {
  await autoAddressedPorts(db, subnet.network_id).set(touchedColumns(portResource)).execute();
  const ports = await db
    .selectFrom('ports')
    .select(['id', 'mac_address'])
    .where('network_id', '=', subnet.network_id)
    .where('device_owner', 'not in', ROUTER_PORT_OWNERS)
    .execute();
  const prefix = parseCidr(subnet.cidr);
  const allocations = ports.map((port) => ({
    port_id: port.id,
    subnet_id: subnet.id,
    network_id: subnet.network_id,
    ip_address: formatIp(6, eui64Address(prefix, port.mac_address)),
  }));
  for (let start = 0; start < allocations.length; start += INSERT_BATCH) {
    await db.insertInto('ip_allocations').values(allocations.slice(start, start + INSERT_BATCH)).execute();
  }
}

/**
 * Releases the automatic addresses of the subnet, which is being deleted: what Neutron's
 * `_remove_subnet_ip_allocations_from_ports` does for an auto-address subnet. Router ports keep
 * theirs (and so keep the subnet in use). Run it as `addAutoAddressesToNetworkPorts`.
 */
export async function releaseAutoAddresses(db: CoreDb, subnet: { id: string; network_id: string }): Promise<void> {
  const holders = db.selectFrom('ip_allocations').select('port_id').where('subnet_id', '=', subnet.id);
  await autoAddressedPorts(db, subnet.network_id).where('id', 'in', holders).set(touchedColumns(portResource)).execute();
  await db
    .deleteFrom('ip_allocations')
    .where('subnet_id', '=', subnet.id)
    .where('port_id', 'in', db.selectFrom('ports').select('id').where('network_id', '=', subnet.network_id).where('device_owner', 'not in', ROUTER_PORT_OWNERS))
    .execute();
}

function autoAddressedPorts(db: CoreDb, networkId: string) {
  return db.updateTable('ports').where('network_id', '=', networkId).where('device_owner', 'not in', ROUTER_PORT_OWNERS);
}
