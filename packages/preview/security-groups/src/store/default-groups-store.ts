import { rowsForIds } from '@switchyard/sdk';
import type { SecurityGroupDb } from './tables.js';

export async function defaultGroupOf(db: SecurityGroupDb, projectId: string): Promise<string | undefined> {
  const row = await db.selectFrom('default_security_groups').select('security_group_id').where('project_id', '=', projectId).executeTakeFirst();
  return row?.security_group_id;
}

export async function isDefaultGroup(db: SecurityGroupDb, groupId: string): Promise<boolean> {
  const row = await db.selectFrom('default_security_groups').select('project_id').where('security_group_id', '=', groupId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Records the project's default group unless it has one: false when another request's group won
 * (ON CONFLICT DO NOTHING waits for it on PostgreSQL instead of failing the transaction).
 */
export async function claimDefaultGroup(db: SecurityGroupDb, projectId: string, groupId: string): Promise<boolean> {
  const result = await db
    .insertInto('default_security_groups')
    .values({ project_id: projectId, security_group_id: groupId })
    .onConflict((conflict) => conflict.column('project_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Which of these groups are their project's default group. */
export async function defaultGroupsAmong(db: SecurityGroupDb, groupIds: readonly string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const rows = await rowsForIds([...new Set(groupIds)], (slice) => db.selectFrom('default_security_groups').select('security_group_id').where('security_group_id', 'in', slice).execute());
  return new Set(rows.map((row) => row.security_group_id));
}

/** Every project's default group, as a subquery a rule list narrows to (`?belongs_to_default_sg=true`). */
export function defaultGroupIdsQuery(db: SecurityGroupDb) {
  return db.selectFrom('default_security_groups').select('security_group_id');
}
