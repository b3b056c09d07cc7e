import { type RequestAuth, type StoredRow, rowsForIds, tableStore } from '@switchyard/sdk';
import { sharedVisibility } from './shared-visibility.js';
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

/**
 * The policies holding each of these rules, in one query; with `visibleTo`, only those that caller
 * may see (a shared rule is held by other projects' policies).
 */
export async function policiesHoldingRules(db: FirewallDb, ruleIds: readonly string[], visibleTo?: RequestAuth): Promise<Map<string, string[]>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await rowsForIds(ruleIds, (slice) => {
    const query = db
      .selectFrom('firewall_policy_rules')
      .innerJoin('firewall_policies', 'firewall_policies.id', 'firewall_policy_rules.policy_id')
      .select(['firewall_policy_rules.rule_id', 'firewall_policy_rules.policy_id'])
      .where('firewall_policy_rules.rule_id', 'in', slice)
      .orderBy('firewall_policy_rules.policy_id');
    // project_id and shared are only the policies' columns, so the visibility rule reads them unqualified.
    return (visibleTo ? (sharedVisibility(query as never, visibleTo) as unknown as typeof query) : query).execute();
  });
  return listsByKey(rows.map((row) => [row.rule_id, row.policy_id]));
}

export async function findRules(db: FirewallDb, ids: readonly string[]): Promise<RuleTable[]> {
  if (ids.length === 0) return [];
  return rowsForIds(ids, (slice) => db.selectFrom('firewall_rules').selectAll().where('id', 'in', slice).execute());
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
