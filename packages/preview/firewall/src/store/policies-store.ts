import { type FirewallDb, type PolicyTable, flag, isSet } from './tables.js';

/** A firewall policy as the API shows it. */
export interface FirewallPolicy {
  id: string;
  name: string;
  description: string;
  project_id: string;
  tenant_id: string;
  audited: boolean;
  /** Rule ids in precedence order: the first matching rule wins. */
  firewall_rules: string[];
}

export type PolicyRecord = Omit<FirewallPolicy, 'tenant_id' | 'firewall_rules'>;

export async function findPolicyRow(db: FirewallDb, id: string): Promise<PolicyTable | undefined> {
  return db.selectFrom('firewall_policies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPolicy(db: FirewallDb, policy: PolicyRecord, ruleIds: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('firewall_policies').values({ ...policy, audited: flag(policy.audited) }).execute();
    await writeRuleOrder(trx, policy.id, ruleIds);
  });
}

/** Updates the policy; `ruleIds`, when given, replaces its ordered rule list in the same transaction. */
export async function updatePolicy(db: FirewallDb, policy: PolicyRecord, ruleIds?: readonly string[]): Promise<void> {
  const { id, ...fields } = policy;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('firewall_policies').set({ ...fields, audited: flag(fields.audited) }).where('id', '=', id).execute();
    if (ruleIds) {
      await trx.deleteFrom('firewall_policy_rules').where('policy_id', '=', id).execute();
      await writeRuleOrder(trx, id, ruleIds);
    }
  });
}

export async function deletePolicy(db: FirewallDb, id: string): Promise<void> {
  await db.deleteFrom('firewall_policies').where('id', '=', id).execute();
}

/** A rule changed: every policy holding it needs a new audit, as in neutron-fwaas. */
export async function clearAuditedFlag(db: FirewallDb, policyIds: readonly string[]): Promise<void> {
  if (policyIds.length === 0) return;
  await db.updateTable('firewall_policies').set({ audited: flag(false) }).where('id', 'in', policyIds).execute();
}

export async function ruleIdsOfPolicy(db: FirewallDb, policyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('firewall_policy_rules')
    .select('rule_id')
    .where('policy_id', '=', policyId)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.rule_id);
}

export async function groupsUsingPolicy(db: FirewallDb, policyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('firewall_groups')
    .select('id')
    .where((eb) => eb.or([eb('ingress_firewall_policy_id', '=', policyId), eb('egress_firewall_policy_id', '=', policyId)]))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export function toPolicyRecord(row: PolicyTable): PolicyRecord {
  return { id: row.id, name: row.name, description: row.description, project_id: row.project_id, audited: isSet(row.audited) };
}

export async function presentPolicies(db: FirewallDb, rows: readonly PolicyTable[]): Promise<FirewallPolicy[]> {
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : await db
          .selectFrom('firewall_policy_rules')
          .select(['policy_id', 'rule_id'])
          .where('policy_id', 'in', ids)
          .orderBy('policy_id')
          .orderBy('position')
          .execute();
  return rows.map((row) => ({
    ...toPolicyRecord(row),
    tenant_id: row.project_id,
    firewall_rules: links.filter((link) => link.policy_id === row.id).map((link) => link.rule_id),
  }));
}

async function writeRuleOrder(db: FirewallDb, policyId: string, ruleIds: readonly string[]): Promise<void> {
  if (ruleIds.length === 0) return;
  await db
    .insertInto('firewall_policy_rules')
    .values(ruleIds.map((ruleId, position) => ({ policy_id: policyId, rule_id: ruleId, position })))
    .execute();
}
