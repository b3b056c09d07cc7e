import { type StoredRow, tableStore } from '@switchyard/sdk';
import { ruleResource } from '../resources/firewall-rule.js';
import { clearAuditedFlag } from './policies-store.js';
import { type FirewallDb, type RuleTable, flag, listsByKey } from './tables.js';

/** Stores the changed columns; every policy holding the rule then needs a new audit, as in neutron-fwaas. */
export async function updateRule(db: FirewallDb, id: string, columns: StoredRow): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await tableStore(trx, ruleResource).update(id, columns);
    await clearAuditedFlag(trx, await policiesHoldingRule(trx, id));
  });
}

export async function policiesHoldingRule(db: FirewallDb, ruleId: string): Promise<string[]> {
  const rows = await db.selectFrom('firewall_policy_rules').select('policy_id').where('rule_id', '=', ruleId).orderBy('policy_id').execute();
  return rows.map((row) => row.policy_id);
}

/** The policies holding each of these rules, in one query. */
export async function policiesHoldingRules(db: FirewallDb, ruleIds: readonly string[]): Promise<Map<string, string[]>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('firewall_policy_rules')
    .select(['rule_id', 'policy_id'])
    .where('rule_id', 'in', ruleIds)
    .orderBy('policy_id')
    .execute();
  return listsByKey(rows.map((row) => [row.rule_id, row.policy_id]));
}

export async function findRules(db: FirewallDb, ids: readonly string[]): Promise<RuleTable[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('firewall_rules').selectAll().where('id', 'in', ids).execute();
}

/** Policies holding the rule that another project owns or that are shared: what un-sharing it would break. */
export async function sharedUsersOfRule(db: FirewallDb, ruleId: string, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('firewall_policy_rules')
    .innerJoin('firewall_policies', 'firewall_policies.id', 'firewall_policy_rules.policy_id')
    .select('firewall_policies.id')
    .where('firewall_policy_rules.rule_id', '=', ruleId)
    .where((eb) => eb.or([eb('firewall_policies.project_id', '<>', projectId), eb('firewall_policies.shared', '=', flag(true))]))
    .orderBy('firewall_policies.id')
    .execute();
  return rows.map((row) => row.id);
}

/** Rules naming the group as their source or destination remote group; `otherThan` keeps only other projects' rules. */
export async function rulesNamingGroup(db: FirewallDb, groupId: string, otherThan?: string): Promise<string[]> {
  let query = db
    .selectFrom('firewall_rules')
    .select('id')
    .where((eb) => eb.or([eb('source_firewall_group_id', '=', groupId), eb('destination_firewall_group_id', '=', groupId)]));
  if (otherThan !== undefined) query = query.where('project_id', '<>', otherThan);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => row.id);
}
