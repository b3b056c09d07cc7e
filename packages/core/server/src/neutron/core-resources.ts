import type { CorePort, CoreResources, CoreRouter, Kysely } from '@switchyard/sdk';
import { presentPorts } from './ports/service.js';
import { findPort } from './ports/store.js';
import { findRouter } from './routers/store.js';
import { lockRow } from './shared/row-locks.js';
import type { CoreDb } from './shared/tables.js';

/**
 * What plugins may read of the core. Unscoped: a plugin checks the caller's project itself
 * (with `canAccess`) against the `project_id` it gets back.
 */
export function coreResourcesOf(db: CoreDb): CoreResources {
  return {
    findPort: (portId) => showPort(db, portId),
    async findRouter(routerId: string): Promise<CoreRouter | undefined> {
      const row = await findRouter(db, routerId);
      return row && { id: row.id, project_id: row.project_id, name: row.name };
    },
    // The plugin's transaction runs on the same database; only the core's tables are touched.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async lockPort(transaction: Kysely<any>, portId: string): Promise<CorePort | undefined> {
      const trx = transaction as CoreDb;
      // The same row lock the core's own port writes take, so a deletion waits for the plugin.
      if (!(await lockRow(trx, 'ports', portId))) return undefined;
      return showPort(trx, portId);
    },
  };
}

async function showPort(db: CoreDb, portId: string): Promise<CorePort | undefined> {
  const row = await findPort(db, portId);
  if (!row) return undefined;
  const [port] = await presentPorts(db, [row]);
  return port;
}
