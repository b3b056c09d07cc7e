import { notFound } from '@switchyard/sdk';
import { portInUse } from '../errors.js';
import { checkNoDuplicatePorts, checkPortBindable } from '../domain/port-binding.js';
import { groupOfPort } from '../store/groups-store.js';
import type { FirewallDb } from '../store/tables.js';
import type { FirewallServices } from './service-context.js';

/**
 * Checks the ports a group is to be bound to (the kit has already refused those the caller may
 * not see): each a router interface of the group's project, not protected by another group yet.
 * Run in the transaction that binds them: each port is locked there (in id order, so two bindings
 * never deadlock), so none can be deleted before the binding is stored, and its deletion then unbinds it.
 */
export async function checkPortsBindable(
  services: FirewallServices,
  trx: FirewallDb,
  group: { id: string; project_id: string },
  portIds: readonly string[],
): Promise<void> {
  checkNoDuplicatePorts(portIds);
  for (const portId of [...portIds].sort()) {
    const port = await services.core.lockPort(trx, portId);
    // Deleted by a concurrent request since the kit found it.
    if (!port) throw notFound('port', portId);
    checkPortBindable(port, group.project_id);
    const boundTo = await groupOfPort(trx, portId);
    if (boundTo && boundTo.id !== group.id) throw portInUse(portId, boundTo.id);
  }
}
