import type { FastifyRequest } from 'fastify';
import { forbidden, invalidInput } from './errors.js';

/**
 * Who is calling: set by the server's auth hook before any route, core or plugin, runs.
 *
 * @public
 */
export interface RequestAuth {
  projectId: string;
  roles: readonly string[];
  isAdmin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth;
  }
}

/**
 * Whether the caller may see a resource owned by `ownerProjectId`.
 *
 * @public
 */
export function canAccess(auth: RequestAuth, ownerProjectId: string): boolean {
  return auth.isAdmin || auth.projectId === ownerProjectId;
}

/**
 * The project a new resource belongs to. Only admins may create resources for another
 * project, as in Neutron; `project_id` and the legacy `tenant_id` must agree when both are given.
 *
 * @public
 */
export function owningProject(request: FastifyRequest, body: { project_id?: string; tenant_id?: string }): string {
  const { project_id: projectId, tenant_id: tenantId } = body;
  if (projectId !== undefined && tenantId !== undefined && projectId !== tenantId) {
    throw invalidInput(`'project_id' (${projectId}) and 'tenant_id' (${tenantId}) must be equal when both are given.`);
  }
  const requested = projectId ?? tenantId;
  if (requested === undefined || requested === request.auth.projectId) return request.auth.projectId;
  if (!request.auth.isAdmin) {
    throw forbidden(
      `Specifying 'project_id' or 'tenant_id' other than the authenticated project (${request.auth.projectId}) requires admin privileges.`,
    );
  }
  return requested;
}
