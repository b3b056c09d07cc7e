import { type RequestAuth, type ResourceService, type StoredRow, newRow, presentRows, storedColumns } from '@switchyard/sdk';
import { ruleInUse, stillUsedWhenShared } from '../errors.js';
import { normalizeProtocol, normalizeRuleChanges } from '../domain/rule.js';
import { type FirewallRule, type RuleAttributes, type RuleChanges, type RuleCreation, ruleResource } from '../resources/firewall-rule.js';
import { checkRuleConsistency } from '../domain/rule-validation.js';
import { policiesHoldingRule, policiesHoldingRules, sharedUsersOfRule, updateRule } from '../store/rules-store.js';
import { refuseOtherProjects } from './project-checks.js';
import { type FirewallServices, onDatabaseOf } from './service-context.js';
import { refuseForeignChange, refuseSharingByNonAdmin } from './shared-checks.js';

/** What the kit calls for firewall rules beyond plain rows. */
export function ruleService(services: FirewallServices): ResourceService<RuleAttributes> {
  return {
    nativeBulk: true,
    create: async (operation, input) => {
      const row = await ruleRow(onDatabaseOf(services, operation.db), operation.auth, input);
      await operation.store.insert(row);
      return String(row.id);
    },
    update: (operation, row, changes) => changeRule(services, operation.auth, row, changes),
    remove: async (operation, row) => {
      refuseForeignChange(operation.auth, row, 'rule', 'delete');
      await refuseRuleInUse(services, String(row.id));
      await operation.store.remove(String(row.id));
    },
    present: (rows, db, auth) => presentRules(onDatabaseOf(services, db), rows, auth),
  };
}

/** A new rule's row, its fields checked against each other as neutron-fwaas does. */
export async function ruleRow(services: FirewallServices, auth: RequestAuth, input: RuleCreation): Promise<StoredRow> {
  refuseSharingByNonAdmin(auth, 'rule', input.shared);
  const rule = { ...input, protocol: normalizeProtocol(input.protocol) };
  checkRuleConsistency(rule);
  await refuseOtherProjects(services, 'firewall_groups', [input.source_firewall_group_id, input.destination_firewall_group_id], input.project_id);
  return newRow(ruleResource, rule);
}

/** The update is merged into the stored rule and the result checked, as neutron-fwaas does. */
export async function changeRule(services: FirewallServices, auth: RequestAuth, row: StoredRow, changes: RuleChanges): Promise<void> {
  refuseForeignChange(auth, row, 'rule', 'update');
  refuseSharingByNonAdmin(auth, 'rule', changes.shared !== undefined);
  const [stored] = presentRows(ruleResource, [row]);
  const normalized = normalizeRuleChanges(changes);
  checkRuleConsistency({ ...stored, ...normalized });
  await refuseOtherProjects(services, 'firewall_groups', [changes.source_firewall_group_id, changes.destination_firewall_group_id], stored.project_id);
  if (stored.shared && changes.shared === false) await refuseUnsharingUsedRule(services, stored);
  await updateRule(services.db, String(row.id), storedColumns(ruleResource, normalized));
}

async function refuseRuleInUse(services: FirewallServices, id: string): Promise<void> {
  const policyIds = await policiesHoldingRule(services.db, id);
  if (policyIds.length > 0) throw ruleInUse(id, policyIds);
}

/** Other projects' policies, and shared ones, may hold only rules they can see (stricter than neutron-fwaas, see README). */
async function refuseUnsharingUsedRule(services: FirewallServices, rule: FirewallRule): Promise<void> {
  const users = await sharedUsersOfRule(services.db, rule.id, rule.project_id);
  if (users.length > 0) throw stillUsedWhenShared('FirewallRuleInUse', 'Firewall rule', rule.id, 'firewall policies', users);
}

/** Rows to API resources, loading every row's policies (those `auth` may see) in one query. */
export async function presentRules(services: FirewallServices, rows: readonly StoredRow[], auth?: RequestAuth): Promise<FirewallRule[]> {
  const policies = await policiesHoldingRules(services.db, rows.map((row) => String(row.id)), auth);
  return presentRows(ruleResource, rows, (row) => ({ firewall_policy_id: policies.get(String(row.id)) ?? [] }));
}
