import type { Generated, Kysely } from 'kysely';

/** Booleans are stored as 0/1 integers on every dialect: the kit's `tableStore` writes them so, `presentRows` reads them back. */
type Flag = number;

// Generated<...>: columns added by 0005-standard-attributes have database defaults, so inserts may leave them out.

export interface NetworkTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  admin_state_up: Flag;
  status: string;
  shared: Flag;
  mtu: number;
  router_external: Generated<Flag>;
  revision_number: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SubnetTable {
  id: string;
  project_id: string;
  network_id: string;
  name: string;
  description: string;
  ip_version: number;
  cidr: string;
  gateway_ip: string | null;
  enable_dhcp: Flag;
  ipv6_ra_mode: string | null;
  ipv6_address_mode: string | null;
  revision_number: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AllocationPoolTable {
  subnet_id: string;
  position: number;
  first_ip: string;
  last_ip: string;
}

export interface DnsNameserverTable {
  subnet_id: string;
  position: number;
  address: string;
}

export interface HostRouteTable {
  subnet_id: string;
  position: number;
  destination: string;
  nexthop: string;
}

export interface PortTable {
  id: string;
  project_id: string;
  network_id: string;
  name: string;
  description: string;
  mac_address: string;
  admin_state_up: Flag;
  status: string;
  device_id: string;
  device_owner: string;
  revision_number: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface IpAllocationTable {
  port_id: string;
  subnet_id: string;
  network_id: string;
  ip_address: string;
}

export interface RouterTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  admin_state_up: Flag;
  status: string;
  revision_number: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** network_tags, subnet_tags, port_tags, router_tags: one row per tag of a resource. */
export interface TagTable {
  resource_id: string;
  tag: string;
}

export interface QuotaTable {
  project_id: string;
  resource: string;
  quota_limit: number;
}

export interface CoreTables {
  networks: NetworkTable;
  subnets: SubnetTable;
  subnet_allocation_pools: AllocationPoolTable;
  subnet_dns_nameservers: DnsNameserverTable;
  subnet_host_routes: HostRouteTable;
  ports: PortTable;
  ip_allocations: IpAllocationTable;
  routers: RouterTable;
  network_tags: TagTable;
  subnet_tags: TagTable;
  port_tags: TagTable;
  router_tags: TagTable;
  quotas: QuotaTable;
}

export type CoreDb = Kysely<CoreTables>;
