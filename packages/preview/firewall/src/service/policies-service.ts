import { type ResourceService, type StoredRow, newRow, presentRows, storedColumns } from '@switchyard/sdk';
import { policyInUse, tooManyRules } from '../errors.js';
import { type FirewallPolicy, type PolicyAttributes, type PolicyChanges, type PolicyCreation, policyResource } from '../resources/firewall-policy.js';
import { checkNoDuplicateRules } from '../domain/policy-rule-order.js';
import { groupsUsingPolicy, insertPolicy, ruleIdsOfPolicies, updatePolicy } from '../store/policies-store.js';
import { refuseOtherProjects } from './project-checks.js';
import { type FirewallServices, onDatabaseOf } from './service-context.js';

/** What the kit calls for firewall policies beyond plain rows. */
export function policyService(services: FirewallServices): ResourceService<PolicyAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createPolicy(onDatabaseOf(services, operation.db), input),
    update: (_operation, row, changes) => changePolicy(services, row, changes),
    remove: async (operation, row) => {
      await refusePolicyInUse(services, String(row.id));
      await operation.store.remove(String(row.id));
    },
    present: (rows, db) => presentPolicies(onDatabaseOf(services, db), rows),
  };
}

export async function createPolicy(services: FirewallServices, input: PolicyCreation): Promise<string> {
  const row = newRow(policyResource, input);
  await checkRuleList(services, String(row.id), input.project_id, input.firewall_rules);
  await insertPolicy(services.db, row, input.firewall_rules);
  return String(row.id);
}

/** Any change un-audits the policy unless the same update sets `audited` (neutron-fwaas semantics). */
export async function changePolicy(services: FirewallServices, row: StoredRow, changes: PolicyChanges): Promise<void> {
  const id = String(row.id);
  const { firewall_rules: ruleIds, ...fields } = changes;
  if (ruleIds) await checkRuleList(services, id, String(row.project_id), ruleIds);
  await updatePolicy(services.db, id, { audited: false, ...storedColumns(policyResource, fields) }, ruleIds);
}

/** A policy lists each rule once, at most max_rules_per_policy of them, all of its own project. */
export async function checkRuleList(services: FirewallServices, policyId: string, projectId: string, ruleIds: readonly string[]): Promise<void> {
  checkNoDuplicateRules(ruleIds);
  checkRuleLimit(services, policyId, ruleIds);
  await refuseOtherProjects(services, 'firewall_rules', ruleIds, projectId);
}

export function checkRuleLimit(services: FirewallServices, policyId: string, ruleIds: readonly string[]): void {
  const limit = services.config.max_rules_per_policy;
  if (ruleIds.length > limit) throw tooManyRules(policyId, ruleIds.length, limit);
}

async function refusePolicyInUse(services: FirewallServices, id: string): Promise<void> {
  const groupIds = await groupsUsingPolicy(services.db, id);
  if (groupIds.length > 0) throw policyInUse(id, groupIds);
}

/** Rows to API resources, loading every row's rule list in one query. */
export async function presentPolicies(services: FirewallServices, rows: readonly StoredRow[]): Promise<FirewallPolicy[]> {
  const rules = await ruleIdsOfPolicies(services.db, rows.map((row) => String(row.id)));
  return presentRows(policyResource, rows, (row) => ({ firewall_rules: rules.get(String(row.id)) ?? [] }));
}
