import type { CliCommand, CliContext } from '@switchyard/sdk';
import { boolean, choice, integer, nullable } from './parse-options.js';
import { type FirewallResource, registerResourceCommands } from './resource-commands.js';

export const ruleResource: FirewallResource = {
  name: 'rule',
  label: 'firewall rule',
  resource: 'firewall_rule',
  collection: 'firewall_rules',
  path: '/v2.0/fwaas/firewall_rules',
  columns: ['id', 'name', 'protocol', 'source_ip_address', 'destination_ip_address', 'destination_port', 'action', 'enabled'],
  options: [
    { flags: '--name <name>', attribute: 'name', description: 'Name' },
    { flags: '--description <text>', attribute: 'description', description: 'Description' },
    {
      flags: '--protocol <tcp|udp|icmp|any>',
      attribute: 'protocol',
      description: 'Protocol to match (any: every protocol)',
      parse: choice('--protocol', ['tcp', 'udp', 'icmp', 'any']),
    },
    { flags: '--ip-version <4|6>', attribute: 'ip_version', description: 'IP version (default 4)', parse: integer('--ip-version', 4, 6) },
    { flags: '--source-ip <address|cidr|none>', attribute: 'source_ip_address', description: 'Source address or CIDR', parse: nullable },
    {
      flags: '--destination-ip <address|cidr|none>',
      attribute: 'destination_ip_address',
      description: 'Destination address or CIDR',
      parse: nullable,
    },
    { flags: '--source-port <N|N:M|none>', attribute: 'source_port', description: 'Source port or range (tcp/udp)', parse: nullable },
    {
      flags: '--destination-port <N|N:M|none>',
      attribute: 'destination_port',
      description: 'Destination port or range (tcp/udp)',
      parse: nullable,
    },
    {
      flags: '--action <allow|deny|reject>',
      attribute: 'action',
      description: 'What a match does (default deny)',
      parse: choice('--action', ['allow', 'deny', 'reject']),
    },
    { flags: '--enabled <true|false>', attribute: 'enabled', description: 'Whether the rule is used (default true)', parse: boolean('--enabled') },
  ],
};

export function registerRuleCommands(firewall: CliCommand, context: CliContext): void {
  registerResourceCommands(firewall, ruleResource, context);
}
