import { randomUUID } from 'node:crypto';
import { owningProject } from '@switchyard/sdk';
import { ruleInUse } from '../errors.js';
import type { IpVersion } from '../domain/addresses.js';
import { type RuleAction, type RuleMatch, type RuleProtocol, normalizeProtocol } from '../domain/rule.js';
import { checkRuleConsistency } from '../domain/rule-validation.js';
import { clearAuditedFlag } from '../store/policies-store.js';
import {
  type FirewallRule,
  type RuleRecord,
  deleteRule,
  findRuleRow,
  insertRule,
  policiesHoldingRule,
  presentRules,
  toRuleRecord,
  updateRule,
} from '../store/rules-store.js';
import { visibleOrNotFound } from './access.js';
import type { ApiRequest, FirewallServices } from './service-context.js';

export interface RuleChanges {
  name?: string;
  description?: string;
  protocol?: RuleProtocol | 'any' | null;
  ip_version?: IpVersion;
  source_ip_address?: string | null;
  destination_ip_address?: string | null;
  source_port?: string | null;
  destination_port?: string | null;
  action?: RuleAction;
  enabled?: boolean;
}

export interface RuleCreation extends RuleChanges {
  project_id?: string;
  tenant_id?: string;
}

// neutron-lib's firewall_v2 definition: IPv4, any protocol, action "deny", enabled.
const RULE_DEFAULTS: RuleMatch = {
  protocol: null,
  ip_version: 4,
  source_ip_address: null,
  destination_ip_address: null,
  source_port: null,
  destination_port: null,
  action: 'deny',
  enabled: true,
};

export async function showRule(services: FirewallServices, request: ApiRequest, id: string): Promise<FirewallRule> {
  const row = visibleOrNotFound(request.auth, 'firewall_rule', id, await findRuleRow(services.db, id));
  const [rule] = await presentRules(services.db, [row]);
  return rule;
}

export async function createRule(services: FirewallServices, request: ApiRequest, input: RuleCreation): Promise<FirewallRule> {
  const { project_id: _projectId, tenant_id: _tenantId, ...changes } = input;
  const rule: RuleRecord = {
    id: randomUUID(),
    project_id: owningProject(request, input),
    name: '',
    description: '',
    ...applyChanges(RULE_DEFAULTS, changes),
  };
  checkRuleConsistency(rule);
  await insertRule(services.db, rule);
  return showRule(services, request, rule.id);
}

export async function changeRule(services: FirewallServices, request: ApiRequest, id: string, changes: RuleChanges): Promise<FirewallRule> {
  const row = visibleOrNotFound(request.auth, 'firewall_rule', id, await findRuleRow(services.db, id));
  const rule = applyChanges(toRuleRecord(row), changes);
  checkRuleConsistency(rule);
  await updateRule(services.db, rule);
  await clearAuditedFlag(services.db, await policiesHoldingRule(services.db, id));
  return showRule(services, request, id);
}

export async function removeRule(services: FirewallServices, request: ApiRequest, id: string): Promise<void> {
  visibleOrNotFound(request.auth, 'firewall_rule', id, await findRuleRow(services.db, id));
  const policyIds = await policiesHoldingRule(services.db, id);
  if (policyIds.length > 0) throw ruleInUse(id, policyIds);
  await deleteRule(services.db, id);
}

function applyChanges<T extends RuleMatch>(rule: T, changes: RuleChanges): T {
  const { protocol, ...rest } = changes;
  const merged = { ...rule, ...rest };
  return protocol === undefined ? merged : { ...merged, protocol: normalizeProtocol(protocol) };
}
