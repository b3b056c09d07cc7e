import { SwitchyardError } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';
import type { FixedIp } from './resource.js';
import { findPort, loadFixedIps } from './store.js';

/** Neutron's ROUTER_INTERFACE_OWNERS: they may hold a chosen address (the gateway) of an auto-address subnet. */
const ROUTER_INTERFACE_OWNERS: ReadonlySet<string> = new Set([
  'network:router_interface',
  'network:ha_router_replicated_interface',
  'network:router_interface_distributed',
]);

/** Neutron's ROUTER_INTERFACE_OWNERS_SNAT: router ports, which take no automatic address (they announce the prefix). */
export const ROUTER_PORT_OWNERS: readonly string[] = [...ROUTER_INTERFACE_OWNERS, 'network:router_centralized_snat'];

/** Whether a port with this owner gets the EUI-64 address of every auto-address subnet of its network. */
export function takesAutoAddresses(deviceOwner: string): boolean {
  return !ROUTER_PORT_OWNERS.includes(deviceOwner);
}

/** Whether a port with this owner may take an address from an auto-address subnet's pools or name one (a router's gateway). */
export function choosesOnAutoAddressSubnets(deviceOwner: string): boolean {
  return ROUTER_INTERFACE_OWNERS.has(deviceOwner);
}

/** Neutron's AllocationOnAutoAddressSubnet (400): the address is the port's EUI-64 one, never a chosen one. */
export function allocationOnAutoAddressSubnet(ipAddress: string, subnetId: string): SwitchyardError {
  return new SwitchyardError(
    'SY_ERR_INVALID_INPUT',
    `IPv6 address ${ipAddress} cannot be directly assigned to a port on subnet ${subnetId} as the subnet is configured for automatic addresses. ` +
      'Leave ip_address out: the port gets the EUI-64 address of its MAC on that subnet.',
    { type: 'AllocationOnAutoAddressSubnet' },
  );
}

/** What an address choice needs to know of the port: its MAC, its owner and (on an update) the addresses it holds. */
export interface AddressedPort {
  macAddress: string;
  deviceOwner: string;
  /** Addresses the port holds already; it keeps them even on an auto-address subnet (Neutron leaves them unchanged). */
  held: readonly FixedIp[];
}

/** The stored port as an address choice sees it; read after the port is locked, before its addresses are released. */
export async function loadAddressedPort(db: CoreDb, portId: string): Promise<AddressedPort> {
  const [row, fixedIps] = await Promise.all([findPort(db, portId), loadFixedIps(db, [portId])]);
  return { macAddress: row?.mac_address ?? '', deviceOwner: row?.device_owner ?? '', held: fixedIps.get(portId) ?? [] };
}
