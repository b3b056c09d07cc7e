import { type CorePort, invalidInput } from '@switchyard/sdk';
import { firewallError } from '../errors.js';

/** Router interface owners in Neutron (legacy, DVR and HA routers). */
export const ROUTER_INTERFACE_OWNERS: readonly string[] = [
  'network:router_interface',
  'network:router_interface_distributed',
  'network:ha_router_replicated_interface',
];

/** A group lists each port once. */
export function checkNoDuplicatePorts(portIds: readonly string[]): void {
  const duplicate = portIds.find((portId, index) => portIds.indexOf(portId) !== index);
  if (duplicate) throw invalidInput(`Invalid input for firewall_group.ports: port ${duplicate} is listed twice.`);
}

/**
 * The enforcement point is explicit: a group filters exactly the router interface ports it is
 * bound to, and only ports of its own project (admins included).
 */
export function checkPortBindable(port: CorePort, projectId: string): void {
  checkPortOwnership(port, projectId);
  checkRouterInterface(port);
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
