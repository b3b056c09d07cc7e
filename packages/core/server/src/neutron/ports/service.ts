import {
  type PortCaller,
  type ResourceOperation,
  type ResourceService,
  type StoredRow,
  conflict,
  inTransaction,
  loadTags,
  notFound,
  presentRows,
  storedColumns,
  touchedColumns,
} from '@switchyard/sdk';
import { refuseNetworkUse } from '../networks/network-use.js';
import type { CoreEvents } from '../events/core-events.js';
import type { CoreContext } from '../shared/core-context.js';
import type { CoreDb } from '../shared/tables.js';
import { isRouterInterface, refuseForeignRouterDevice } from './device-ownership.js';
import { createPort, inRetriedTransaction, reallocatePort } from './port-addressing.js';
import type { PortExtensions } from './port-extensions.js';
import { type Port, type PortAttributes, type PortChanges, type PortCreation, ROUTER_INTERFACE_OWNER, portResource } from './resource.js';
import { deletePortRow, findPort, loadFixedIps, updatePort } from './store.js';

/** What the kit calls for ports: addresses and MAC on create and update, device ownership, plugins' attributes, the core event on delete. */
export function portService(context: CoreContext): ResourceService<PortAttributes> {
  const extensions = context.portExtensions;
  return {
    nativeBulk: true,
    create: (operation, input) => createRequestedPort(operation.db, input, { extensions, caller: callerOf(operation) }),
    update: (operation, row, changes) => changePort(operation.db, row, changes, { extensions, caller: callerOf(operation) }),
    remove: (operation, row) => removePort({ ...context, db: operation.db }, row),
    present: async (rows, db) => extensions.present(await presentPorts(db, rows), db),
  };
}

/** Who asks, and the plugins that store their port attributes in the same transaction. */
export interface PortRequest {
  extensions: PortExtensions;
  caller: PortCaller;
}

function callerOf(operation: ResourceOperation): PortCaller {
  return { projectId: operation.auth.projectId, isAdmin: operation.auth.isAdmin };
}

/**
 * A port asked for through the API, which may name only its own project's routers as its device;
 * the plugins store their attributes in its transaction. Returns the port as created, read inside
 * it; inside a bulk create, its id, for the kit to read every item back at once.
 */
export async function createRequestedPort(db: CoreDb, input: PortCreation, { extensions, caller }: PortRequest): Promise<string | Port> {
  const { core, extended } = extensions.split(input);
  return inRetriedTransaction(db, async (trx) => {
    await refuseNetworkUse(trx, { networkId: core.network_id, projectId: core.project_id, use: 'port' });
    await refuseForeignRouterDevice(trx, { projectId: core.project_id, deviceId: core.device_id, deviceOwner: core.device_owner });
    const id = await createPort(trx, core);
    const port = await showStoredPort(trx, id);
    await extensions.created(port, extended, caller, trx);
    if (db.isTransaction) return id;
    const [shown] = await extensions.present([port], trx);
    return shown;
  });
}

/**
 * New fixed_ips replace the old ones atomically; the device may only become a router of the
 * port's project; the plugins store their sent attributes in the same transaction.
 */
export async function changePort(db: CoreDb, row: StoredRow, changes: PortChanges, { extensions, caller }: PortRequest): Promise<Port> {
  const id = String(row.id);
  const { core, extended } = extensions.split(changes);
  const { fixed_ips: fixedIps, ...attributes } = core;
  const deviceOwner = attributes.device_owner ?? String(row.device_owner);
  return inRetriedTransaction(db, async (trx) => {
    await refuseForeignRouterDevice(trx, { projectId: String(row.project_id), deviceId: attributes.device_id ?? String(row.device_id), deviceOwner });
    if (fixedIps !== undefined) await reallocatePort(trx, { id, network_id: String(row.network_id) }, fixedIps);
    await updatePort(trx, id, { ...storedColumns(portResource, attributes), ...touchedColumns(portResource) });
    const port = await showStoredPort(trx, id);
    await extensions.updated(port, extended, caller, trx);
    const [shown] = await extensions.present([port], trx);
    return shown;
  });
}

/** The port as the core shows it, read in the transaction that just wrote it. */
async function showStoredPort(db: CoreDb, id: string): Promise<Port> {
  const row = await findPort(db, id);
  // Only a concurrent deletion that won the row lock can remove it; the client sees the port gone.
  if (!row) throw notFound('port', id);
  const [port] = await presentPorts(db, [row]);
  return port;
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
