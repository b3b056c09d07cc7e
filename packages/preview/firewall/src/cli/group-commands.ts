import type { CliCommand, CliContext } from '@switchyard/sdk';
import { boolean, nullable, repeatable } from './parse-options.js';
import { type FirewallResource, registerResourceCommands } from './resource-commands.js';

export const groupResource: FirewallResource = {
  name: 'group',
  label: 'firewall group',
  resource: 'firewall_group',
  collection: 'firewall_groups',
  path: '/v2.0/fwaas/firewall_groups',
  columns: ['id', 'name', 'ingress_firewall_policy_id', 'egress_firewall_policy_id', 'ports', 'status'],
  options: [
    { flags: '--name <name>', attribute: 'name', description: 'Name' },
    { flags: '--description <text>', attribute: 'description', description: 'Description' },
    {
      flags: '--ingress-policy <id|none>',
      attribute: 'ingress_firewall_policy_id',
      description: 'Policy for traffic towards the subnet behind the port',
      parse: nullable,
    },
    {
      flags: '--egress-policy <id|none>',
      attribute: 'egress_firewall_policy_id',
      description: 'Policy for traffic from the subnet behind the port',
      parse: nullable,
    },
    {
      flags: '--port <id>',
      attribute: 'ports',
      description: 'A router interface port to enforce the group on; repeatable (on update: replaces the bindings)',
      parse: repeatable,
    },
    { flags: '--admin-state-up <true|false>', attribute: 'admin_state_up', description: 'false denies all traffic', parse: boolean('--admin-state-up') },
  ],
};

export function registerGroupCommands(firewall: CliCommand, context: CliContext): void {
  registerResourceCommands(firewall, groupResource, context);
}
