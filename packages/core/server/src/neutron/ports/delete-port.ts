import type { CoreEvents } from '../events/core-events.js';
import type { CoreDb } from '../shared/tables.js';
import { presentPorts } from './presenter.js';
import { deletePortRow, findPort } from './repository.js';

/**
 * Deletes a port and its addresses in one transaction and announces it to plugins inside that
 * transaction, so their cleanup commits or rolls back with the deletion.
 */
export async function deletePort(db: CoreDb, events: CoreEvents, portId: string): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    const row = await findPort(transaction, portId);
    if (!row) return;
    const [port] = await presentPorts(transaction, [row]);
    // Only the request that removed the row announces it: once per port, even when deletions race.
    if (!(await deletePortRow(transaction, portId))) return;
    await events.portDeleted({ port }, transaction);
  });
}
