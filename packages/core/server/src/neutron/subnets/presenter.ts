import { isSet } from '../shared/integer-booleans.js';
import type { CoreDb } from '../shared/tables.js';
import { type SubnetDetails, type SubnetRow, loadSubnetDetails } from './repository.js';
import type { Ipv6Mode, Subnet } from './schema.js';

export async function presentSubnets(db: CoreDb, rows: readonly SubnetRow[]): Promise<Subnet[]> {
  const details = await loadSubnetDetails(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentSubnet(row, details.get(row.id) ?? { allocation_pools: [], dns_nameservers: [], host_routes: [] }));
}

export function presentSubnet(row: SubnetRow, details: SubnetDetails): Subnet {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    tenant_id: row.project_id,
    network_id: row.network_id,
    ip_version: row.ip_version,
    cidr: row.cidr,
    gateway_ip: row.gateway_ip,
    allocation_pools: details.allocation_pools,
    enable_dhcp: isSet(row.enable_dhcp),
    dns_nameservers: details.dns_nameservers,
    host_routes: details.host_routes,
    ipv6_ra_mode: row.ipv6_ra_mode as Ipv6Mode | null,
    ipv6_address_mode: row.ipv6_address_mode as Ipv6Mode | null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
