import { type StoredRow, tableStore } from '@switchyard/sdk';
import { ruleResource } from '../resources/firewall-rule.js';
import { clearAuditedFlag } from './policies-store.js';
import { type FirewallDb, type RuleTable, listsByKey } from './tables.js';

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
