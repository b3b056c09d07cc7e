import { type StoredRow, type VisibilityRule, rowsForIds } from '@switchyard/sdk';
import { EVERY_PROJECT } from '../resources/rbac-policy.js';
import type { SecurityGroupDb } from './tables.js';

/** The groups shared with the project (or with every project), as a subquery. */
export function groupsSharedWithQuery(db: SecurityGroupDb, projectId: string) {
  return db.selectFrom('security_group_rbac_policies').select('object_id').where('target_tenant', 'in', [projectId, EVERY_PROJECT]);
}

/**
 * Neutron's rule for objects shared through RBAC: a project sees its own groups and those shared
 * with it or with every project; admins see all. Changing one stays its project's (groups-service).
 */
export function sharedGroupVisibility(db: SecurityGroupDb): VisibilityRule {
  return (query, auth) =>
    auth.isAdmin ? query : query.where((where) => where.or([where('project_id', '=', auth.projectId), where('id', 'in', groupsSharedWithQuery(db, auth.projectId))]));
}

/** Which of these groups are shared with the project (or with every project). */
export async function groupsSharedWith(db: SecurityGroupDb, projectId: string, groupIds: readonly string[]): Promise<Set<string>> {
  if (groupIds.length === 0) return new Set();
  const rows = await rowsForIds([...new Set(groupIds)], (slice) => groupsSharedWithQuery(db, projectId).where('object_id', 'in', slice).execute());
  return new Set(rows.map((row) => row.object_id));
}

/** The targets of the group's policies other than `exceptPolicyId`: who keeps access when that one goes. */
export async function otherTargets(db: SecurityGroupDb, groupId: string, exceptPolicyId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('security_group_rbac_policies').select('target_tenant').where('object_id', '=', groupId).where('id', '<>', exceptPolicyId).execute();
  return new Set(rows.map((row) => row.target_tenant));
}

/** The policy that already shares the group with this target, if any (Neutron's DuplicateRbacPolicy). */
export async function policyFor(db: SecurityGroupDb, row: StoredRow): Promise<string | undefined> {
  const found = await db
    .selectFrom('security_group_rbac_policies')
    .select('id')
    .where('object_id', '=', String(row.object_id))
    .where('target_tenant', '=', String(row.target_tenant))
    .where('action', '=', String(row.action))
    .executeTakeFirst();
  return found?.id;
}
