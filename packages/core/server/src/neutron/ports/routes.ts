import type { FastifyInstance } from 'fastify';
import { type ResourceStore, registerResource, registerTags, tagQueryFilters } from '@switchyard/sdk';
import type { CoreContext } from '../shared/core-context.js';
import { extendedResource } from '../shared/extended-resource.js';
import { portResource } from './resource.js';
import { portService } from './service.js';
import { fixedIpsFilter } from './store.js';

/** `/v2.0/ports`, served by the kit with the port service, with the attributes plugins add to ports. */
export function registerPorts(app: FastifyInstance, context: CoreContext): ResourceStore {
  const store = registerResource(app, extendedResource(portResource, context.portExtensions.attributes), {
    db: context.db,
    service: portService(context),
    summaries: { delete: 'Delete a port and release its addresses' },
    queryFilters: { ...tagQueryFilters('port_tags'), fixed_ips: fixedIpsFilter, ...context.portExtensions.listFilters },
  });
  registerTags(app, context.db, { resource: portResource, store, table: 'port_tags' });
  return store;
}
