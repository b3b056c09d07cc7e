import type { FastifyInstance } from 'fastify';
import { type ResourceStore, registerResource } from '@switchyard/sdk';
import type { CoreContext } from '../shared/core-context.js';
import { subnetResource } from './resource.js';
import { subnetService } from './service.js';
import { subnetStore } from './store.js';

/** `/v2.0/subnets`, served by the kit with the subnet service. */
export function registerSubnets(app: FastifyInstance, context: CoreContext): ResourceStore {
  return registerResource(app, subnetResource, { db: context.db, service: subnetService(context), store: subnetStore(context.db) });
}
