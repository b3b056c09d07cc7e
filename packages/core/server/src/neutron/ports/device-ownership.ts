import { conflict } from '@switchyard/sdk';
import { findRouter } from '../routers/store.js';
import type { CoreDb } from '../shared/tables.js';
import { ROUTER_INTERFACE_OWNER } from './resource.js';

/**
 * Owners that make a port part of a router. Neutron checks these (its ROUTER_INTERFACE_OWNERS and
 * the gateway) so that no project can plant a port on another project's router.
 */
const ROUTER_DEVICE_OWNER_PREFIX = 'network:router';

/**
 * Refuses a port that names another project's router as its device (Neutron's
 * DeviceIDNotOwnedByTenant). A device id that is no router, or the project's own router, is fine.
 */
export async function refuseForeignRouterDevice(
  db: CoreDb,
  port: { projectId: string; deviceId: string; deviceOwner: string },
): Promise<void> {
  if (!port.deviceOwner.startsWith(ROUTER_DEVICE_OWNER_PREFIX) || port.deviceId === '') return;
  const router = await findRouter(db, port.deviceId);
  if (router && router.project_id !== port.projectId) {
    throw conflict(
      'DeviceIDNotOwnedByTenant',
      `The following device_id ${port.deviceId} is not owned by your project or matches another project's router; ` +
        'use the id of a router of your own project.',
    );
  }
}

/**
 * Whether the port is an interface of an existing router of its own project; only the router API
 * may remove those. A port whose router is gone (or never existed) is an ordinary port again.
 */
export async function isRouterInterface(db: CoreDb, port: { project_id: string; device_id: string; device_owner: string }): Promise<boolean> {
  if (port.device_owner !== ROUTER_INTERFACE_OWNER || port.device_id === '') return false;
  const router = await findRouter(db, port.device_id);
  return router?.project_id === port.project_id;
}
