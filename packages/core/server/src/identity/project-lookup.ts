import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type RequestAuth, neutronErrorResponses, notFound } from '@switchyard/sdk';
import { loadEveryProjectQuotas } from '../neutron/quotas/store.js';
import { routeSchema } from '../neutron/shared/schemas.js';
import type { CoreDb } from '../neutron/shared/tables.js';
import { projectListQuery, projectListResponse, projectParams, projectResponse } from './schemas.js';

const TAGS = ['identity'];

/** A project as Keystone v3 shows it. Switchyard keeps no names: a project's name is its id. */
export interface KeystoneProject {
  id: string;
  name: string;
  domain_id: 'default';
  parent_id: 'default';
  is_domain: false;
  enabled: true;
  description: string;
}

/**
 * The two Keystone v3 project reads the OpenStack CLI makes before a quota command
 * (`openstack quota show|set <project>` resolves the project by id, then by name), answered at the
 * endpoint's root as the CLI asks when `--os-endpoint` points here. Switchyard keeps no project
 * registry (projects come from tokens or noauth headers, and Neutron takes any project id), so
 * a caller finds its own project, and an admin finds any project id; another project's id is 404
 * to a non-admin, as any other project's resource is. Listed without a name (`openstack quota
 * list --network`), an admin sees its own project and every project with quotas of its own.
 */
export function registerProjectLookup(app: FastifyInstance, db: CoreDb): void {
  app.get(
    '/projects/:project_id',
    { schema: routeSchema({ tags: TAGS, summary: 'Show a project (the Keystone v3 lookup clients make before a quota command)', params: projectParams, response: { ...neutronErrorResponses, 200: projectResponse } }) },
    async (request: FastifyRequest<{ Params: { project_id: string } }>) => {
      const { project_id: projectId } = request.params;
      if (!visibleTo(request.auth, projectId)) throw notFound('project', projectId);
      return { project: keystoneProject(projectId) };
    },
  );
  app.get(
    '/projects',
    { schema: routeSchema({ tags: TAGS, summary: 'Find projects by name (the Keystone v3 lookup clients make before a quota command)', querystring: projectListQuery, response: { ...neutronErrorResponses, 200: projectListResponse } }) },
    async (request: FastifyRequest<{ Querystring: { name?: string } }>) => {
      const { name } = request.query;
      if (name !== undefined) return { projects: visibleTo(request.auth, name) ? [keystoneProject(name)] : [] };
      return { projects: (await listedProjects(request.auth, db)).map(keystoneProject) };
    },
  );
}

async function listedProjects(auth: RequestAuth, db: CoreDb): Promise<string[]> {
  if (!auth.isAdmin) return [auth.projectId];
  const withQuotas = [...(await loadEveryProjectQuotas(db)).keys()];
  return [auth.projectId, ...withQuotas.filter((projectId) => projectId !== auth.projectId)];
}

function visibleTo(auth: RequestAuth, projectId: string): boolean {
  return auth.isAdmin || auth.projectId === projectId;
}

function keystoneProject(id: string): KeystoneProject {
  return { id, name: id, domain_id: 'default', parent_id: 'default', is_domain: false, enabled: true, description: '' };
}
