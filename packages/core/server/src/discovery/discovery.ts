import type { FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import { notFound } from '@switchyard/sdk';
import type { ApiCatalog, CatalogExtension } from './api-catalog.js';
import { routeSchema } from '../neutron/shared/schemas.js';
import { extensionParams, extensionResponse, extensionsResponse, resourcesResponse, versionsResponse } from './schemas.js';

/**
 * Neutron's discovery documents (`/`, `/v2.0/`, `/v2.0/extensions`), so OpenStack clients can
 * find what this server offers; each resource and extension also says how stable it is.
 */
export function registerDiscovery(app: FastifyInstance, catalog: ApiCatalog): void {
  app.get('/', { schema: discoverySchema('List API versions', { response: { 200: versionsResponse } }) }, async (request) => ({
    versions: [{ id: 'v2.0', status: 'CURRENT', links: [{ href: `${baseUrl(request)}/v2.0/`, rel: 'self' }] }],
  }));

  const listResources = async (request: FastifyRequest) => ({
    resources: catalog.resources.map((entry) => ({
      name: entry.resource,
      collection: entry.collection,
      links: [{ href: `${baseUrl(request)}${entry.path}`, rel: 'self' }],
      stability: entry.stability,
    })),
  });
  const resourcesSchema = discoverySchema('List the resources of API v2.0', { response: { 200: resourcesResponse } });
  app.get('/v2.0', { schema: resourcesSchema }, listResources);
  app.get('/v2.0/', { schema: resourcesSchema }, listResources);

  app.get('/v2.0/extensions', { schema: discoverySchema('List extensions', { response: { 200: extensionsResponse } }) }, async () => ({
    extensions: catalog.extensions.map(presentExtension),
  }));

  app.get<{ Params: { alias: string } }>(
    '/v2.0/extensions/:alias',
    { schema: discoverySchema('Show an extension', { params: extensionParams, response: { 200: extensionResponse } }) },
    async (request) => {
      const extension = catalog.extensions.find((candidate) => candidate.alias === request.params.alias);
      if (extension === undefined) throw notFound('extension', request.params.alias);
      return { extension: presentExtension(extension) };
    },
  );
}

function discoverySchema(summary: string, schema: FastifySchema): FastifySchema {
  return routeSchema({ ...schema, tags: ['discovery'], summary });
}

function presentExtension(extension: CatalogExtension) {
  return { ...extension, links: [] };
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
