import type { FastifyPluginAsync } from 'fastify';
import type { CoreResources, Kysely } from '@switchyard/sdk';
import { coreResourcesOf } from './core-resources.js';
import type { CoreEvents } from './events/core-events.js';
import { type PortExtensions, createPortExtensions } from './ports/port-extensions.js';
import { type NetworkExtensions, createNetworkExtensions } from './networks/network-extensions.js';
import { registerNetworks } from './networks/routes.js';
import { registerPorts } from './ports/routes.js';
import { registerRouters } from './routers/routes.js';
import type { CoreContext } from './shared/core-context.js';
import type { CoreDb } from './shared/tables.js';
import { registerSubnets } from './subnets/routes.js';
import { type ServerQuotas, coreCountedResources, serverQuotas } from './quotas/quota-resources.js';
import { DEFAULTS } from '../config/defaults.js';
import { registerQuotas } from './quotas/routes.js';

export { coreMigrations } from './migrations/index.js';
export { coreApiResources, coreExtensions } from './api-metadata.js';
export { type CoreEvents, createCoreEvents } from './events/core-events.js';
export { type PortExtensions, createPortExtensions } from './ports/port-extensions.js';
export { type NetworkExtensions, createNetworkExtensions } from './networks/network-extensions.js';
export type { DeclaredAttributes } from './shared/attribute-extensions.js';
export { coreQuotaLimits } from './quotas/limits.js';
export { type CountedResource, type ServerQuotas, coreCountedResources, serverQuotas } from './quotas/quota-resources.js';

export interface CoreApiOptions {
  // The host's database serves core and plugins alike, so it is untyped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  events: CoreEvents;
  portExtensions?: PortExtensions;
  networkExtensions?: NetworkExtensions;
  quotas?: ServerQuotas;
}

/**
 * The Neutron v2.0 core: networks, subnets, ports and routers, each declared once and served by
 * the SDK's resource kit, so the server's resource directory holds them for plugins' references.
 */
export const coreApi: FastifyPluginAsync<CoreApiOptions> = async (app, options) => {
  const portExtensions = options.portExtensions ?? createPortExtensions([]);
  const networkExtensions = options.networkExtensions ?? createNetworkExtensions([]);
  const context: CoreContext = { db: options.db as CoreDb, events: options.events, portExtensions, networkExtensions };
  registerNetworks(app, context);
  registerSubnets(app, context);
  registerPorts(app, context);
  registerRouters(app, context);
  registerQuotas(app, context.db, options.quotas ?? serverQuotas(undefined, coreCountedResources(DEFAULTS.quotas)));
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createCoreResources(db: Kysely<any>): CoreResources {
  return coreResourcesOf(db as CoreDb);
}
