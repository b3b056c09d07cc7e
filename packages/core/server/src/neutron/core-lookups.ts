import type { ResourceDirectory, ResourceLookup } from '@switchyard/sdk';
import { findVisibleNetwork } from './networks/repository.js';
import { findVisiblePort } from './ports/repository.js';
import { findVisibleRouter } from './routers/repository.js';
import type { CoreDb } from './shared/tables.js';

/**
 * Lets resources declared with the SDK's kit reference core resources that are not on the kit
 * yet (a resource served through `registerResource` is in the directory already): a reference is
 * valid only when the caller may see its target.
 */
export function registerCoreLookups(directory: ResourceDirectory, db: CoreDb): void {
  const lookups: Array<[string, ResourceLookup]> = [
    ['network', { findVisible: (auth, id) => findVisibleNetwork(db, auth, id) }],
    ['port', { findVisible: (auth, id) => findVisiblePort(db, auth, id) }],
    ['router', { findVisible: (auth, id) => findVisibleRouter(db, auth, id) }],
  ];
  for (const [resource, lookup] of lookups) if (!directory.has(resource)) directory.add(resource, lookup);
}
