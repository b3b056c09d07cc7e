import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors.js';
import { idParams } from '../neutron-schemas.js';
import type { JsonSchema } from '../service-plugin.js';
import type { ReferenceDeclaration } from './attributes.js';
import type { Resource, ResourceReference } from './define-resource.js';
import { resourceDirectoryOf } from './directory.js';
import { neutronErrorResponses } from './error-responses.js';
import { checkReferences } from './references.js';
import type { ResourceOperation } from './register-resource.js';
import type { ResourceStore, StoredRow } from './table-store.js';

/**
 * A verb on one resource beyond CRUD, such as `PUT /v2.0/routers/:id/add_router_interface`.
 *
 * @public
 */
export interface MemberAction<TBody> {
  /** The last path segment, such as `add_router_interface`. */
  action: string;
  summary: string;
  db: ResourceOperation['db'];
  store: ResourceStore;
  body: JsonSchema;
  response: JsonSchema;
  /** Ids the body refers to, checked like a resource's references (404 for what the caller may not see). */
  references?: Record<string, ReferenceDeclaration>;
  /** Checks of the body its JSON schema cannot express (400), made before its references are looked up. */
  checkBody?(body: TBody): void;
  handler(operation: ResourceOperation, row: StoredRow, body: TBody): Promise<unknown>;
}

/**
 * Serves `PUT <path>/:id/<action>`: the kit finds the row the caller may see (404 otherwise),
 * runs `checkBody` and checks the body's references before the service's handler runs.
 *
 * @public
 */
export function registerMemberAction<TBody>(app: FastifyInstance, resource: Resource, action: MemberAction<TBody>): void {
  const references: ResourceReference[] = Object.entries(action.references ?? {}).map(([attribute, reference]) => ({ attribute, ...reference }));
  app.put(`${resource.declaration.path}/:id/${action.action}`, {
    schema: {
      tags: [...resource.tags],
      summary: action.summary,
      params: idParams,
      body: action.body,
      response: { ...neutronErrorResponses, 200: action.response },
    },
    handler: async (request) => {
      const { id } = request.params as { id: string };
      const row = await action.store.findVisible(request.auth, id);
      if (!row) throw notFound(resource.declaration.resource, id);
      const body = request.body as Record<string, unknown>;
      action.checkBody?.(body as TBody);
      await checkReferences(resourceDirectoryOf(app), references, { auth: request.auth, input: body, owner: String(row.project_id), referrer: row });
      return action.handler({ request, auth: request.auth, db: action.db, store: action.store }, row, body as TBody);
    },
  });
}
