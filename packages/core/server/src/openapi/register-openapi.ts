import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import type { Stability } from '@switchyard/sdk';
import { routeSchema } from '../neutron/shared/schemas.js';
import { routeLabelsOf } from './route-labels.js';

/** Where a running server serves its own OpenAPI document. */
export const OPENAPI_PATH = '/v2.0/openapi.json';

/**
 * The HTTP API's version, not the npm package's: publishing a new server version must not make
 * every committed document stale; only a change of the API itself changes them.
 */
export const API_INFO = { title: 'Switchyard networking API (Neutron v2.0 compatible)', version: '2.0' } as const;

/**
 * Collects every route's schema into an OpenAPI 3 document (`app.swagger()`). Registered before
 * any route, since @fastify/swagger learns routes as they are added. Each operation is marked
 * `x-stability` from the package that owns it: the core's own for core routes, the plugin's for
 * a plugin's (labelled by the plugin host), and `x-extension` names a plugin's Neutron extension.
 */
export async function registerOpenApi(app: FastifyInstance, coreStability: Stability): Promise<void> {
  await app.register(swagger, {
    openapi: { openapi: '3.0.3', info: { ...API_INFO } },
    transform: ({ schema, url, route }) => ({ schema: labelledSchema(schema, route, coreStability), url }),
  });
  app.get(OPENAPI_PATH, {
    schema: routeSchema({
      tags: ['discovery'],
      summary: 'The OpenAPI document of this server, with every enabled plugin',
      response: { 200: { type: 'object', additionalProperties: true } },
    }),
    handler: async () => app.swagger(),
  });
}

function labelledSchema(schema: FastifySchema | undefined, route: RouteOptions, coreStability: Stability): FastifySchema {
  const labels = routeLabelsOf(route);
  return {
    ...schema,
    'x-stability': labels?.stability ?? coreStability,
    ...(labels?.extension === undefined ? {} : { 'x-extension': labels.extension }),
  } as FastifySchema;
}
