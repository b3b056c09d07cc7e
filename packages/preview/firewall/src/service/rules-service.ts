import { type ResourceService, type StoredRow, newRow, presentRows, storedColumns } from '@switchyard/sdk';
import { ruleInUse } from '../errors.js';
import { normalizeProtocol, normalizeRuleChanges } from '../domain/rule.js';
import { type FirewallRule, type RuleAttributes, type RuleChanges, type RuleCreation, ruleResource } from '../resources/firewall-rule.js';
import { checkRuleConsistency } from '../domain/rule-validation.js';
import { policiesHoldingRule, policiesHoldingRules, updateRule } from '../store/rules-store.js';
import { type FirewallServices, onDatabaseOf } from './service-context.js';

/** What the kit calls for firewall rules beyond plain rows. */
export function ruleService(services: FirewallServices): ResourceService<RuleAttributes> {
  return {
    nativeBulk: true,
    create: async (operation, input) => {
      const row = ruleRow(input);
      await operation.store.insert(row);
      return String(row.id);
    },
    update: (_operation, row, changes) => changeRule(services, row, changes),
    remove: async (operation, row) => {
      await refuseRuleInUse(services, String(row.id));
      await operation.store.remove(String(row.id));
    },
    present: (rows, db) => presentRules(onDatabaseOf(services, db), rows),
  };
}

/** A new rule's row, its fields checked against each other as neutron-fwaas does. */
export function ruleRow(input: RuleCreation): StoredRow {
  const rule = { ...input, protocol: normalizeProtocol(input.protocol) };
  checkRuleConsistency(rule);
  return newRow(ruleResource, rule);
}

/** The update is merged into the stored rule and the result checked, as neutron-fwaas does. */
export async function changeRule(services: FirewallServices, row: StoredRow, changes: RuleChanges): Promise<void> {
  const [stored] = presentRows(ruleResource, [row]);
  const normalized = normalizeRuleChanges(changes);
  checkRuleConsistency({ ...stored, ...normalized });
  await updateRule(services.db, String(row.id), storedColumns(ruleResource, normalized));
}

async function refuseRuleInUse(services: FirewallServices, id: string): Promise<void> {
  const policyIds = await policiesHoldingRule(services.db, id);
  if (policyIds.length > 0) throw ruleInUse(id, policyIds);
}

/** Rows to API resources, loading every row's policies in one query. */
export async function presentRules(services: FirewallServices, rows: readonly StoredRow[]): Promise<FirewallRule[]> {
  const policies = await policiesHoldingRules(services.db, rows.map((row) => String(row.id)));
  return presentRows(ruleResource, rows, (row) => ({ firewall_policy_id: policies.get(String(row.id)) ?? [] }));
}
