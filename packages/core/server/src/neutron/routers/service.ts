import { type ResourceService, type StoredRow, conflict, inTransaction, invalidInput, loadTags, newRow, presentRows, storedColumns, touchedColumns } from '@switchyard/sdk';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { type Router, type RouterAttributes, type RouterChanges, type RouterCreation, routerResource } from './resource.js';
import { deleteRouterRow, hasInterfacePorts, insertRouter, updateRouter } from './store.js';

/** What the kit calls for routers; interfaces are member actions (see interfaces.ts). */
export function routerService(): ResourceService<RouterAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createRouter(operation.db, input),
    update: (operation, row, changes) => changeRouter(operation.db, row, changes),
    remove: (operation, row) => removeRouter(operation.db, { id: String(row.id), project_id: String(row.project_id) }),
    present: (rows, db) => presentRouters(db, rows),
  };
}

export async function createRouter(db: CoreDb, input: RouterCreation): Promise<string> {
  refuseUnsupported(input);
  const row = newRow(routerResource, input);
  await insertRouter(db, row);
  return String(row.id);
}

export async function changeRouter(db: CoreDb, row: StoredRow, changes: RouterChanges): Promise<void> {
  refuseUnsupported(changes);
  await updateRouter(db, String(row.id), { ...storedColumns(routerResource, changes), ...touchedColumns(routerResource) });
}

/**
 * Deletes a router that has no interfaces. Its row is locked first, and adding an interface
 * takes the same lock, so an interface added meanwhile makes this a 409, never an orphan port.
 */
export async function removeRouter(db: CoreDb, router: { id: string; project_id: string }): Promise<void> {
  await inTransaction(db, async (trx) => {
    await lockOrNotFound(trx, 'routers', router.id);
    if (await hasInterfacePorts(trx, router)) {
      throw conflict(
        'RouterInUse',
        `Router ${router.id} still has ports; remove its interfaces with PUT /v2.0/routers/${router.id}/remove_router_interface first.`,
      );
    }
    await deleteRouterRow(trx, router.id);
  });
}

/** Neither external gateways nor extra routes exist here yet. */
export async function presentRouters(db: CoreDb, rows: readonly StoredRow[]): Promise<Router[]> {
  const tags = await loadTags(
    db,
    'router_tags',
    rows.map((row) => String(row.id)),
  );
  return presentRows(routerResource, rows, (row) => ({ external_gateway_info: null, routes: [], tags: tags.get(String(row.id)) ?? [] }));
}

function refuseUnsupported(changes: { external_gateway_info?: unknown; routes?: unknown[] }): void {
  if (changes.external_gateway_info !== undefined && changes.external_gateway_info !== null) {
    throw invalidInput('Invalid input for external_gateway_info: external gateways are not supported yet; send null or omit it.');
  }
  if (changes.routes !== undefined && changes.routes.length > 0) {
    throw invalidInput('Invalid input for routes: extra routes are not supported yet; send [] or omit it.');
  }
}
