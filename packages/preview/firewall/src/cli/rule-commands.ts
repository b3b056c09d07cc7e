import { type CliCommand, type CliContext, addResourceCommands, descriptionOption, nameOption, parseBoolean, parseIntegerBetween, parseNullable, parseOneOf } from '@switchyard/sdk';
import { firewallResource, sharedOption } from './firewall-resource.js';

export const ruleResource = firewallResource({
  name: 'rule',
  resource: 'firewall_rule',
  collection: 'firewall_rules',
  path: '/v2.0/fwaas/firewall_rules',
  columns: ['id', 'name', 'protocol', 'source_ip_address', 'destination_ip_address', 'destination_port', 'action', 'enabled'],
  options: [
    nameOption,
    descriptionOption,
    {
      flags: '--protocol <tcp|udp|icmp|any>',
      attribute: 'protocol',
      description: 'Protocol to match (any: every protocol)',
      parse: parseOneOf(['tcp', 'udp', 'icmp', 'any']),
    },
    { flags: '--ip-version <4|6>', attribute: 'ip_version', description: 'IP version (default 4)', parse: parseIntegerBetween(4, 6) },
    { flags: '--source-ip <address|cidr|none>', attribute: 'source_ip_address', description: 'Source address or CIDR', parse: parseNullable },
    {
      flags: '--destination-ip <address|cidr|none>',
      attribute: 'destination_ip_address',
      description: 'Destination address or CIDR',
      parse: parseNullable,
    },
    { flags: '--source-port <N|N:M|none>', attribute: 'source_port', description: 'Source port or range (tcp/udp)', parse: parseNullable },
    {
      flags: '--destination-port <N|N:M|none>',
      attribute: 'destination_port',
      description: 'Destination port or range (tcp/udp)',
      parse: parseNullable,
    },
    {
      flags: '--action <allow|deny|reject>',
      attribute: 'action',
      description: 'What a match does (default deny)',
      parse: parseOneOf(['allow', 'deny', 'reject']),
    },
    {
      flags: '--source-group <id|none>',
      attribute: 'source_firewall_group_id',
      description: "Remote firewall group: match sources among its ports' addresses (instead of --source-ip)",
      parse: parseNullable,
    },
    {
      flags: '--destination-group <id|none>',
      attribute: 'destination_firewall_group_id',
      description: "Remote firewall group: match destinations among its ports' addresses (instead of --destination-ip)",
      parse: parseNullable,
    },
    { flags: '--enabled <true|false>', attribute: 'enabled', description: 'Whether the rule is used (default true)', parse: parseBoolean },
    sharedOption('rule'),
  ],
});

export function registerRuleCommands(firewall: CliCommand, context: CliContext): void {
  addResourceCommands(firewall, ruleResource, context);
}
