import { randomUUID } from 'node:crypto';
import { owningProject } from '@switchyard/sdk';
import { policyInUse, tooManyRules } from '../errors.js';
import { type InsertPosition, checkNoDuplicateRules, insertRuleInOrder, removeRuleFromOrder } from '../domain/policy-rule-order.js';
import {
  type FirewallPolicy,
  type PolicyRecord,
  deletePolicy,
  findPolicyRow,
  groupsUsingPolicy,
  insertPolicy,
  presentPolicies,
  ruleIdsOfPolicy,
  toPolicyRecord,
  updatePolicy,
} from '../store/policies-store.js';
import { findRuleRow } from '../store/rules-store.js';
import { sameProjectOrConflict, visibleOrNotFound } from './access.js';
import type { ApiRequest, FirewallServices } from './service-context.js';

export interface PolicyChanges {
  name?: string;
  description?: string;
  audited?: boolean;
  firewall_rules?: string[];
}

export interface PolicyCreation extends PolicyChanges {
  project_id?: string;
  tenant_id?: string;
}

export interface RuleReference extends InsertPosition {
  firewall_rule_id: string;
}

export async function showPolicy(services: FirewallServices, request: ApiRequest, id: string): Promise<FirewallPolicy> {
  const row = visibleOrNotFound(request.auth, 'firewall_policy', id, await findPolicyRow(services.db, id));
  const [policy] = await presentPolicies(services.db, [row]);
  return policy;
}

export async function createPolicy(services: FirewallServices, request: ApiRequest, input: PolicyCreation): Promise<FirewallPolicy> {
  const policy: PolicyRecord = {
    id: randomUUID(),
    project_id: owningProject(request, input),
    name: input.name ?? '',
    description: input.description ?? '',
    audited: input.audited ?? false,
  };
  const ruleIds = input.firewall_rules ?? [];
  await checkRuleList(services, request, policy, ruleIds);
  await insertPolicy(services.db, policy, ruleIds);
  return showPolicy(services, request, policy.id);
}

/** Any change un-audits the policy unless the same update sets `audited` (neutron-fwaas semantics). */
export async function changePolicy(services: FirewallServices, request: ApiRequest, id: string, changes: PolicyChanges): Promise<FirewallPolicy> {
  const row = visibleOrNotFound(request.auth, 'firewall_policy', id, await findPolicyRow(services.db, id));
  const { firewall_rules: ruleIds, ...fields } = changes;
  const policy: PolicyRecord = { ...toPolicyRecord(row), audited: false, ...fields };
  if (ruleIds) await checkRuleList(services, request, policy, ruleIds);
  await updatePolicy(services.db, policy, ruleIds);
  return showPolicy(services, request, id);
}

export async function removePolicy(services: FirewallServices, request: ApiRequest, id: string): Promise<void> {
  visibleOrNotFound(request.auth, 'firewall_policy', id, await findPolicyRow(services.db, id));
  const groupIds = await groupsUsingPolicy(services.db, id);
  if (groupIds.length > 0) throw policyInUse(id, groupIds);
  await deletePolicy(services.db, id);
}

export async function insertRuleIntoPolicy(
  services: FirewallServices,
  request: ApiRequest,
  id: string,
  reference: RuleReference,
): Promise<FirewallPolicy> {
  const policy = toPolicyRecord(visibleOrNotFound(request.auth, 'firewall_policy', id, await findPolicyRow(services.db, id)));
  await checkRuleUsable(services, request, policy, reference.firewall_rule_id);
  const ruleIds = insertRuleInOrder(id, await ruleIdsOfPolicy(services.db, id), reference.firewall_rule_id, reference);
  checkRuleLimit(services, id, ruleIds);
  await updatePolicy(services.db, { ...policy, audited: false }, ruleIds);
  return showPolicy(services, request, id);
}

export async function removeRuleFromPolicy(
  services: FirewallServices,
  request: ApiRequest,
  id: string,
  reference: { firewall_rule_id: string },
): Promise<FirewallPolicy> {
  const policy = toPolicyRecord(visibleOrNotFound(request.auth, 'firewall_policy', id, await findPolicyRow(services.db, id)));
  const ruleId = reference.firewall_rule_id;
  visibleOrNotFound(request.auth, 'firewall_rule', ruleId, await findRuleRow(services.db, ruleId));
  const ruleIds = removeRuleFromOrder(id, await ruleIdsOfPolicy(services.db, id), ruleId);
  await updatePolicy(services.db, { ...policy, audited: false }, ruleIds);
  return showPolicy(services, request, id);
}

async function checkRuleList(services: FirewallServices, request: ApiRequest, policy: PolicyRecord, ruleIds: readonly string[]): Promise<void> {
  checkNoDuplicateRules(ruleIds);
  checkRuleLimit(services, policy.id, ruleIds);
  for (const ruleId of ruleIds) await checkRuleUsable(services, request, policy, ruleId);
}

async function checkRuleUsable(services: FirewallServices, request: ApiRequest, policy: PolicyRecord, ruleId: string): Promise<void> {
  const rule = visibleOrNotFound(request.auth, 'firewall_rule', ruleId, await findRuleRow(services.db, ruleId));
  sameProjectOrConflict('Firewall rule', rule, policy.project_id);
}

function checkRuleLimit(services: FirewallServices, policyId: string, ruleIds: readonly string[]): void {
  const limit = services.config.max_rules_per_policy;
  if (ruleIds.length > limit) throw tooManyRules(policyId, ruleIds.length, limit);
}
