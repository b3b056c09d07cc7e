import type { FastifyInstance } from 'fastify';
import { type ResourceStore, registerResource, registerTags, tagQueryFilters } from '@switchyard/sdk';
import type { CoreContext } from '../shared/core-context.js';
import { extendedResource } from '../shared/extended-resource.js';
import { networkResource } from './resource.js';
import { networkService } from './service.js';
import { networkStore } from './store.js';

/** `/v2.0/networks`, served by the kit with the network service, with the attributes plugins add to networks. */
export function registerNetworks(app: FastifyInstance, context: CoreContext): ResourceStore {
  const store = registerResource(app, extendedResource(networkResource, context.networkExtensions.attributes), {
    db: context.db,
    service: networkService(context),
    store: networkStore(context.db),
    summaries: { delete: 'Delete a network and its subnets' },
    queryFilters: { ...tagQueryFilters('network_tags'), ...context.networkExtensions.listFilters },
  });
  registerTags(app, context.db, { resource: networkResource, store, table: 'network_tags' });
  return store;
}
