import { type ResourceOperation, type StoredRow, notFound } from '@switchyard/sdk';
import type { FirewallPolicy, RuleInsertion, RuleRemoval } from '../resources/firewall-policy.js';
import { insertRuleInOrder, removeRuleFromOrder } from '../domain/policy-rule-order.js';
import { ruleIdsOfPolicy, updatePolicy } from '../store/policies-store.js';
import { checkRuleLimit, presentPolicies, refuseUnsharedRules } from './policies-service.js';
import { refuseOtherProjects } from './project-checks.js';
import type { FirewallServices } from './service-context.js';
import { refuseForeignChange } from './shared-checks.js';
import { type StoredFlag, isSet } from '../store/tables.js';

/** `insert_rule`: the rule goes where neutron-fwaas puts it; the policy needs a new audit. */
export async function insertRuleIntoPolicy(services: FirewallServices, operation: ResourceOperation, row: StoredRow, insertion: RuleInsertion): Promise<FirewallPolicy> {
  const id = String(row.id);
  refuseForeignChange(operation.auth, row, 'policy', 'change the rules of');
  await refuseOtherProjects(services, 'firewall_rules', [insertion.firewall_rule_id], String(row.project_id));
  if (isSet(row.shared as StoredFlag)) await refuseUnsharedRules(services, id, [insertion.firewall_rule_id]);
  const ruleIds = insertRuleInOrder(id, await ruleIdsOfPolicy(services.db, id), insertion.firewall_rule_id, insertion);
  checkRuleLimit(services, id, ruleIds);
  await updatePolicy(services.db, id, { audited: false }, ruleIds);
  return showPolicy(services, operation, id);
}

/** `remove_rule`: the rule leaves the policy (it must be in it); the policy needs a new audit. */
export async function removeRuleFromPolicy(services: FirewallServices, operation: ResourceOperation, row: StoredRow, removal: RuleRemoval): Promise<FirewallPolicy> {
  const id = String(row.id);
  refuseForeignChange(operation.auth, row, 'policy', 'change the rules of');
  const ruleIds = removeRuleFromOrder(id, await ruleIdsOfPolicy(services.db, id), removal.firewall_rule_id);
  await updatePolicy(services.db, id, { audited: false }, ruleIds);
  return showPolicy(services, operation, id);
}

/** Member actions answer with the bare policy (no envelope), like neutron-fwaas. */
async function showPolicy(services: FirewallServices, operation: ResourceOperation, id: string): Promise<FirewallPolicy> {
  const row = await operation.store.findVisible(operation.auth, id);
  // Deleted by a concurrent request since the kit found it.
  if (!row) throw notFound('firewall_policy', id);
  const [policy] = await presentPolicies(services, [row]);
  return policy;
}
