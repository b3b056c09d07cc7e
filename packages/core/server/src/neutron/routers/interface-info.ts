import { SwitchyardError, invalidInput } from '@switchyard/sdk';
import type { FixedIp } from '../ports/resource.js';
import type { RouterInterfaceBody, RouterInterfaceInfo } from './resource.js';
import type { RouterRef } from './store.js';

/** add_router_interface takes exactly one of subnet_id and port_id (checked before either is looked up). */
export function checkAddInterfaceBody(body: RouterInterfaceBody): void {
  if (body.subnet_id !== undefined && body.port_id !== undefined) {
    throw invalidInput('Bad router request: Cannot specify both subnet-id and port-id when adding a router interface; give one.');
  }
  checkRemoveInterfaceBody(body);
}

/** remove_router_interface takes either or both, as Neutron does: the interface must match all given. */
export function checkRemoveInterfaceBody(body: RouterInterfaceBody): void {
  if (body.subnet_id === undefined && body.port_id === undefined) {
    throw invalidInput(`Bad router request: Either subnet_id or port_id must be specified, e.g. {"subnet_id": "<id>"}.`);
  }
}

/** Neutron's answer to both actions: the router, the interface's port and the subnets it is on. */
export function interfaceInfo(
  router: RouterRef,
  port: { id: string; network_id: string; project_id: string },
  fixedIps: readonly FixedIp[],
): RouterInterfaceInfo {
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

/** Also the answer for a port or subnet the caller may not see: it is no interface of theirs either. */
export function interfaceNotFound(routerId: string, body: RouterInterfaceBody): SwitchyardError {
  if (body.port_id !== undefined) {
    return new SwitchyardError('SY_ERR_NOT_FOUND', `Router ${routerId} does not have an interface with id ${body.port_id}.`, {
      type: 'RouterInterfaceNotFound',
    });
  }
  return new SwitchyardError('SY_ERR_NOT_FOUND', `Router ${routerId} has no interface on subnet ${body.subnet_id}.`, {
    type: 'RouterInterfaceNotFoundForSubnet',
  });
}
