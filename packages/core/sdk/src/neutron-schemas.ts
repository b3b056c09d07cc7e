import type { CollectionAttribute } from './list-query.js';
import type { JsonSchema } from './service-plugin.js';

/**
 * Neutron's wire vocabulary as JSON schemas, so core resources and plugins describe the same
 * attributes, parameters and envelopes alike. Request schemas reject unknown attributes
 * (`additionalProperties: false`); response schemas drive Fastify's serialization.
 */

/**
 * `/<collection>/:id`.
 *
 * @public
 */
export interface IdParams {
  id: string;
}

/**
 * `?fields=` on a show request.
 *
 * @public
 */
export interface ShowQuery {
  fields?: string[];
}

/** @public */
export const idParams: JsonSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 255, description: 'The resource id (a UUID).' } },
  additionalProperties: false,
};

/** @public */
export const showQuerystring: JsonSchema = {
  type: 'object',
  properties: {
    fields: { type: 'array', items: { type: 'string' }, description: 'Return only these attributes; repeat for several.' },
  },
  additionalProperties: false,
};

/**
 * The list parameters Neutron documents. Any other parameter is a filter on an attribute
 * (`?name=web&admin_state_up=true`); `parseListQuery` validates those against the collection.
 *
 * @public
 */
export function listQuerystring(collection: string): JsonSchema {
  return {
    type: 'object',
    description: `Filter ${collection} by any attribute that is not a list, e.g. ?name=web; repeat a filter to match any of several values.`,
    properties: {
      fields: { type: 'array', items: { type: 'string' }, description: 'Return only these attributes; repeat for several.' },
      sort_key: { type: 'array', items: { type: 'string' }, description: 'Sort by these attributes, in order.' },
      sort_dir: { type: 'array', items: { type: 'string', enum: ['asc', 'desc'] }, description: 'One direction per sort_key.' },
      limit: { type: 'integer', minimum: 0, description: 'Page size; 0 means no limit.' },
      marker: { type: 'string', description: 'Id of the last resource of the previous page.' },
      page_reverse: { type: 'string', description: 'True to page backwards from the marker.' },
    },
    additionalProperties: true,
  };
}

/**
 * Writable attributes of a create or update body.
 *
 * @public
 */
export const nameSchema: JsonSchema = { type: 'string', maxLength: 255, description: 'A human-readable name.' };
/** @public */
export const descriptionSchema: JsonSchema = { type: 'string', maxLength: 255, description: 'A human-readable description.' };
/** @public */
export const projectIdSchema: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description: 'The owning project; only admins may name another project than their own.',
};

/**
 * Attributes every resource shows, in Neutron's order.
 *
 * @public
 */
export const standardResponseAttributes: Record<string, JsonSchema> = {
  id: { type: 'string' },
  project_id: { type: 'string' },
  tenant_id: { type: 'string', description: 'Same as project_id; kept for older clients.' },
  name: { type: 'string' },
  description: { type: 'string' },
  created_at: { type: 'string', description: 'ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z.' },
  updated_at: { type: 'string' },
};

/**
 * `{"<resource>": {...}}` and nothing else, as create and update bodies are (400 naming an unknown key).
 *
 * @public
 */
export function resourceEnvelope(resource: string, body: JsonSchema): JsonSchema {
  return { type: 'object', required: [resource], additionalProperties: false, properties: { [resource]: body } };
}

const links: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { rel: { type: 'string', enum: ['next', 'previous'] }, href: { type: 'string' } },
  },
};

/**
 * Response schemas `{"<resource>": {...}}` and `{"<collection>": [...], "<collection>_links": [...]}`.
 *
 * @public
 */
export function responseEnvelopes(resource: string, collection: string, item: JsonSchema): { single: JsonSchema; list: JsonSchema } {
  return {
    single: { type: 'object', properties: { [resource]: item } },
    list: { type: 'object', properties: { [collection]: { type: 'array', items: item }, [`${collection}_links`]: links } },
  };
}

/**
 * The 204 answer to a delete.
 *
 * @public
 */
export const noContentResponse: JsonSchema = { type: 'null', description: 'Deleted.' };

/**
 * A `CollectionSpec`'s attributes: id, name, description, project_id (tenant_id reads the same
 * column), then the resource's own, then created_at/updated_at when the resource has them. The
 * order is the one a 400 lists valid filters and sort keys in.
 *
 * @public
 */
export function neutronCollectionAttributes(
  own: Record<string, CollectionAttribute>,
  options: { timestamps?: boolean } = {},
): Record<string, CollectionAttribute> {
  const timestamps: Record<string, CollectionAttribute> = options.timestamps
    ? { created_at: { column: 'created_at', type: 'string' }, updated_at: { column: 'updated_at', type: 'string' } }
    : {};
  return {
    id: { column: 'id', type: 'string' },
    name: { column: 'name', type: 'string' },
    description: { column: 'description', type: 'string' },
    project_id: { column: 'project_id', type: 'string' },
    tenant_id: { column: 'project_id', type: 'string' },
    ...own,
    ...timestamps,
  };
}
