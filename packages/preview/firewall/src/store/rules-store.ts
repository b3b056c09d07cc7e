import type { IpVersion } from '../domain/addresses.js';
import type { EvaluableRule, RuleAction, RuleProtocol } from '../domain/rule.js';
import { type FirewallDb, type RuleTable, flag, isSet } from './tables.js';

/** A firewall rule as the API shows it. */
export interface FirewallRule extends EvaluableRule {
  name: string;
  description: string;
  project_id: string;
  tenant_id: string;
  /** Every policy holding the rule (FWaaS v2 lets one rule sit in several policies). */
  firewall_policy_id: string[];
}

export type RuleRecord = Omit<FirewallRule, 'tenant_id' | 'firewall_policy_id'>;

export async function findRuleRow(db: FirewallDb, id: string): Promise<RuleTable | undefined> {
  return db.selectFrom('firewall_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRule(db: FirewallDb, rule: RuleRecord): Promise<void> {
  await db.insertInto('firewall_rules').values({ ...rule, enabled: flag(rule.enabled) }).execute();
}

export async function updateRule(db: FirewallDb, rule: RuleRecord): Promise<void> {
  const { id, ...fields } = rule;
  await db.updateTable('firewall_rules').set({ ...fields, enabled: flag(fields.enabled) }).where('id', '=', id).execute();
}

export async function deleteRule(db: FirewallDb, id: string): Promise<void> {
  await db.deleteFrom('firewall_rules').where('id', '=', id).execute();
}

export async function policiesHoldingRule(db: FirewallDb, ruleId: string): Promise<string[]> {
  const rows = await db.selectFrom('firewall_policy_rules').select('policy_id').where('rule_id', '=', ruleId).orderBy('policy_id').execute();
  return rows.map((row) => row.policy_id);
}

export function toRuleRecord(row: RuleTable): RuleRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    protocol: row.protocol as RuleProtocol | null,
    ip_version: row.ip_version as IpVersion,
    source_ip_address: row.source_ip_address,
    destination_ip_address: row.destination_ip_address,
    source_port: row.source_port,
    destination_port: row.destination_port,
    action: row.action as RuleAction,
    enabled: isSet(row.enabled),
  };
}

/** Rows to API resources, loading every row's policies in one query. */
export async function presentRules(db: FirewallDb, rows: readonly RuleTable[]): Promise<FirewallRule[]> {
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : await db.selectFrom('firewall_policy_rules').select(['rule_id', 'policy_id']).where('rule_id', 'in', ids).orderBy('policy_id').execute();
  return rows.map((row) => ({
    ...toRuleRecord(row),
    tenant_id: row.project_id,
    firewall_policy_id: links.filter((link) => link.rule_id === row.id).map((link) => link.policy_id),
  }));
}
