import { type CliCommand, type CliContext, addResourceCommands, descriptionOption, nameOption, parseBoolean, parseNullable, repeatable } from '@switchyard/sdk';
import { firewallResource, sharedOption } from './firewall-resource.js';

export const groupResource = firewallResource({
  name: 'group',
  resource: 'firewall_group',
  collection: 'firewall_groups',
  path: '/v2.0/fwaas/firewall_groups',
  columns: ['id', 'name', 'ingress_firewall_policy_id', 'egress_firewall_policy_id', 'ports', 'status'],
  options: [
    nameOption,
    descriptionOption,
    {
      flags: '--ingress-policy <id|none>',
      attribute: 'ingress_firewall_policy_id',
      description: 'Policy for traffic towards the subnet behind the port',
      parse: parseNullable,
    },
    {
      flags: '--egress-policy <id|none>',
      attribute: 'egress_firewall_policy_id',
      description: 'Policy for traffic from the subnet behind the port',
      parse: parseNullable,
    },
    {
      flags: '--port <id>',
      attribute: 'ports',
      description: 'A router interface port to enforce the group on; repeatable (on update: replaces the bindings)',
      parse: repeatable(),
    },
    { flags: '--admin-state-up <true|false>', attribute: 'admin_state_up', description: 'false denies all traffic', parse: parseBoolean },
    sharedOption('group'),
  ],
});

export function registerGroupCommands(firewall: CliCommand, context: CliContext): void {
  addResourceCommands(firewall, groupResource, context);
}
