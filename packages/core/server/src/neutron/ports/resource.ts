import {
  type CheckedCreateInput,
  type ResourceOf,
  type Static,
  type SwitchyardError,
  type UpdateInput,
  TAG_FILTERS,
  attribute,
  defineResource,
  invalidInput,
  revisionAttributes,
  standardAttributes,
  tagsAttribute,
  timestampAttributes,
  Type,
} from '@switchyard/sdk';

/** Ports with this owner are router interfaces; only the router API adds or removes them. */
export const ROUTER_INTERFACE_OWNER = 'network:router_interface';

const fixedIp = Type.Object({ subnet_id: Type.String(), ip_address: Type.String() });
/** A requested fixed IP: a subnet to allocate from, an exact address, or both. */
const fixedIpRequest = Type.Object(
  { subnet_id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })), ip_address: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
  { minProperties: 1, additionalProperties: false },
);

/** Neutron's answer to a fixed IP on a subnet that is not on the port's network (or not the caller's to use). */
export function invalidFixedIpSubnet(networkId: string, subnetId: string): SwitchyardError {
  return invalidInput(`Failed to create port on network ${networkId}, because fixed_ips included invalid subnet ${subnetId}.`);
}

const portAttributes = {
  ...standardAttributes(),
  network_id: attribute(Type.String(), { create: 'required', input: Type.String({ minLength: 1, maxLength: 255 }), reference: { resource: 'network' } }),
  mac_address: attribute(Type.String(), {
    create: true,
    input: Type.String({ pattern: '^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$', description: 'Generated (fa:16:3e:xx:xx:xx) when not given.' }),
  }),
  admin_state_up: attribute(Type.Boolean({ description: 'The administrative state (up is true).' }), { create: true, update: true, default: true }),
  // No agent binds ports here; a port is DOWN until something reports it up (router interfaces are ACTIVE).
  status: attribute(Type.String(), { default: 'DOWN' }),
  device_id: attribute(Type.String({ maxLength: 255, description: 'The device using the port (a server or router id).' }), {
    create: true,
    update: true,
    default: '',
  }),
  device_owner: attribute(Type.String({ maxLength: 255, description: 'The kind of device, e.g. compute:nova or network:router_interface.' }), {
    create: true,
    update: true,
    default: '',
  }),
  // Kept in ip_allocations, whose primary key hands out an address at most once per subnet.
  fixed_ips: attribute(Type.Array(fixedIp), {
    create: true,
    update: true,
    column: false,
    input: Type.Array(fixedIpRequest, {
      description:
        'Addresses of the port; by default one from an IPv4 subnet and one from each IPv6 subnet of the network. On a SLAAC or ' +
        'DHCPv6-stateless subnet every port but a router interface gets the EUI-64 address of its MAC, whatever it asks for, and may name no other.',
    }),
    reference: {
      resource: 'subnet',
      at: 'subnet_id',
      missing: (subnetId: string, port: Readonly<Record<string, unknown>>) => invalidFixedIpSubnet(String(port.network_id), subnetId),
    },
  }),
  tags: tagsAttribute,
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/** `/v2.0/ports`: a network attachment with its MAC and fixed IPs. */
export const portResource = defineResource({
  resource: 'port',
  collection: 'ports',
  path: '/v2.0/ports',
  table: 'ports',
  attributes: portAttributes,
  queryFilters: {
    ...TAG_FILTERS,
    fixed_ips: 'Only ports with a fixed IP matching every one of these: ip_address=<address>, subnet_id=<id>, ip_address_substr=<text> (Neutron\'s fixed_ips filter).',
  },
});

export type PortAttributes = typeof portAttributes;
/** A port as the API shows it. */
export type Port = ResourceOf<PortAttributes>;
export type PortCreation = CheckedCreateInput<PortAttributes>;
export type PortChanges = UpdateInput<PortAttributes>;
export type FixedIp = Static<typeof fixedIp>;
export type FixedIpRequest = Static<typeof fixedIpRequest>;
