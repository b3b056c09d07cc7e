import { type RequestAuth, SwitchyardError, conflict, invalidInput, tableStore } from '@switchyard/sdk';
import { cidrsOverlap, parseCidr } from '../ipam/address.js';
import type { CoreEvents } from '../events/core-events.js';
import { deletePort } from '../ports/delete-port.js';
import { findVisiblePort, loadFixedIps } from '../ports/repository.js';
import { type FixedIp, ROUTER_INTERFACE_OWNER } from '../ports/schema.js';
import { createPort } from '../ports/store.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import { found } from '../shared/scope.js';
import type { CoreDb, SubnetTable } from '../shared/tables.js';

type SubnetRow = SubnetTable;
import { timestamp } from '../shared/time.js';
import { subnetResource } from '../subnets/resource.js';
import { findSubnet } from '../subnets/store.js';
import { type InterfacePort, type RouterRow, listInterfacePorts } from './repository.js';
import type { RouterInterfaceBody, RouterInterfaceInfo } from './schema.js';

/** Attaches a subnet (through a new port on its gateway address) or an existing port to the router. */
export async function addRouterInterface(db: CoreDb, auth: RequestAuth, router: RouterRow, body: RouterInterfaceBody): Promise<RouterInterfaceInfo> {
  if (body.subnet_id !== undefined && body.port_id !== undefined) {
    throw invalidInput('Bad router request: Cannot specify both subnet-id and port-id when adding a router interface; give one.');
  }
  if (body.port_id !== undefined) return attachPort(db, auth, router, body.port_id);
  if (body.subnet_id !== undefined) return attachSubnet(db, auth, router, body.subnet_id);
  throw missingTarget();
}

async function attachSubnet(db: CoreDb, auth: RequestAuth, router: RouterRow, subnetId: string): Promise<RouterInterfaceInfo> {
  const subnet = found(await tableStore(db, subnetResource).findVisible(auth, subnetId), 'subnet', subnetId) as unknown as SubnetRow;
  if (subnet.gateway_ip === null) {
    throw invalidInput(`Bad router request: Subnet ${subnetId} for router interface must have a gateway IP; set the subnet's gateway_ip first.`);
  }
  await refuseSubnetsAlreadyAttached(db, router, [subnetId]);
  const portId = await createPort(db, {
    projectId: router.project_id,
    networkId: subnet.network_id,
    name: '',
    description: '',
    adminStateUp: true,
    deviceId: router.id,
    deviceOwner: ROUTER_INTERFACE_OWNER,
    deviceIsRouter: true,
    status: 'ACTIVE',
    fixedIps: [{ subnet_id: subnetId, ip_address: subnet.gateway_ip }],
  });
  // What was stored, not a re-read: a concurrent remove_router_interface may already have deleted it.
  const port = { id: portId, network_id: subnet.network_id, project_id: router.project_id };
  return interfaceInfo(router, { port, fixedIps: [{ subnet_id: subnetId, ip_address: subnet.gateway_ip }] });
}

async function attachPort(db: CoreDb, auth: RequestAuth, router: RouterRow, portId: string): Promise<RouterInterfaceInfo> {
  const port = found(await findVisiblePort(db, auth, portId), 'port', portId);
  if (port.project_id !== router.project_id) {
    throw invalidInput(`Bad router request: port ${portId} belongs to project ${port.project_id}, the router to ${router.project_id}; use a port of the router's project.`);
  }
  if (port.device_id !== '' || port.device_owner !== '') throw portInUse(port);
  const fixedIps = (await loadFixedIps(db, [portId])).get(portId) ?? [];
  if (fixedIps.length === 0) throw invalidInput(`Bad router request: Router port ${portId} must have at least one fixed IP.`);
  await refuseSubnetsAlreadyAttached(
    db,
    router,
    fixedIps.map((fixedIp) => fixedIp.subnet_id),
  );
  // Only a still-unbound port is taken, so two routers racing for it cannot both win; the router's
  // lock keeps it from being deleted meanwhile (which would leave an interface without a router).
  await db.transaction().execute(async (trx) => {
    await lockOrNotFound(trx, 'routers', router.id);
    await lockOrNotFound(trx, 'ports', portId);
    const result = await trx
      .updateTable('ports')
      .set({ device_id: router.id, device_owner: ROUTER_INTERFACE_OWNER, status: 'ACTIVE', updated_at: timestamp() })
      .where('id', '=', portId)
      .where('device_id', '=', '')
      .where('device_owner', '=', '')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw portInUse(port);
  });
  return interfaceInfo(router, { port, fixedIps });
}

