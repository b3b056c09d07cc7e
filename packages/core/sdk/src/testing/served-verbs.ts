import type { FastifyInstance } from 'fastify';
import type { Resource } from '../resource-kit/define-resource.js';
import type { ResourceVerb } from '../resource-kit/register-resource.js';

/** The verbs the app serves for a resource, from its routes (`<path>` and `<path>/:id`). */
export function servedVerbs(app: FastifyInstance, resource: Resource): ReadonlySet<ResourceVerb> {
  const { path } = resource.declaration;
  const member = `${path}/:id`;
  const routes: Array<[ResourceVerb, 'GET' | 'POST' | 'PUT' | 'DELETE', string]> = [
    ['list', 'GET', path],
    ['create', 'POST', path],
    ['show', 'GET', member],
    ['update', 'PUT', member],
    ['delete', 'DELETE', member],
  ];
  return new Set(routes.filter(([, method, url]) => app.hasRoute({ method, url })).map(([verb]) => verb));
}
