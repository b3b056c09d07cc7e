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

/** The router's interface ports with their addresses. */
export async function listInterfacePorts(db: Executor, routerId: string): Promise<InterfacePort[]> {
  const ports = await db
    .selectFrom('ports')
    .selectAll()
    .where('device_id', '=', routerId)
    .where('device_owner', '=', ROUTER_INTERFACE_OWNER)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const fixedIps = await loadFixedIps(
    db,
    ports.map((port) => port.id),
  );
  return ports.map((port) => ({ port, fixedIps: fixedIps.get(port.id) ?? [] }));
}
