import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type JsonSchema, type RequestAuth, forbidden, invalidInput, neutronErrorResponses } from '@switchyard/sdk';
import { routeSchema } from '../shared/schemas.js';
import type { CoreDb } from '../shared/tables.js';
import { type QuotaSet, type ServerQuotas, quotaBody } from './quota-resources.js';
import { noBody, projectParams, quotaSchemas } from './schemas.js';
import { countProjectResources, deleteProjectQuotas, loadEveryProjectQuotas, loadProjectQuotas, saveProjectQuotas } from './store.js';

type ProjectRequest = FastifyRequest<{ Params: { project_id: string } }>;

const TAGS = ['quotas'];

/**
 * Neutron's quotas extension: every project's limits (admins), one project's limits, defaults and
 * usage (its own members or admins), and an admin's PUT and DELETE (back to `[quotas]`).
 */
export function registerQuotas(app: FastifyInstance, db: CoreDb, { counted, defaults }: ServerQuotas): void {
  const { quotaResponse, quotaListResponse, quotaDetailsResponse, quotaUpdateBody } = quotaSchemas(counted.map(({ resource }) => resource));
  const schema = (summary: string, response: Record<number, JsonSchema>, parts: Record<string, unknown> = { params: projectParams }) =>
    routeSchema({ tags: TAGS, summary, ...parts, response: { ...neutronErrorResponses, ...response } });
  const member = '/v2.0/quotas/:project_id';
  const effective = async (projectId: string): Promise<QuotaSet> => withOwnLimits(defaults, await loadProjectQuotas(db, projectId));

  app.get('/v2.0/quotas', { schema: schema('List the projects with quotas of their own', { 200: quotaListResponse }, {}) }, async (request) => {
    refuseNonAdmin(request.auth, 'list every project’s quotas');
    const projects = await loadEveryProjectQuotas(db);
    return { quotas: [...projects].map(([projectId, own]) => ({ ...quotaBody(withOwnLimits(defaults, own)), project_id: projectId, tenant_id: projectId })) };
  });
  app.get(member, { schema: schema('Show the quotas of a project', { 200: quotaResponse }) }, async (request: ProjectRequest) => {
    refuseOtherProject(request.auth, request.params.project_id);
    return { quota: quotaBody(await effective(request.params.project_id)) };
  });
  app.get(`${member}/default`, { schema: schema('Show the default quotas', { 200: quotaResponse }) }, async (request: ProjectRequest) => {
    refuseOtherProject(request.auth, request.params.project_id);
    return { quota: quotaBody(defaults) };
  });
  for (const details of [`${member}/details`, `${member}/details.json`]) {
    app.get(details, { schema: schema('Show the quotas of a project with its usage (quota_details)', { 200: quotaDetailsResponse }) }, async (request: ProjectRequest) => {
      refuseOtherProject(request.auth, request.params.project_id);
      const [limits, used] = await Promise.all([effective(request.params.project_id), countProjectResources(db, request.params.project_id, counted)]);
      return { quota: Object.fromEntries([...limits].map(([resource, limit]) => [resource, { limit, used: used.get(resource) ?? 0, reserved: 0 }])) };
    });
  }
  app.put(member, { schema: schema('Update the quotas of a project', { 200: quotaResponse }, { params: projectParams, body: quotaUpdateBody }) }, async (request: ProjectRequest) => {
    refuseNonAdmin(request.auth, 'change quotas');
    const { check_limit: checkLimit, ...sent } = (request.body as { quota: Record<string, number> & { check_limit?: boolean } }).quota;
    const limits: QuotaSet = new Map(Object.entries(sent));
    if (checkLimit === true) refuseBelowUsage(limits, await countProjectResources(db, request.params.project_id, counted));
    await saveProjectQuotas(db, request.params.project_id, limits);
    return { quota: quotaBody(await effective(request.params.project_id)) };
  });
  app.delete(member, { schema: schema('Reset the quotas of a project to the defaults', { 204: noBody }) }, async (request: ProjectRequest, reply) => {
    refuseNonAdmin(request.auth, 'reset quotas');
    await deleteProjectQuotas(db, request.params.project_id);
    return reply.code(204).send();
  });
}

/** The defaults with the project's own limits over them; a limit stored for a plugin no longer loaded is left out. */
function withOwnLimits(defaults: QuotaSet, own: QuotaSet): QuotaSet {
  return new Map([...defaults].map(([resource, limit]) => [resource, own.get(resource) ?? limit]));
}

/** As Neutron's policy: quotas are changed by admins only. */
function refuseNonAdmin(auth: RequestAuth, what: string): void {
  if (!auth.isAdmin) throw forbidden(`Only an admin may ${what}.`);
}

/** A project reads its own quotas; whose project an id is says nothing, so every other id gets the same 403. */
function refuseOtherProject(auth: RequestAuth, projectId: string): void {
  if (!auth.isAdmin && auth.projectId !== projectId) throw forbidden(`Non-admin is not authorized to access quotas for another project; ask for your own (${auth.projectId}).`);
}

/** `check_limit`: a limit below what the project already holds is refused, as Neutron does. */
function refuseBelowUsage(limits: QuotaSet, used: QuotaSet): void {
  for (const [resource, limit] of limits) {
    const holding = used.get(resource) ?? 0;
    if (limit >= 0 && limit < holding) {
      throw invalidInput(`Quota limit ${limit} for ${resource} must be greater than or equal to already used ${holding}; delete some first, or send check_limit false.`);
    }
  }
}
