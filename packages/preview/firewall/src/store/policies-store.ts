import { type StoredRow, inTransaction, rowsForIds, tableStore } from '@switchyard/sdk';
import { policyResource } from '../resources/firewall-policy.js';
import { type FirewallDb, flag, listsByKey } from './tables.js';

export async function insertPolicy(db: FirewallDb, row: StoredRow, ruleIds: readonly string[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    await tableStore(trx, policyResource).insert(row);
    await writeRuleOrder(trx, String(row.id), ruleIds);
  });
}

/** Stores the changed columns; `ruleIds`, when given, replaces the ordered rule list in the same transaction. */
export async function updatePolicy(db: FirewallDb, id: string, columns: StoredRow, ruleIds?: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await tableStore(trx, policyResource).update(id, columns);
    if (ruleIds) {
      await trx.deleteFrom('firewall_policy_rules').where('policy_id', '=', id).execute();
      await writeRuleOrder(trx, id, ruleIds);
    }
  });
}

export async function clearAuditedFlag(db: FirewallDb, policyIds: readonly string[]): Promise<void> {
  if (policyIds.length === 0) return;
  await db.updateTable('firewall_policies').set({ audited: flag(false) }).where('id', 'in', policyIds).execute();
}

export async function ruleIdsOfPolicy(db: FirewallDb, policyId: string): Promise<string[]> {
  return (await ruleIdsOfPolicies(db, [policyId])).get(policyId) ?? [];
}

/** Each policy's rule ids in precedence order, in one query. */
export async function ruleIdsOfPolicies(db: FirewallDb, policyIds: readonly string[]): Promise<Map<string, string[]>> {
  if (policyIds.length === 0) return new Map();
  const rows = await rowsForIds(policyIds, (slice) =>
    db.selectFrom('firewall_policy_rules').select(['policy_id', 'rule_id']).where('policy_id', 'in', slice).orderBy('policy_id').orderBy('position').execute(),
  );
  return listsByKey(rows.map((row) => [row.policy_id, row.rule_id]));
}

/** Groups using the policy in either direction; `otherThan` keeps only other projects' groups. */
export async function groupsUsingPolicy(db: FirewallDb, policyId: string, otherThan?: string): Promise<string[]> {
  let query = db
    .selectFrom('firewall_groups')
    .select('id')
    .where((eb) => eb.or([eb('ingress_firewall_policy_id', '=', policyId), eb('egress_firewall_policy_id', '=', policyId)]));
  if (otherThan !== undefined) query = query.where('project_id', '<>', otherThan);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => row.id);
}

async function writeRuleOrder(db: FirewallDb, policyId: string, ruleIds: readonly string[]): Promise<void> {
  if (ruleIds.length === 0) return;
  await db
    .insertInto('firewall_policy_rules')
    .values(ruleIds.map((ruleId, position) => ({ policy_id: policyId, rule_id: ruleId, position })))
    .execute();
}
