import { randomUUID } from 'node:crypto';
import { type CorePort, canAccess, invalidInput, notFound, owningProject } from '@switchyard/sdk';
import { firewallError, groupInUse, portInUse } from '../errors.js';
import { groupStatus } from '../domain/group-status.js';
import {
  type FirewallGroup,
  type GroupRecord,
  deleteGroup,
  findGroupRow,
  groupOfPort,
  insertGroup,
  lockGroup,
  portsOfGroup,
  presentGroups,
  toGroupRecord,
  updateGroup,
} from '../store/groups-store.js';
import { findPolicyRow } from '../store/policies-store.js';
import { type FirewallDb, isUniqueViolation } from '../store/tables.js';
import { sameProjectOrConflict, visibleOrNotFound } from './access.js';
import type { ApiRequest, FirewallServices } from './service-context.js';

export interface GroupChanges {
  name?: string;
  description?: string;
  ingress_firewall_policy_id?: string | null;
  egress_firewall_policy_id?: string | null;
  admin_state_up?: boolean;
  ports?: string[];
}

export interface GroupCreation extends GroupChanges {
  project_id?: string;
  tenant_id?: string;
}

/** Router interface owners in Neutron (legacy, DVR and HA routers). */
export const ROUTER_INTERFACE_OWNERS: readonly string[] = [
  'network:router_interface',
  'network:router_interface_distributed',
  'network:ha_router_replicated_interface',
];

export async function showGroup(services: FirewallServices, request: ApiRequest, id: string): Promise<FirewallGroup> {
  const row = visibleOrNotFound(request.auth, 'firewall_group', id, await findGroupRow(services.db, id));
  const [group] = await presentGroups(services.db, [row]);
  return group;
}

export async function createGroup(services: FirewallServices, request: ApiRequest, input: GroupCreation): Promise<FirewallGroup> {
  const ports = input.ports ?? [];
  const draft = {
    id: randomUUID(),
    project_id: owningProject(request, input),
    name: input.name ?? '',
    description: input.description ?? '',
    ingress_firewall_policy_id: input.ingress_firewall_policy_id ?? null,
    egress_firewall_policy_id: input.egress_firewall_policy_id ?? null,
    admin_state_up: input.admin_state_up ?? true,
  };
  await checkPolicies(services, request, draft);
  await bindingPortsOnce(() =>
    services.db.transaction().execute(async (trx) => {
      await checkPortsBindable(services, trx, request, draft, ports);
      await insertGroup(trx, { ...draft, status: groupStatus({ ...draft, ports }) }, ports);
    }),
  );
  return showGroup(services, request, draft.id);
}

/**
 * Ports first, then the group: the order a port's deletion takes them in (its row, then its
 * group's), so the two wait for each other instead of deadlocking.
 */
export async function changeGroup(services: FirewallServices, request: ApiRequest, id: string, changes: GroupChanges): Promise<FirewallGroup> {
  const row = visibleOrNotFound(request.auth, 'firewall_group', id, await findGroupRow(services.db, id));
  const { ports: newPorts, ...fields } = changes;
  const draft = { ...toGroupRecord(row), ...fields };
  await checkPolicies(services, request, draft);
  await bindingPortsOnce(() =>
    services.db.transaction().execute(async (trx) => {
      if (newPorts) await checkPortsBindable(services, trx, request, draft, newPorts);
      if (!(await lockGroup(trx, id))) throw notFound('firewall_group', id);
      // Read under the group's lock, so the status follows the bindings a port deletion just changed.
      const ports = newPorts ?? (await portsOfGroup(trx, id));
      await updateGroup(trx, { ...draft, status: groupStatus({ ...draft, ports }) }, newPorts);
    }),
  );
  return showGroup(services, request, id);
}

/** Like neutron-fwaas, only an ACTIVE group (enforcing on ports) refuses deletion. */
export async function removeGroup(services: FirewallServices, request: ApiRequest, id: string): Promise<void> {
  visibleOrNotFound(request.auth, 'firewall_group', id, await findGroupRow(services.db, id));
  await services.db.transaction().execute(async (trx) => {
    // Its status is read under the lock: ports bound meanwhile make it ACTIVE, and then it stays.
    if (!(await lockGroup(trx, id))) throw notFound('firewall_group', id);
    const row = await findGroupRow(trx, id);
    if (row?.status === 'ACTIVE') throw groupInUse(id, await portsOfGroup(trx, id));
    await deleteGroup(trx, id);
  });
}

async function checkPolicies(
  services: FirewallServices,
  request: ApiRequest,
  group: Pick<GroupRecord, 'project_id' | 'ingress_firewall_policy_id' | 'egress_firewall_policy_id'>,
): Promise<void> {
  for (const policyId of [group.ingress_firewall_policy_id, group.egress_firewall_policy_id]) {
    if (policyId === null) continue;
    const policy = visibleOrNotFound(request.auth, 'firewall_policy', policyId, await findPolicyRow(services.db, policyId));
    sameProjectOrConflict('Firewall policy', policy, group.project_id);
  }
}

/**
 * The enforcement point is explicit: a group filters exactly the router interface ports it is
 * bound to. Each port must exist, be visible to the caller, belong to the group's project, be
 * a router interface, and not be protected by another group already. Run in the transaction that
 * binds them: each port is locked there (in id order, so two bindings never deadlock), so none
 * can be deleted before the binding is stored, and its deletion then unbinds it.
 */
async function checkPortsBindable(
  services: FirewallServices,
  trx: FirewallDb,
  request: ApiRequest,
  group: Pick<GroupRecord, 'id' | 'project_id'>,
  portIds: readonly string[],
): Promise<void> {
  const duplicate = portIds.find((portId, index) => portIds.indexOf(portId) !== index);
  if (duplicate) throw invalidInput(`Invalid input for firewall_group.ports: port ${duplicate} is listed twice.`);
  for (const portId of [...portIds].sort()) {
    const port = await services.core.lockPort(trx, portId);
    if (!port || !canAccess(request.auth, port.project_id)) throw notFound('port', portId);
    checkPortOwnership(port, group.project_id);
    checkRouterInterface(port);
    const boundTo = await groupOfPort(trx, portId);
    if (boundTo && boundTo.id !== group.id) throw portInUse(portId, boundTo.id);
  }
}

function checkPortOwnership(port: CorePort, projectId: string): void {
  if (port.project_id === projectId) return;
  throw firewallError(
    'FirewallGroupPortInvalidProject',
    `Port ${port.id} belongs to project ${port.project_id}, not to the firewall group's project ${projectId}.`,
  );
}

function checkRouterInterface(port: CorePort): void {
  if (ROUTER_INTERFACE_OWNERS.includes(port.device_owner)) return;
  const owner = port.device_owner === '' ? 'no device_owner' : `device_owner ${JSON.stringify(port.device_owner)}`;
  throw firewallError(
    'FirewallGroupPortInvalid',
    `Port ${port.id} is not a router interface (it has ${owner}); a firewall group is enforced only on router ` +
      `interface ports (device_owner "network:router_interface"). Attach the subnet to a router with ` +
      `PUT /v2.0/routers/<router_id>/add_router_interface and bind the port it returns.`,
  );
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
