import type { RequestAuth } from '@switchyard/sdk';
import type { Selectable } from 'kysely';
import { type Executor, type PortRow, loadFixedIps } from '../ports/repository.js';
import { type FixedIp, ROUTER_INTERFACE_OWNER } from '../ports/schema.js';
import { visibleProject } from '../shared/scope.js';
import type { RouterTable } from '../shared/tables.js';

export type RouterRow = Selectable<RouterTable>;

export function selectVisibleRouters(db: Executor, auth: RequestAuth) {
  const project = visibleProject(auth);
  const query = db.selectFrom('routers').selectAll();
  return project === undefined ? query : query.where('project_id', '=', project);
}

export async function findVisibleRouter(db: Executor, auth: RequestAuth, id: string): Promise<RouterRow | undefined> {
  return selectVisibleRouters(db, auth).where('id', '=', id).executeTakeFirst();
}

export async function findRouter(db: Executor, id: string): Promise<RouterRow | undefined> {
  return db.selectFrom('routers').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface InterfacePort {
  port: PortRow;
  fixedIps: FixedIp[];
}

/**
 * The router's interface ports with their addresses. Only ports of the router's own project count:
 * a port of another project naming this router as its device is not an interface of it.
 */
export async function listInterfacePorts(db: Executor, router: Pick<RouterRow, 'id' | 'project_id'>): Promise<InterfacePort[]> {
  const ports = await selectInterfacePorts(db, router).selectAll().orderBy('created_at').orderBy('id').execute();
  const fixedIps = await loadFixedIps(
    db,
    ports.map((port) => port.id),
  );
  return ports.map((port) => ({ port, fixedIps: fixedIps.get(port.id) ?? [] }));
}

/** Ports that are interfaces of the router: owned by its project, naming it as their device. */
export function selectInterfacePorts(db: Executor, router: Pick<RouterRow, 'id' | 'project_id'>) {
  return db
    .selectFrom('ports')
    .where('device_id', '=', router.id)
    .where('project_id', '=', router.project_id)
    .where('device_owner', '=', ROUTER_INTERFACE_OWNER);
}

