import { type ResourceOperation, type ResourceService, type StoredRow, inTransaction, isForeignKeyViolation, isUniqueViolation, newRow, presentRows, tableStore } from '@switchyard/sdk';
import { ruleExists } from '../errors.js';
import { ruleKey } from '../domain/rule-key.js';
import { checkRuleMatch } from '../domain/rule-validation.js';
import { type RuleAttributes, type RuleCreation, type SecurityGroupRule, ruleResource } from '../resources/security-group-rule.js';
import { ruleWithKey, touchGroup } from '../store/rules-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { goneReference } from './gone-reference.js';

/** What the kit calls for security group rules beyond plain rows. */
export function ruleService(): ResourceService<RuleAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createRule(operation, input),
    remove: (operation, row) => removeRule(operation.db, row),
    present: (rows) => presentRules(rows),
  };
}

/**
 * Checked and converted as Neutron does, then refused if the group has the same rule already:
 * first by a lookup (which sees the other items of a bulk create), then by the unique index
 * when a concurrent request added it meanwhile.
 */
export async function createRule(operation: ResourceOperation, input: RuleCreation): Promise<string> {
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

/** Rows to API resources; every attribute is a column. */
export function presentRules(rows: readonly StoredRow[]): SecurityGroupRule[] {
  return presentRows(ruleResource, rows);
}
