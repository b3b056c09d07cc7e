import { type RequestAuth, type ResourceService, type StoredRow, inTransaction, isUniqueViolation, newRow, notFound, presentRows, storedColumns } from '@switchyard/sdk';
import { firewallError, groupInUse, remoteGroupInUse, stillUsedWhenShared } from '../errors.js';
import { type FirewallGroup, type GroupAttributes, type GroupChanges, type GroupCreation, groupResource } from '../resources/firewall-group.js';
import { groupStatus } from '../domain/group-status.js';
import { deleteGroup, insertGroup, lockGroup, portsOfGroup, portsOfGroups, updateGroup } from '../store/groups-store.js';
import { rulesNamingGroup } from '../store/rules-store.js';
import { type FirewallDb, type GroupTable, type StoredFlag, isSet } from '../store/tables.js';
import { checkPortsBindable } from './group-ports.js';
import { refuseOtherProjects } from './project-checks.js';
import { type FirewallServices, onDatabaseOf } from './service-context.js';
import { refuseForeignChange, refuseSharingByNonAdmin } from './shared-checks.js';

/** What the kit calls for firewall groups beyond plain rows. */
export function groupService(services: FirewallServices): ResourceService<GroupAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createGroup(onDatabaseOf(services, operation.db), operation.auth, input),
    update: (operation, row, changes) => changeGroup(services, operation.auth, row, changes),
    remove: (operation, row) => {
      refuseForeignChange(operation.auth, row, 'group', 'delete');
      return removeGroup(services, String(row.id));
    },
    present: (rows, db) => presentGroups(onDatabaseOf(services, db), rows),
  };
}

export async function createGroup(services: FirewallServices, auth: RequestAuth, input: GroupCreation): Promise<string> {
  refuseSharingByNonAdmin(auth, 'group', input.shared);
  const row = newRow(groupResource, input);
  const id = String(row.id);
  await refuseOtherProjects(services, 'firewall_policies', [input.ingress_firewall_policy_id, input.egress_firewall_policy_id], input.project_id);
  await bindingPortsOnce(() =>
    inTransaction(services.db, async (trx) => {
      await checkPortsBindable(services, trx, { id, project_id: input.project_id }, input.ports);
      await insertGroup(trx, { ...row, status: groupStatus(input) }, input.ports);
    }),
  );
  return id;
}

/**
 * Ports first, then the group: the order a port's deletion takes them in (its row, then its
 * group's), so the two wait for each other instead of deadlocking.
 */
export async function changeGroup(services: FirewallServices, auth: RequestAuth, row: StoredRow, changes: GroupChanges): Promise<void> {
  refuseForeignChange(auth, row, 'group', 'update');
  refuseSharingByNonAdmin(auth, 'group', changes.shared !== undefined);
  const id = String(row.id);
  const projectId = String(row.project_id);
  const { ports: newPorts, ...fields } = changes;
  await refuseOtherProjects(services, 'firewall_policies', [fields.ingress_firewall_policy_id, fields.egress_firewall_policy_id], projectId);
  if (isSet(row.shared as StoredFlag) && changes.shared === false) await refuseUnsharingRemoteGroup(services, id, projectId);
  await bindingPortsOnce(() =>
    services.db.transaction().execute(async (trx) => {
      if (newPorts) await checkPortsBindable(services, trx, { id, project_id: projectId }, newPorts);
      // Read under the group's lock, so the status follows the bindings a port deletion just changed.
      const [group] = presentRows(groupResource, [await lockedGroup(trx, id)]);
      const ports = newPorts ?? (await portsOfGroup(trx, id));
      const status = groupStatus({ ...group, ...fields, ports });
      await updateGroup(trx, id, { ...storedColumns(groupResource, fields), status }, newPorts);
    }),
  );
}

/** Like neutron-fwaas, only an ACTIVE group (enforcing on ports) refuses deletion. */
export async function removeGroup(services: FirewallServices, id: string): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    // Its status is read under the lock: ports bound meanwhile make it ACTIVE, and then it stays.
    const group = await lockedGroup(trx, id);
    if (group.status === 'ACTIVE') throw groupInUse(id, await portsOfGroup(trx, id));
    const rules = await rulesNamingGroup(trx, id);
    if (rules.length > 0) throw remoteGroupInUse(id, rules);
    await deleteGroup(trx, id);
  });
}

/** Other projects' rules name only groups they can see. */
async function refuseUnsharingRemoteGroup(services: FirewallServices, id: string, projectId: string): Promise<void> {
  const rules = await rulesNamingGroup(services.db, id, projectId);
  if (rules.length > 0) throw stillUsedWhenShared('FirewallGroupInUse', 'Firewall group', id, 'firewall rules', rules);
}

/** Rows to API resources, loading every row's ports in one query. */
export async function presentGroups(services: FirewallServices, rows: readonly StoredRow[]): Promise<FirewallGroup[]> {
  const ports = await portsOfGroups(services.db, rows.map((row) => String(row.id)));
  return presentRows(groupResource, rows, (row) => ({ ports: ports.get(String(row.id)) ?? [] }));
}

async function lockedGroup(trx: FirewallDb, id: string): Promise<GroupTable> {
  const group = await lockGroup(trx, id);
  // Deleted by a concurrent request since the kit found it.
  if (!group) throw notFound('firewall_group', id);
  return group;
}

/** Two requests binding the same port race to the primary key; the loser gets the same 409 as a pre-check. */
async function bindingPortsOnce(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw firewallError('FirewallGroupPortInUse', 'One of the ports was bound to another firewall group meanwhile; retry to see which.');
  }
}
