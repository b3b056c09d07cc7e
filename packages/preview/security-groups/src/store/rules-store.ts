import { type StoredRow, rowsForIds, touchedColumns } from '@switchyard/sdk';
import { groupResource } from '../resources/security-group.js';
import type { SecurityGroupDb } from './tables.js';

/** The rules of these groups, by group id, oldest first (the order Neutron shows them in). */
export async function rulesOfGroups(db: SecurityGroupDb, groupIds: readonly string[]): Promise<Map<string, StoredRow[]>> {
  const rules = new Map<string, StoredRow[]>();
  if (groupIds.length === 0) return rules;
  const rows = await rowsForIds(groupIds, (slice) => db.selectFrom('security_group_rules').selectAll().where('security_group_id', 'in', slice).orderBy('created_at').orderBy('id').execute());
  for (const row of rows) {
    const list = rules.get(row.security_group_id) ?? [];
    list.push(row);
    rules.set(row.security_group_id, list);
  }
  return rules;
}

/** The id of the group's rule with this key, if it has one. */
export async function ruleWithKey(db: SecurityGroupDb, groupId: string, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('security_group_rules').select('id').where('security_group_id', '=', groupId).where('rule_key', '=', key).executeTakeFirst();
  return row?.id;
}

/** A rule added or removed changes its group, as in Neutron: a new revision, a new updated_at. */
export async function touchGroup(db: SecurityGroupDb, groupId: string): Promise<void> {
  await db.updateTable('security_groups').set(touchedColumns(groupResource) as never).where('id', '=', groupId).execute();
}