/** Detaches the interface on the given subnet or port and deletes its port. */
export async function removeRouterInterface(
  db: CoreDb,
  events: CoreEvents,
  router: RouterRow,
  body: RouterInterfaceBody,
): Promise<RouterInterfaceInfo> {
  if (body.subnet_id === undefined && body.port_id === undefined) throw missingTarget();
  const interfaces = await listInterfacePorts(db, router);
  const match = interfaces.find(
    (entry) =>
      (body.port_id === undefined || entry.port.id === body.port_id) &&
      (body.subnet_id === undefined || entry.fixedIps.some((fixedIp) => fixedIp.subnet_id === body.subnet_id)),
  );
  if (!match) throw interfaceNotFound(router.id, body);
  await deletePort(db, events, match.port.id);
  return interfaceInfo(router, match);
}

async function refuseSubnetsAlreadyAttached(db: CoreDb, router: RouterRow, subnetIds: readonly string[]): Promise<void> {
  const routerId = router.id;
  const attached = (await listInterfacePorts(db, router)).flatMap((entry) => entry.fixedIps);
  for (const subnetId of subnetIds) {
    if (attached.some((fixedIp) => fixedIp.subnet_id === subnetId)) {
      throw invalidInput(`Bad router request: Router ${routerId} already has a port on subnet ${subnetId}.`);
    }
  }
  await refuseOverlappingSubnets(db, attached, subnetIds);
}

/** A router cannot route between two subnets with overlapping ranges. */
async function refuseOverlappingSubnets(db: CoreDb, attached: readonly FixedIp[], subnetIds: readonly string[]): Promise<void> {
  const existing = await Promise.all([...new Set(attached.map((fixedIp) => fixedIp.subnet_id))].map((id) => findSubnet(db, id)));
  for (const subnetId of subnetIds) {
    const subnet = await findSubnet(db, subnetId);
    if (!subnet) continue;
    const clash = existing.find((other) => other && cidrsOverlap(parseCidr(other.cidr), parseCidr(subnet.cidr)));
    if (clash) {
      throw invalidInput(`Bad router request: Cidr ${subnet.cidr} of subnet ${subnet.id} overlaps with cidr ${clash.cidr} of subnet ${clash.id}.`);
    }
  }
}

function interfaceInfo(router: RouterRow, { port, fixedIps }: { port: Pick<InterfacePort['port'], 'id' | 'network_id' | 'project_id'>; fixedIps: FixedIp[] }): RouterInterfaceInfo {
  const subnetIds = fixedIps.map((fixedIp) => fixedIp.subnet_id);
  return {
    id: router.id,
    subnet_id: subnetIds[0] ?? '',
    subnet_ids: subnetIds,
    port_id: port.id,
    network_id: port.network_id,
    project_id: port.project_id,
    tenant_id: port.project_id,
  };
}

function missingTarget(): SwitchyardError {
  return invalidInput(`Bad router request: Either subnet_id or port_id must be specified, e.g. {"subnet_id": "<id>"}.`);
}

function portInUse(port: { id: string; network_id: string; device_id: string }): SwitchyardError {
  return conflict(
    'PortInUse',
    `Unable to complete operation on port ${port.id} for network ${port.network_id}. Port already has an attached device ${port.device_id || '(another owner)'}.`,
  );
}

function interfaceNotFound(routerId: string, body: RouterInterfaceBody): SwitchyardError {
  if (body.port_id !== undefined) {
    return new SwitchyardError('SY_ERR_NOT_FOUND', `Router ${routerId} does not have an interface with id ${body.port_id}.`, {
      type: 'RouterInterfaceNotFound',
    });
  }
  return new SwitchyardError('SY_ERR_NOT_FOUND', `Router ${routerId} has no interface on subnet ${body.subnet_id}.`, {
    type: 'RouterInterfaceNotFoundForSubnet',
  });
}
