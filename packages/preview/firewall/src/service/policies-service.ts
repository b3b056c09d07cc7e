import { type RequestAuth, type ResourceService, type StoredRow, newRow, presentRows, storedColumns } from '@switchyard/sdk';
import { policyInUse, policySharedBeforeRule, stillUsedWhenShared, tooManyRules, unsharedRuleInSharedPolicy } from '../errors.js';
import { type FirewallPolicy, type PolicyAttributes, type PolicyChanges, type PolicyCreation, policyResource } from '../resources/firewall-policy.js';
import { checkNoDuplicateRules } from '../domain/policy-rule-order.js';
import { groupsUsingPolicy, insertPolicy, ruleIdsOfPolicies, ruleIdsOfPolicy, updatePolicy } from '../store/policies-store.js';
import { ownersOf } from '../store/tables.js';
import { refuseOtherProjects } from './project-checks.js';
import { type FirewallServices, onDatabaseOf } from './service-context.js';
import { refuseForeignChange, refuseSharingByNonAdmin } from './shared-checks.js';

/** What the kit calls for firewall policies beyond plain rows. */
export function policyService(services: FirewallServices): ResourceService<PolicyAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createPolicy(onDatabaseOf(services, operation.db), operation.auth, input),
    update: (operation, row, changes) => changePolicy(services, operation.auth, row, changes),
    remove: async (operation, row) => {
      refuseForeignChange(operation.auth, row, 'policy', 'delete');
      await refusePolicyInUse(services, String(row.id));
      await operation.store.remove(String(row.id));
    },
    present: (rows, db) => presentPolicies(onDatabaseOf(services, db), rows),
  };
}

/** The policy as the checks need it: where it belongs and whether it is (to be) shared. */
export interface PolicyScope {
  id: string;
  projectId: string;
  shared: boolean;
}

export async function createPolicy(services: FirewallServices, auth: RequestAuth, input: PolicyCreation): Promise<string> {
  refuseSharingByNonAdmin(auth, 'policy', input.shared);
  const row = newRow(policyResource, input);
  await checkRuleList(services, { id: String(row.id), projectId: input.project_id, shared: input.shared }, input.firewall_rules);
  await insertPolicy(services.db, row, input.firewall_rules);
  return String(row.id);
}

/** Any change un-audits the policy unless the same update sets `audited` (neutron-fwaas semantics). */
export async function changePolicy(services: FirewallServices, auth: RequestAuth, row: StoredRow, changes: PolicyChanges): Promise<void> {
  refuseForeignChange(auth, row, 'policy', 'update');
  refuseSharingByNonAdmin(auth, 'policy', changes.shared !== undefined);
  const [stored] = presentRows(policyResource, [row]);
  const { firewall_rules: ruleIds, ...fields } = changes;
  const scope = { id: stored.id, projectId: stored.project_id, shared: changes.shared ?? stored.shared };
  if (ruleIds) await checkRuleList(services, scope, ruleIds);
  else if (changes.shared === true) await checkRulesSharedBeforeSharing(services, stored.id);
  if (stored.shared && changes.shared === false) await refuseUnsharingUsedPolicy(services, stored);
  await updatePolicy(services.db, stored.id, { audited: false, ...storedColumns(policyResource, fields) }, ruleIds);
}

/**
 * A policy lists each rule once, at most max_rules_per_policy of them, each of its own project or
 * shared; a shared policy only shared ones (neutron-fwaas' _check_rules_for_policy_is_valid).
 */
export async function checkRuleList(services: FirewallServices, policy: PolicyScope, ruleIds: readonly string[]): Promise<void> {
  checkNoDuplicateRules(ruleIds);
  checkRuleLimit(services, policy.id, ruleIds);
  await refuseOtherProjects(services, 'firewall_rules', ruleIds, policy.projectId);
  if (policy.shared) await refuseUnsharedRules(services, policy.id, ruleIds);
}

export function checkRuleLimit(services: FirewallServices, policyId: string, ruleIds: readonly string[]): void {
  const limit = services.config.max_rules_per_policy;
  if (ruleIds.length > limit) throw tooManyRules(policyId, ruleIds.length, limit);
}

export async function refuseUnsharedRules(services: FirewallServices, policyId: string, ruleIds: readonly string[]): Promise<void> {
  const owners = await ownersOf(services.db, 'firewall_rules', ruleIds);
  const unshared = ruleIds.find((id) => owners.get(id)?.shared === false);
  if (unshared !== undefined) throw unsharedRuleInSharedPolicy(policyId, unshared);
}

/** neutron-fwaas' _check_if_rules_shared_for_policy_shared: sharing a policy shares no rule by itself. */
async function checkRulesSharedBeforeSharing(services: FirewallServices, policyId: string): Promise<void> {
  const ruleIds = await ruleIdsOfPolicy(services.db, policyId);
  const owners = await ownersOf(services.db, 'firewall_rules', ruleIds);
  const unshared = ruleIds.find((id) => owners.get(id)?.shared === false);
  if (unshared !== undefined) throw policySharedBeforeRule(policyId, unshared);
}

/** neutron-fwaas' _check_fwgs_associated_with_policy_in_same_project: other projects' groups keep what they use. */
async function refuseUnsharingUsedPolicy(services: FirewallServices, policy: FirewallPolicy): Promise<void> {
  const groupIds = await groupsUsingPolicy(services.db, policy.id, policy.project_id);
  if (groupIds.length > 0) throw stillUsedWhenShared('FirewallPolicyInUse', 'Firewall policy', policy.id, 'firewall groups', groupIds);
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
