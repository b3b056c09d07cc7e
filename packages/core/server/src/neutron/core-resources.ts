import type { CorePort, CoreResources, CoreRouter } from '@switchyard/sdk';
import { presentPorts } from './ports/presenter.js';
import { findPort } from './ports/repository.js';
import { findRouter } from './routers/repository.js';
import type { CoreDb } from './shared/tables.js';

/**
 * What plugins may read of the core. Unscoped: a plugin checks the caller's project itself
 * (with `canAccess`) against the `project_id` it gets back.
 */
export function coreResourcesOf(db: CoreDb): CoreResources {
  return {
    async findPort(portId: string): Promise<CorePort | undefined> {
      const row = await findPort(db, portId);
      if (!row) return undefined;
      const [port] = await presentPorts(db, [row]);
      return port;
    },
    async findRouter(routerId: string): Promise<CoreRouter | undefined> {
      const row = await findRouter(db, routerId);
      return row && { id: row.id, project_id: row.project_id, name: row.name };
    },
  };
}
