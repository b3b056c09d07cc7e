import {
  type CheckedCreateInput,
  type ResourceOf,
  type Static,
  type UpdateInput,
  TAG_FILTERS,
  attribute,
  defineResource,
  enumOf,
  nullable,
  revisionAttributes,
  standardAttributes,
  tagsAttribute,
  timestampAttributes,
  Type,
} from '@switchyard/sdk';

const text = (description: string) => Type.String({ minLength: 1, maxLength: 64, description });

const allocationPool = Type.Object({ start: Type.String(), end: Type.String() });
const hostRoute = Type.Object({ destination: Type.String(), nexthop: Type.String() });
const ipv6Mode = nullable(
  enumOf(['slaac', 'dhcpv6-stateful', 'dhcpv6-stateless'], {
    description:
      'IPv6 subnets only; when both modes are set they must be equal. slaac and dhcpv6-stateless (in either) need a /64 cidr ' +
      'and give every port but a router interface the EUI-64 address of its MAC.',
  }),
);

const subnetAttributes = {
  ...standardAttributes(),
  network_id: attribute(Type.String(), { create: 'required', input: Type.String({ minLength: 1, maxLength: 255 }), reference: { resource: 'network' } }),
  ip_version: attribute(enumOf([4, 6]), { create: 'required' }),
  cidr: attribute(Type.String(), { create: 'required', input: text('The subnet range, e.g. 10.0.0.0/24 or 2001:db8::/64; host bits must be zero.') }),
  gateway_ip: attribute(nullable(Type.String({ description: 'Defaults to the first host address; null for no gateway.' })), { create: true, update: true }),
  // The lists live in tables of their own, in the order given (see subnets/store.ts).
  allocation_pools: attribute(Type.Array(allocationPool), {
    create: true,
    update: true,
    column: false,
    input: Type.Array(Type.Object({ start: text('First address of the pool.'), end: text('Last address of the pool.') }, { additionalProperties: false }), {
      description: 'Ranges addresses are allocated from; defaults to the whole subnet minus network, broadcast and gateway.',
    }),
  }),
  enable_dhcp: attribute(Type.Boolean(), { create: true, update: true, default: true }),
  dns_nameservers: attribute(Type.Array(Type.String()), { create: true, update: true, column: false, input: Type.Array(text('A nameserver address.')) }),
  host_routes: attribute(Type.Array(hostRoute), {
    create: true,
    update: true,
    column: false,
    input: Type.Array(Type.Object({ destination: text('A destination cidr.'), nexthop: text('The next hop address.') }, { additionalProperties: false })),
  }),
  ipv6_ra_mode: attribute(ipv6Mode, { create: true, default: null }),
  ipv6_address_mode: attribute(ipv6Mode, { create: true, default: null }),
  tags: tagsAttribute,
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/** `/v2.0/subnets`: an address range of a network, with the pools its ports take addresses from. */
export const subnetResource = defineResource({
  resource: 'subnet',
  collection: 'subnets',
  path: '/v2.0/subnets',
  table: 'subnets',
  attributes: subnetAttributes,
  queryFilters: TAG_FILTERS,
});

export type SubnetAttributes = typeof subnetAttributes;
/** A subnet as the API shows it. */
export type Subnet = ResourceOf<SubnetAttributes>;
export type SubnetCreation = CheckedCreateInput<SubnetAttributes>;
export type SubnetChanges = UpdateInput<SubnetAttributes>;
export type AllocationPool = Static<typeof allocationPool>;
export type HostRoute = Static<typeof hostRoute>;
/** The lists a subnet carries, each kept in the order given. */
export type SubnetDetails = Pick<Subnet, 'allocation_pools' | 'dns_nameservers' | 'host_routes'>;
