import { conflict } from '@switchyard/sdk';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { type RouterRow, selectInterfacePorts } from './repository.js';

/**
 * Deletes a router that has no interfaces. Its row is locked first, and adding an interface
 * takes the same lock, so an interface added meanwhile makes this a 409, never an orphan port.
 */
export async function deleteRouter(db: CoreDb, router: RouterRow): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockOrNotFound(trx, 'routers', router.id);
    const attached = await selectInterfacePorts(trx, router).select('id').executeTakeFirst();
    if (attached) {
      throw conflict(
        'RouterInUse',
        `Router ${router.id} still has ports; remove its interfaces with PUT /v2.0/routers/${router.id}/remove_router_interface first.`,
      );
    }
    await trx.deleteFrom('routers').where('id', '=', router.id).execute();
  });
}
