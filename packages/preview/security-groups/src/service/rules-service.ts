import { type ResourceOperation, type ResourceService, type StoredRow, inTransaction, isForeignKeyViolation, isUniqueViolation, newRow, presentRows, tableStore } from '@switchyard/sdk';
import { ruleExists } from '../errors.js';
import { ruleKey } from '../domain/rule-key.js';
import { checkRuleMatch } from '../domain/rule-validation.js';
import { type RuleAttributes, type RuleCreation, type SecurityGroupRule, ruleResource } from '../resources/security-group-rule.js';
import { defaultGroupsAmong } from '../store/default-groups-store.js';
import { ruleWithKey, touchGroup } from '../store/rules-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { goneReference } from './gone-reference.js';
import { checkRuleGroups } from './rule-groups.js';

/** What the kit calls for security group rules beyond plain rows. */
export function ruleService(): ResourceService<RuleAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createRule(operation, input),
    remove: (operation, row) => removeRule(operation.db, row),
    present: (rows, db) => presentRulesOf(db as SecurityGroupDb, rows),
  };
}

/**
 * Checked and converted as Neutron does, then refused if the group has the same rule already:
 * first by a lookup (which sees the other items of a bulk create), then by the unique index
 * when a concurrent request added it meanwhile.
 */
export async function createRule(operation: ResourceOperation, input: RuleCreation): Promise<string> {
  await checkRuleGroups(operation, input);
  const match = checkRuleMatch(input);
  const key = ruleKey(input.direction, match);
  const row: StoredRow = { ...newRow(ruleResource, { ...input, ...match }), rule_key: key };
  try {
    await inTransaction(operation.db as SecurityGroupDb, async (trx) => {
      const existing = await ruleWithKey(trx, input.security_group_id, key);
      if (existing !== undefined) throw ruleExists(existing);
      await tableStore(trx, ruleResource).insert(row);
      await touchGroup(trx, input.security_group_id);
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) throw await goneReference(operation.db as SecurityGroupDb, input);
    if (!isUniqueViolation(error)) throw error;
    throw ruleExists(await raceWinner(operation.db as SecurityGroupDb, input.security_group_id, key));
  }
  return String(row.id);
}

/** The rule a concurrent request created first; inside a bulk's transaction PostgreSQL answers no more queries after the violation. */
async function raceWinner(db: SecurityGroupDb, groupId: string, key: string): Promise<string> {
  if (db.isTransaction) return '(created by a concurrent request)';
  return (await ruleWithKey(db, groupId, key)) ?? '(created by a concurrent request)';
}

async function removeRule(db: ResourceOperation['db'], row: StoredRow): Promise<void> {
  await inTransaction(db as SecurityGroupDb, async (trx) => {
    await trx.deleteFrom('security_group_rules').where('id', '=', String(row.id)).execute();
    await touchGroup(trx, String(row.security_group_id));
  });
}

/** Rows to API resources, with whether each is in its project's default group (one query a page). */
async function presentRulesOf(db: SecurityGroupDb, rows: readonly StoredRow[]): Promise<SecurityGroupRule[]> {
  return presentRules(rows, await defaultGroupsAmong(db, rows.map((row) => String(row.security_group_id))));
}

/** Rows to API resources; `defaultGroups` holds those of their groups that are default groups. */
export function presentRules(rows: readonly StoredRow[], defaultGroups: ReadonlySet<string>): SecurityGroupRule[] {
  return presentRows(ruleResource, rows, (row) => ({ belongs_to_default_sg: defaultGroups.has(String(row.security_group_id)) }));
}
