import { type StoredRow, tableStore } from '@switchyard/sdk';
import { loadFixedIps } from '../ports/store.js';
import { type FixedIp, ROUTER_INTERFACE_OWNER } from '../ports/resource.js';
import type { Selectable } from 'kysely';
import type { CoreDb, PortTable } from '../shared/tables.js';
import { routerResource } from './resource.js';

/** The router a request names: enough to scope its interfaces. */
export interface RouterRef {
  id: string;
  project_id: string;
}

export async function insertRouter(db: CoreDb, row: StoredRow): Promise<void> {
  await tableStore(db, routerResource).insert(row);
}

export async function updateRouter(db: CoreDb, id: string, columns: StoredRow): Promise<void> {
  await tableStore(db, routerResource).update(id, columns);
}

export async function deleteRouterRow(db: CoreDb, id: string): Promise<void> {
  await tableStore(db, routerResource).remove(id);
}

/** Unscoped: for plugins (through core-resources) and for device ownership checks across projects. */
export async function findRouter(db: CoreDb, id: string) {
  return db.selectFrom('routers').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface InterfacePort {
  port: Selectable<PortTable>;
  fixedIps: FixedIp[];
}

/**
 * The router's interface ports with their addresses. Only ports of the router's own project count:
 * a port of another project naming this router as its device is not an interface of it.
 */
export async function listInterfacePorts(db: CoreDb, router: RouterRef): Promise<InterfacePort[]> {
  const ports = await selectInterfacePorts(db, router).selectAll().orderBy('created_at').orderBy('id').execute();
  const fixedIps = await loadFixedIps(
    db,
    ports.map((port) => port.id),
  );
  return ports.map((port) => ({ port, fixedIps: fixedIps.get(port.id) ?? [] }));
}

export async function hasInterfacePorts(db: CoreDb, router: RouterRef): Promise<boolean> {
  return (await selectInterfacePorts(db, router).select('id').executeTakeFirst()) !== undefined;
}

/** Ports that are interfaces of the router: owned by its project, naming it as their device. */
function selectInterfacePorts(db: CoreDb, router: RouterRef) {
  return db
    .selectFrom('ports')
    .where('device_id', '=', router.id)
    .where('project_id', '=', router.project_id)
    .where('device_owner', '=', ROUTER_INTERFACE_OWNER);
}
