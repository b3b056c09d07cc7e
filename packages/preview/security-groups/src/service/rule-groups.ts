import { type ResourceOperation, notFound, tableStore } from '@switchyard/sdk';
import { groupInOtherProject } from '../errors.js';
import { groupResource } from '../resources/security-group.js';
import type { RuleCreation } from '../resources/security-group-rule.js';
import { groupsSharedWith } from '../store/rbac-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { refuseSharedChange } from './shared-groups.js';

/**
 * The kit has checked that the caller sees both groups. A rule goes only in a group of its own
 * project (a group shared with the caller is not the caller's to change: 403), and its remote
 * group is one of its project or shared with that project (an admin's rule for another project
 * may not reach further than that project could).
 */
export async function checkRuleGroups(operation: ResourceOperation, input: RuleCreation): Promise<void> {
  const db = operation.db as SecurityGroupDb;
  const groups = tableStore(db, groupResource);
  const group = await groups.find(input.security_group_id);
  if (group === undefined) throw notFound('security_group', input.security_group_id);
  refuseSharedChange(operation.auth, group, 'add rules to');
  if (group.project_id !== input.project_id) throw groupInOtherProject(input.security_group_id, input.project_id);
  const remoteId = input.remote_group_id;
  if (remoteId === null || remoteId === undefined || remoteId === input.security_group_id) return;
  const remote = await groups.find(remoteId);
  if (remote === undefined) throw notFound('security_group', remoteId);
  if (remote.project_id === input.project_id || (await groupsSharedWith(db, input.project_id, [remoteId])).has(remoteId)) return;
  throw operation.auth.isAdmin ? groupInOtherProject(remoteId, input.project_id) : notFound('security_group', remoteId);
}
