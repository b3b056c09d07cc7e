import type { FastifyInstance } from 'fastify';
import {
  type CollectionSpec,
  type IdParams,
  type JsonSchema,
  type RequestAuth,
  type ShowQuery,
  idParams,
  listCollection,
  listQuerystring,
  pickFields,
  showQuerystring,
} from '@switchyard/sdk';
import type { SelectQueryBuilder } from 'kysely';
import { routeSchema } from './schemas.js';
import { found } from './scope.js';
import type { CoreDb } from './tables.js';

type Row = Record<string, unknown>;

/**
 * The read side of a core resource: what the caller may see and how rows become API resources.
 * List and show are the same for every resource, so they are registered from this in one place.
 */
export interface ReadableResource<TRow extends Row, TResource extends object> {
  collection: CollectionSpec;
  envelopes: { list: JsonSchema; single: JsonSchema };
  // The resources' select builders differ only in their table; listCollection accepts any.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  selectVisible(db: CoreDb, auth: RequestAuth): SelectQueryBuilder<any, any, any>;
  findVisible(db: CoreDb, auth: RequestAuth, id: string): Promise<TRow | undefined>;
  present(db: CoreDb, rows: TRow[]): TResource[] | Promise<TResource[]>;
}

/** `GET /v2.0/<collection>` and `GET /v2.0/<collection>/:id`, with Neutron's list semantics and `fields`. */
export function registerReadRoutes<TRow extends Row, TResource extends object>(
  app: FastifyInstance,
  db: CoreDb,
  resource: ReadableResource<TRow, TResource>,
): void {
  const { resource: singular, collection: plural } = resource.collection;
  const tags = [plural];
  app.get(`/v2.0/${plural}`, {
    schema: routeSchema({ tags, summary: `List ${plural}`, querystring: listQuerystring(plural), response: { 200: resource.envelopes.list } }),
    handler: async (request) =>
      listCollection({
        request,
        spec: resource.collection,
        query: resource.selectVisible(db, request.auth),
        findMarker: (id) => resource.findVisible(db, request.auth, id),
        present: (rows) => resource.present(db, rows as TRow[]),
      }),
  });
  app.get<{ Params: IdParams; Querystring: ShowQuery }>(`/v2.0/${plural}/:id`, {
    schema: routeSchema({
      tags,
      summary: `Show a ${singular}`,
      params: idParams,
      querystring: showQuerystring,
      response: { 200: resource.envelopes.single },
    }),
    handler: async (request) => {
      const shown = await showResource(db, request.auth, resource, request.params.id);
      return { [singular]: pickFields(shown, request.query.fields) };
    },
  });
}

/** One resource as the caller may see it; 404 (Neutron's `<Resource>NotFound`) otherwise. */
export async function showResource<TRow extends Row, TResource extends object>(
  db: CoreDb,
  auth: RequestAuth,
  resource: ReadableResource<TRow, TResource>,
  id: string,
): Promise<TResource> {
  const row = found(await resource.findVisible(db, auth, id), resource.collection.resource, id);
  const [shown] = await resource.present(db, [row]);
  return shown;
}
