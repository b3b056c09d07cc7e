import { type CliCommand, type CliContext, addResourceCommands, descriptionOption, nameOption, parseBoolean, repeatable } from '@switchyard/sdk';
import { firewallResource, sharedOption } from './firewall-resource.js';

export const policyResource = firewallResource({
  name: 'policy',
  resource: 'firewall_policy',
  collection: 'firewall_policies',
  path: '/v2.0/fwaas/firewall_policies',
  columns: ['id', 'name', 'firewall_rules', 'audited'],
  options: [
    nameOption,
    descriptionOption,
    { flags: '--rule <id>', attribute: 'firewall_rules', description: 'A rule, in order; repeatable (firewall_rules)', parse: repeatable() },
    { flags: '--audited <true|false>', attribute: 'audited', description: 'Mark the policy audited', parse: parseBoolean },
    sharedOption('policy'),
  ],
});

/** CRUD plus `insert-rule` and `remove-rule`, which edit the rule order in place. */
export function registerPolicyCommands(firewall: CliCommand, context: CliContext): void {
  const policy = addResourceCommands(firewall, policyResource, context);
  const actionPath = (id: string, action: string) => `${policyResource.path}/${encodeURIComponent(id)}/${action}`;
  // Both actions answer with the bare policy, as neutron-fwaas does.
  const bare = { resource: 'firewall_policy', enveloped: false };
  policy
    .command('insert-rule <policy>')
    .description('Insert a rule into a policy (at the top unless --before or --after)')
    .requiredOption('--rule <id>', 'The rule to insert')
    .option('--before <id>', 'Insert before this rule of the policy')
    .option('--after <id>', 'Insert after this rule of the policy (--before wins when both are given)')
    .action(async (id: string, options: { rule: string; before?: string; after?: string }) => {
      const body = { firewall_rule_id: options.rule, insert_before: options.before, insert_after: options.after };
      context.print(await context.request('PUT', actionPath(id, 'insert_rule'), body), bare);
    });
  policy
    .command('remove-rule <policy>')
    .description('Remove a rule from a policy')
    .requiredOption('--rule <id>', 'The rule to remove')
    .action(async (id: string, options: { rule: string }) => {
      context.print(await context.request('PUT', actionPath(id, 'remove_rule'), { firewall_rule_id: options.rule }), bare);
    });
}
