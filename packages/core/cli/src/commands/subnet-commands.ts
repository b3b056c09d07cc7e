import {
  type CliAttributeOption,
  type CliResource,
  descriptionOption,
  nameOption,
  parseBoolean,
  parseInteger,
  parseKeyValues,
  parseNullable,
  repeatable,
} from '@switchyard/sdk';
import { projectOption } from './common-options.js';

const writable: CliAttributeOption[] = [
  nameOption,
  descriptionOption,
  { flags: '--gateway <ip|none>', attribute: 'gateway_ip', description: 'Gateway address (gateway_ip); none for no gateway', parse: parseNullable },
  { flags: '--enable-dhcp <true|false>', attribute: 'enable_dhcp', description: 'Whether DHCP is enabled', parse: parseBoolean },
  { flags: '--dns-nameserver <ip>', attribute: 'dns_nameservers', description: 'A DNS server, repeatable (dns_nameservers)', parse: repeatable() },
  {
    flags: '--allocation-pool <start=ip,end=ip>',
    attribute: 'allocation_pools',
    description: 'An address range to allocate from, repeatable (allocation_pools)',
    parse: repeatable(parseKeyValues(['start', 'end'])),
  },
];

export const subnetSpec: CliResource = {
  name: 'subnet',
  resource: 'subnet',
  collection: 'subnets',
  path: '/v2.0/subnets',
  columns: ['id', 'name', 'network_id', 'cidr', 'gateway_ip'],
  create: [
    { flags: '--network <id>', attribute: 'network_id', description: 'Network of the subnet (network_id)', required: true },
    { flags: '--cidr <cidr>', attribute: 'cidr', description: 'Address range, e.g. 10.0.0.0/24', required: true },
    { flags: '--ip-version <4|6>', attribute: 'ip_version', description: 'IP version', parse: parseInteger, defaultValue: 4 },
    ...writable,
    { flags: '--ipv6-ra-mode <mode>', attribute: 'ipv6_ra_mode', description: 'slaac, dhcpv6-stateful or dhcpv6-stateless' },
    { flags: '--ipv6-address-mode <mode>', attribute: 'ipv6_address_mode', description: 'slaac, dhcpv6-stateful or dhcpv6-stateless' },
    projectOption,
  ],
  update: writable,
};
