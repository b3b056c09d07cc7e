import { type ResourceService, type StoredRow, conflict, inTransaction, presentRows, storedColumns, touchedColumns } from '@switchyard/sdk';
import { refuseNetworkUse } from '../networks/network-use.js';
import type { CoreEvents } from '../events/core-events.js';
import type { CoreContext } from '../shared/core-context.js';
import type { CoreDb } from '../shared/tables.js';
import { loadTags } from '../tags/store.js';
import { isRouterInterface, refuseForeignRouterDevice } from './device-ownership.js';
import { createPort, reallocatePort } from './port-addressing.js';
import { type Port, type PortAttributes, type PortChanges, type PortCreation, ROUTER_INTERFACE_OWNER, portResource } from './resource.js';
import { deletePortRow, findPort, loadFixedIps, updatePort } from './store.js';

/** What the kit calls for ports: addresses and MAC on create and update, device ownership, the core event on delete. */
export function portService(context: CoreContext): ResourceService<PortAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createRequestedPort(operation.db, input),
    update: (operation, row, changes) => changePort(operation.db, row, changes),
    remove: (operation, row) => removePort({ ...context, db: operation.db }, row),
    present: (rows, db) => presentPorts(db, rows),
  };
}

/** A port asked for through the API, which may name only its own project's routers as its device. */
export async function createRequestedPort(db: CoreDb, input: PortCreation): Promise<string> {
  await refuseNetworkUse(db, { networkId: input.network_id, projectId: input.project_id, use: 'port' });
  await refuseForeignRouterDevice(db, { projectId: input.project_id, deviceId: input.device_id, deviceOwner: input.device_owner });
  return createPort(db, input);
}

/** New fixed_ips replace the old ones atomically; the device may only become a router of the port's project. */
export async function changePort(db: CoreDb, row: StoredRow, changes: PortChanges): Promise<void> {
  const id = String(row.id);
  const { fixed_ips: fixedIps, ...attributes } = changes;
  const deviceOwner = attributes.device_owner ?? String(row.device_owner);
  await refuseForeignRouterDevice(db, { projectId: String(row.project_id), deviceId: attributes.device_id ?? String(row.device_id), deviceOwner });
  if (fixedIps !== undefined) await reallocatePort(db, { id, network_id: String(row.network_id) }, fixedIps);
  await updatePort(db, id, { ...storedColumns(portResource, attributes), ...touchedColumns(portResource) });
}

/** A router's interface goes only through the router API; any other port is deleted with its addresses. */
export async function removePort({ db, events }: CoreContext, row: StoredRow): Promise<void> {
  const port = { project_id: String(row.project_id), device_id: String(row.device_id), device_owner: String(row.device_owner) };
  if (await isRouterInterface(db, port)) {
    throw conflict(
      'ServicePortInUse',
      `Port ${String(row.id)} cannot be deleted directly via the port API: has device owner ${ROUTER_INTERFACE_OWNER}. ` +
        `Use PUT /v2.0/routers/${port.device_id}/remove_router_interface instead.`,
    );
  }
  await deletePort(db, events, String(row.id));
}

/**
 * Deletes a port and its addresses in one transaction and announces it to plugins inside that
 * transaction, so their cleanup commits or rolls back with the deletion.
 */
export async function deletePort(db: CoreDb, events: CoreEvents, portId: string): Promise<void> {
  await inTransaction(db, async (transaction) => {
    const row = await findPort(transaction, portId);
    if (!row) return;
    const [port] = await presentPorts(transaction, [row]);
    // Only the request that removed the row announces it: once per port, even when deletions race.
    if (!(await deletePortRow(transaction, portId))) return;
    await events.portDeleted({ port }, transaction);
  });
}

/** Rows to API ports, loading the fixed IPs of a whole page in one query. */
export async function presentPorts(db: CoreDb, rows: readonly StoredRow[]): Promise<Port[]> {
  const ids = rows.map((row) => String(row.id));
  const [fixedIps, tags] = await Promise.all([loadFixedIps(db, ids), loadTags(db, 'port_tags', ids)]);
  return presentRows(portResource, rows, (row) => ({ fixed_ips: fixedIps.get(String(row.id)) ?? [], tags: tags.get(String(row.id)) ?? [] }));
}
