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
