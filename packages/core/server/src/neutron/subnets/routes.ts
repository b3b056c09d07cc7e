import type { FastifyInstance } from 'fastify';
import { type ResourceStore, registerResource, registerTags, tagQueryFilters } from '@switchyard/sdk';
import type { CoreContext } from '../shared/core-context.js';
import { subnetResource } from './resource.js';
import { subnetService } from './service.js';
import { subnetStore } from './store.js';

/** `/v2.0/subnets`, served by the kit with the subnet service. */
export function registerSubnets(app: FastifyInstance, context: CoreContext): ResourceStore {
  const store = registerResource(app, subnetResource, {
    db: context.db,
    service: subnetService(),
    store: subnetStore(context.db),
    queryFilters: tagQueryFilters('subnet_tags'),
  });
  registerTags(app, context.db, { resource: subnetResource, store, table: 'subnet_tags' });
  return store;
}
