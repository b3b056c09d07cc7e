import { type ResourceStore, type ServicePlugin, registerMemberAction } from '@switchyard/sdk';
import { type RuleInsertion, type RuleRemoval, insertRuleBody, policyResource, removeRuleBody } from '../resources/firewall-policy.js';
import { insertRuleIntoPolicy, removeRuleFromPolicy } from '../service/policy-rules-service.js';
import type { FirewallServices } from '../service/service-context.js';

type FirewallApp = Parameters<ServicePlugin['routes']>[0];

/** `PUT .../firewall_policies/{id}/insert_rule` and `remove_rule`, answering with the bare policy. */
export function registerPolicyRuleActions(app: FirewallApp, services: FirewallServices, store: ResourceStore): void {
  const common = { db: services.db, store, response: policyResource.schemas.item, references: { firewall_rule_id: { resource: 'firewall_rule' } } };
  registerMemberAction<RuleInsertion>(app, policyResource, {
    ...common,
    action: 'insert_rule',
    summary: 'Insert a rule into a firewall policy',
    body: insertRuleBody,
    handler: (operation, row, body) => insertRuleIntoPolicy(services, operation, row, body),
  });
  registerMemberAction<RuleRemoval>(app, policyResource, {
    ...common,
    action: 'remove_rule',
    summary: 'Remove a rule from a firewall policy',
    body: removeRuleBody,
    handler: (operation, row, body) => removeRuleFromPolicy(services, operation, row, body),
  });
}
