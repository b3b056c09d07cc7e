import type { FastifyRequest } from 'fastify';

/**
 * The projects whose default group a list or create of security groups needs: the caller's, and
 * for an admin creating groups in other projects, theirs (as Neutron's create_security_group
 * ensures the new group's project has one). Non-admins naming another project get the kit's 403.
 */
export function projectsOfGroupRequest(request: FastifyRequest): string[] {
  const projects = new Set([request.auth.projectId]);
  if (request.method !== 'POST' || !request.auth.isAdmin) return [...projects];
  const body = request.body as { security_group?: unknown; security_groups?: unknown } | undefined;
  const items = Array.isArray(body?.security_groups) ? body.security_groups : [body?.security_group];
  for (const item of items) {
    const { project_id: projectId, tenant_id: tenantId } = (item ?? {}) as { project_id?: unknown; tenant_id?: unknown };
    const named = projectId ?? tenantId;
    if (typeof named === 'string' && named !== '') projects.add(named);
  }
  return [...projects];
}
