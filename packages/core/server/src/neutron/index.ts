import type { FastifyPluginAsync } from 'fastify';
import { type CoreResources, type Kysely, resourceDirectoryOf } from '@switchyard/sdk';
import { coreResourcesOf } from './core-resources.js';
import { registerCoreLookups } from './core-lookups.js';
import type { CoreEvents } from './events/core-events.js';
import { registerNetworks } from './networks/routes.js';
import { portRoutes } from './ports/routes.js';
import { routerRoutes } from './routers/routes.js';
import { IntegerBooleansPlugin } from './shared/integer-booleans.js';
import type { CoreDb } from './shared/tables.js';
import { registerSubnets } from './subnets/routes.js';

export { coreMigrations } from './migrations/index.js';
export { coreApiResources, coreExtensions } from './api-metadata.js';
export { type CoreEvents, createCoreEvents } from './events/core-events.js';

/** The Neutron v2.0 core: networks, subnets, ports and routers. */
// The host's database serves core and plugins alike, so it is untyped here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const coreApi: FastifyPluginAsync<{ db: Kysely<any>; events: CoreEvents }> = async (app, options) => {
  const routeOptions = { db: coreDb(options.db), events: options.events };
  registerNetworks(app, routeOptions);
  registerSubnets(app, routeOptions);
  await app.register(portRoutes, routeOptions);
  await app.register(routerRoutes, routeOptions);
  registerCoreLookups(resourceDirectoryOf(app), routeOptions.db);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createCoreResources(db: Kysely<any>): CoreResources {
  return coreResourcesOf(coreDb(db));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function coreDb(db: Kysely<any>): CoreDb {
  return (db as CoreDb).withPlugin(new IntegerBooleansPlugin());
}
