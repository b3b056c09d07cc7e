import { type SwitchyardError, conflict, invalidInput, neutronTimestamp, notFound } from '@switchyard/sdk';
import { cidrsOverlap, parseCidr } from '../ipam/address.js';
import { createPort } from '../ports/port-addressing.js';
import { type FixedIp, ROUTER_INTERFACE_OWNER } from '../ports/resource.js';
import { bindPortToRouter, findPort, loadFixedIps } from '../ports/store.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { findSubnet } from '../subnets/store.js';
import { interfaceInfo } from './interface-info.js';
import type { RouterInterfaceBody, RouterInterfaceInfo } from './resource.js';
import { type RouterRef, listInterfacePorts } from './store.js';

/**
 * Attaches a subnet (through a new port on its gateway address) or an existing port to the router.
 * The kit has checked the body (one of the two) and that the caller may see what it names.
 */
export async function addRouterInterface(db: CoreDb, router: RouterRef, body: RouterInterfaceBody): Promise<RouterInterfaceInfo> {
  if (body.port_id !== undefined) return attachPort(db, router, body.port_id);
  return attachSubnet(db, router, String(body.subnet_id));
}

async function attachSubnet(db: CoreDb, router: RouterRef, subnetId: string): Promise<RouterInterfaceInfo> {
  const subnet = await findSubnet(db, subnetId);
  if (!subnet) throw notFound('subnet', subnetId);
  if (subnet.gateway_ip === null) {
    throw invalidInput(`Bad router request: Subnet ${subnetId} for router interface must have a gateway IP; set the subnet's gateway_ip first.`);
  }
  await refuseSubnetsAlreadyAttached(db, router, [subnetId]);
  const fixedIps = [{ subnet_id: subnetId, ip_address: subnet.gateway_ip }];
  const portId = await createPort(db, {
    project_id: router.project_id,
    network_id: subnet.network_id,
    name: '',
    description: '',
    admin_state_up: true,
    device_id: router.id,
    device_owner: ROUTER_INTERFACE_OWNER,
    deviceIsRouter: true,
    status: 'ACTIVE',
    revision_number: 1,
    fixed_ips: fixedIps,
  });
  // What was stored, not a re-read: a concurrent remove_router_interface may already have deleted it.
  return interfaceInfo(router, { id: portId, network_id: subnet.network_id, project_id: router.project_id }, fixedIps);
}

async function attachPort(db: CoreDb, router: RouterRef, portId: string): Promise<RouterInterfaceInfo> {
  const port = await findPort(db, portId);
  if (!port) throw notFound('port', portId);
  if (port.project_id !== router.project_id) {
    throw invalidInput(
      `Bad router request: port ${portId} belongs to project ${port.project_id}, the router to ${router.project_id}; use a port of the router's project.`,
    );
  }
  if (port.device_id !== '' || port.device_owner !== '') throw portInUse(port);
  const fixedIps = (await loadFixedIps(db, [portId])).get(portId) ?? [];
  if (fixedIps.length === 0) throw invalidInput(`Bad router request: Router port ${portId} must have at least one fixed IP.`);
  await refuseSubnetsAlreadyAttached(
    db,
    router,
    fixedIps.map((fixedIp) => fixedIp.subnet_id),
  );
  // The router's lock keeps it from being deleted meanwhile (which would leave an interface without a router).
  await db.transaction().execute(async (trx) => {
    await lockOrNotFound(trx, 'routers', router.id);
    await lockOrNotFound(trx, 'ports', portId);
    const binding = { device_id: router.id, device_owner: ROUTER_INTERFACE_OWNER, status: 'ACTIVE', updated_at: neutronTimestamp() };
    if (!(await bindPortToRouter(trx, portId, binding))) throw portInUse(port);
  });
  return interfaceInfo(router, port, fixedIps);
}

async function refuseSubnetsAlreadyAttached(db: CoreDb, router: RouterRef, subnetIds: readonly string[]): Promise<void> {
  const attached = (await listInterfacePorts(db, router)).flatMap((entry) => entry.fixedIps);
  for (const subnetId of subnetIds) {
    if (attached.some((fixedIp) => fixedIp.subnet_id === subnetId)) {
      throw invalidInput(`Bad router request: Router ${router.id} already has a port on subnet ${subnetId}.`);
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

function portInUse(port: { id: string; network_id: string; device_id: string }): SwitchyardError {
  return conflict(
    'PortInUse',
    `Unable to complete operation on port ${port.id} for network ${port.network_id}. Port already has an attached device ${port.device_id || '(another owner)'}.`,
  );
}
