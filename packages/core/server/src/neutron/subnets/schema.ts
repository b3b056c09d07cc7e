import {
  type CollectionSpec,
  type JsonSchema,
  descriptionSchema,
  nameSchema,
  neutronCollectionAttributes,
  projectIdSchema,
  resourceEnvelope,
  responseEnvelopes,
  standardResponseAttributes,
} from '@switchyard/sdk';
import { readOnlyProperties } from '../shared/read-only.js';

export const subnetCollection: CollectionSpec = {
  resource: 'subnet',
  collection: 'subnets',
  attributes: neutronCollectionAttributes(
    {
      network_id: { column: 'network_id', type: 'string' },
      ip_version: { column: 'ip_version', type: 'integer' },
      cidr: { column: 'cidr', type: 'string' },
      gateway_ip: { column: 'gateway_ip', type: 'string' },
      enable_dhcp: { column: 'enable_dhcp', type: 'boolean' },
      ipv6_ra_mode: { column: 'ipv6_ra_mode', type: 'string' },
      ipv6_address_mode: { column: 'ipv6_address_mode', type: 'string' },
    },
    { timestamps: true },
  ),
  unqueryable: ['allocation_pools', 'dns_nameservers', 'host_routes'],
};

export interface AllocationPool {
  start: string;
  end: string;
}

export interface HostRoute {
  destination: string;
  nexthop: string;
}

export type Ipv6Mode = 'slaac' | 'dhcpv6-stateful' | 'dhcpv6-stateless';

export interface Subnet {
  id: string;
  project_id: string;
  tenant_id: string;
  name: string;
  description: string;
  network_id: string;
  ip_version: number;
  cidr: string;
  gateway_ip: string | null;
  allocation_pools: AllocationPool[];
  enable_dhcp: boolean;
  dns_nameservers: string[];
  host_routes: HostRoute[];
  ipv6_ra_mode: Ipv6Mode | null;
  ipv6_address_mode: Ipv6Mode | null;
  created_at: string;
  updated_at: string;
}

export interface SubnetChanges {
  name?: string;
  description?: string;
  gateway_ip?: string | null;
  allocation_pools?: AllocationPool[];
  enable_dhcp?: boolean;
  dns_nameservers?: string[];
  host_routes?: HostRoute[];
}

export interface NewSubnet extends SubnetChanges {
  network_id: string;
  ip_version: 4 | 6;
  cidr: string;
  ipv6_ra_mode?: Ipv6Mode | null;
  ipv6_address_mode?: Ipv6Mode | null;
  project_id?: string;
  tenant_id?: string;
}

export interface CreateSubnetBody {
  subnet: NewSubnet;
}

export interface UpdateSubnetBody {
  subnet: SubnetChanges;
}

export const SUBNET_READ_ONLY = [
  'id',
  'project_id',
  'tenant_id',
  'network_id',
  'ip_version',
  'cidr',
  'ipv6_ra_mode',
  'ipv6_address_mode',
  'created_at',
  'updated_at',
] as const;

const text = (what: string): JsonSchema => ({ type: 'string', minLength: 1, maxLength: 64, description: what });
const ipv6Mode: JsonSchema = {
  type: ['string', 'null'],
  enum: ['slaac', 'dhcpv6-stateful', 'dhcpv6-stateless', null],
  description: 'IPv6 subnets only; when both modes are set they must be equal.',
};

const writable: Record<string, JsonSchema> = {
  name: nameSchema,
  description: descriptionSchema,
  gateway_ip: { type: ['string', 'null'], description: 'Defaults to the first host address; null for no gateway.' },
  allocation_pools: {
    type: 'array',
    description: 'Ranges addresses are allocated from; defaults to the whole subnet minus network, broadcast and gateway.',
    items: {
      type: 'object',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: { start: text('First address of the pool.'), end: text('Last address of the pool.') },
    },
  },
  enable_dhcp: { type: 'boolean' },
  dns_nameservers: { type: 'array', items: text('A nameserver address.') },
  host_routes: {
    type: 'array',
    items: {
      type: 'object',
      required: ['destination', 'nexthop'],
      additionalProperties: false,
      properties: { destination: text('A destination cidr.'), nexthop: text('The next hop address.') },
    },
  },
};

export const createSubnetBody = resourceEnvelope('subnet', {
  type: 'object',
  required: ['network_id', 'ip_version', 'cidr'],
  additionalProperties: false,
  properties: {
    ...writable,
    network_id: { type: 'string', minLength: 1, maxLength: 255 },
    ip_version: { type: 'integer', enum: [4, 6] },
    cidr: text('The subnet range, e.g. 10.0.0.0/24 or 2001:db8::/64; host bits must be zero.'),
    ipv6_ra_mode: ipv6Mode,
    ipv6_address_mode: ipv6Mode,
    project_id: projectIdSchema,
    tenant_id: projectIdSchema,
  },
});

export const updateSubnetBody = resourceEnvelope('subnet', {
  type: 'object',
  additionalProperties: false,
  properties: { ...writable, ...readOnlyProperties(SUBNET_READ_ONLY) },
});

const subnetSchema: JsonSchema = {
  type: 'object',
  properties: {
    ...standardResponseAttributes,
    network_id: { type: 'string' },
    ip_version: { type: 'integer' },
    cidr: { type: 'string' },
    gateway_ip: { type: ['string', 'null'] },
    allocation_pools: {
      type: 'array',
      items: { type: 'object', properties: { start: { type: 'string' }, end: { type: 'string' } } },
    },
    enable_dhcp: { type: 'boolean' },
    dns_nameservers: { type: 'array', items: { type: 'string' } },
    host_routes: {
      type: 'array',
      items: { type: 'object', properties: { destination: { type: 'string' }, nexthop: { type: 'string' } } },
    },
    ipv6_ra_mode: { type: ['string', 'null'] },
    ipv6_address_mode: { type: ['string', 'null'] },
  },
};

export const subnetEnvelopes = responseEnvelopes('subnet', 'subnets', subnetSchema);
