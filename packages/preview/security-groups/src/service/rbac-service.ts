import {
  type RequestAuth,
  type ResourceOperation,
  type ResourceService,
  type StoredRow,
  canAccess,
  forbidden,
  invalidInput,
  isUniqueViolation,
  newRow,
  tableStore,
} from '@switchyard/sdk';
import { duplicateRbacPolicy, rbacPolicyInUse } from '../errors.js';
import { EVERY_PROJECT, type RbacPolicyAttributes, type RbacPolicyChanges, type RbacPolicyCreation, rbacPolicyResource } from '../resources/rbac-policy.js';
import { groupResource } from '../resources/security-group.js';
import { allPortsInGroup } from '../store/port-bindings-store.js';
import { otherTargets, policyFor } from '../store/rbac-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { portsSeenBy } from './port-lookup.js';

/** What the kit calls for RBAC policies beyond plain rows: Neutron's checks on sharing a group. */
export function rbacPolicyService(): ResourceService<RbacPolicyAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createPolicy(operation, input),
    update: (operation, row, changes) => retargetPolicy(operation, row, changes),
    remove: (operation, row) => removePolicy(operation, row),
  };
}

async function createPolicy(operation: ResourceOperation, input: RbacPolicyCreation): Promise<string> {
  await refuseForeignGroup(operation, input.object_id);
  refuseEveryProjectByNonAdmin(operation.auth, input.target_tenant);
  const row = newRow(rbacPolicyResource, input);
  await unlessDuplicate(operation, row, () => operation.store.insert(row));
  return String(row.id);
}

/** Neutron's validate_rbac_policy_change: only the group's project (or an admin) shares it. */
async function refuseForeignGroup(operation: ResourceOperation, groupId: string): Promise<void> {
  const group = await tableStore(operation.db, groupResource).find(groupId);
  if (group !== undefined && canAccess(operation.auth, String(group.project_id))) return;
  throw invalidInput(`Only admins can manipulate policies on objects they do not own: security group ${groupId} is not your project's; ask its project to share it.`);
}

/** Neutron's restrict_wildcard policy: sharing with every project is an admin's decision. */
function refuseEveryProjectByNonAdmin(auth: RequestAuth, target: string | undefined): void {
  if (auth.isAdmin || target !== EVERY_PROJECT) return;
  throw forbidden(`Only an admin may share with every project (target_tenant '${EVERY_PROJECT}'); name the project to share with instead.`);
}

/** Writes the policy unless the group is shared with its target already: first by a lookup, then by the unique index (a concurrent request). */
async function unlessDuplicate(operation: ResourceOperation, policy: StoredRow, write: () => Promise<void>): Promise<void> {
  const existing = await policyFor(operation.db as SecurityGroupDb, policy);
  if (existing !== undefined) throw duplicateRbacPolicy(existing);
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateRbacPolicy('(created by a concurrent request)');
    throw error;
  }
}

/** A new target_tenant: the old target must not lose a group its ports use (Neutron checks it as a delete). */
async function retargetPolicy(operation: ResourceOperation, row: StoredRow, changes: RbacPolicyChanges): Promise<void> {
  const target = changes.target_tenant;
  if (target === undefined || target === row.target_tenant) return;
  refuseEveryProjectByNonAdmin(operation.auth, target);
  await refuseLosingUsers(operation, row, new Set([target]));
  await unlessDuplicate(operation, { ...row, target_tenant: target }, () => operation.store.update(String(row.id), { target_tenant: target }));
}

// No transaction around check and delete: the port lookup goes through the core's store, on
// another handle of the database (inside a transaction it would wait for it on SQLite).
async function removePolicy(operation: ResourceOperation, row: StoredRow): Promise<void> {
  await refuseLosingUsers(operation, row, new Set());
  await operation.store.remove(String(row.id));
}

/**
 * Neutron's RbacPolicyInUse: the projects whose ports are in the group and that only this policy
 * lets use it (not the group's own project, not a target of another policy or of `kept`).
 */
async function refuseLosingUsers(operation: ResourceOperation, policy: StoredRow, kept: ReadonlySet<string>): Promise<void> {
  const db = operation.db as SecurityGroupDb;
  const groupId = String(policy.object_id);
  const remaining = new Set([...(await otherTargets(db, groupId, String(policy.id))), ...kept]);
  if (remaining.has(EVERY_PROJECT)) return;
  const group = await tableStore(db, groupResource).find(groupId);
  const target = String(policy.target_tenant);
  const losing = [...(await projectsOfPorts(operation, await allPortsInGroup(db, groupId)))].filter(
    (project) => project !== group?.project_id && !remaining.has(project) && (target === EVERY_PROJECT || project === target),
  );
  if (losing.length > 0) throw rbacPolicyInUse(groupId, losing.sort());
}

/** The projects of these ports, whoever the caller: only their ids leave this service. */
async function projectsOfPorts(operation: ResourceOperation, portIds: readonly string[]): Promise<Set<string>> {
  const everyProject: RequestAuth = { ...operation.auth, isAdmin: true };
  return new Set((await portsSeenBy(operation, everyProject, portIds)).map((port) => port.project_id));
}
