import { type CliResource, descriptionOption, parseNullable, parseOneOf } from '@switchyard/sdk';
import { DIRECTIONS, ETHERTYPES, ruleResource } from '../resources/security-group-rule.js';

/**
 * `switchyard security-group-rule list|show|create|delete`. The kit adds `update` to every
 * resource; a rule has nothing to update (Neutron serves no PUT), so it takes no option and says so.
 */
export const ruleCommands: CliResource = {
  name: 'security-group-rule',
  label: 'security group rule',
  ...ruleResource.apiResource,
  columns: ['id', 'security_group_id', 'direction', 'ethertype', 'protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix', 'remote_group_id'],
  create: [
    { flags: '--security-group <id>', attribute: 'security_group_id', description: 'The group the rule belongs to', required: true },
    { flags: '--direction <ingress|egress>', attribute: 'direction', description: 'ingress: traffic to the port; egress: from it', parse: parseOneOf(DIRECTIONS), required: true },
    { flags: '--ethertype <IPv4|IPv6>', attribute: 'ethertype', description: 'IP version (default IPv4)', parse: parseOneOf(ETHERTYPES) },
    { flags: '--protocol <name|number|none>', attribute: 'protocol', description: 'tcp, udp, icmp, ipv6-icmp, ... or 0-255 (default any)', parse: parseNullable },
    { flags: '--port-range-min <port>', attribute: 'port_range_min', description: 'Lowest port (the ICMP type for ICMP)', parse: parsePort },
    { flags: '--port-range-max <port>', attribute: 'port_range_max', description: 'Highest port (the ICMP code for ICMP)', parse: parsePort },
    { flags: '--remote-ip-prefix <cidr>', attribute: 'remote_ip_prefix', description: 'Remote addresses the rule matches (excludes --remote-group)' },
    { flags: '--remote-group <id>', attribute: 'remote_group_id', description: 'Remote group whose members the rule matches (excludes --remote-ip-prefix)' },
    { flags: '--remote-address-group <id>', attribute: 'remote_address_group_id', description: 'Address group whose CIDRs the rule matches (excludes the other remotes)' },
    descriptionOption,
  ],
  update: [],
  help: { update: 'Not available: a rule cannot change; delete it and create another' },
};

/** Digits go to the server as a number, which answers out-of-range ports with Neutron's error. */
function parsePort(value: string): number | string {
  return /^\d{1,5}$/.test(value) ? Number(value) : value;
}
