import type { JsonSchema } from '@switchyard/sdk';
import type { FastifySchema } from 'fastify';

/**
 * Schema pieces every core resource shares. Request schemas reject unknown attributes
 * (`additionalProperties: false`); response schemas drive fast serialization and the OpenAPI document.
 */
export const idParams: JsonSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 255, description: 'The resource id (a UUID).' } },
  additionalProperties: false,
};

export const showQuerystring: JsonSchema = {
  type: 'object',
  properties: {
    fields: { type: 'array', items: { type: 'string' }, description: 'Return only these attributes; repeat for several.' },
  },
  additionalProperties: false,
};

/**
 * The list parameters Neutron documents. Any other parameter is a filter on an attribute
 * (`?name=web&admin_state_up=true`); the SDK's `parseListQuery` validates those against the collection.
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

export const name: JsonSchema = { type: 'string', maxLength: 255, description: 'A human-readable name.' };
export const description: JsonSchema = { type: 'string', maxLength: 255, description: 'A human-readable description.' };
export const projectId: JsonSchema = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  description: 'The owning project; only admins may name another project than their own.',
};
export const adminStateUp: JsonSchema = { type: 'boolean', description: 'The administrative state (up is true).' };

/** Attributes every core resource shows. */
export const standardAttributes: Record<string, JsonSchema> = {
  id: { type: 'string' },
  project_id: { type: 'string' },
  tenant_id: { type: 'string', description: 'Same as project_id; kept for older clients.' },
  name: { type: 'string' },
  description: { type: 'string' },
  created_at: { type: 'string', description: 'ISO 8601 UTC, e.g. 2026-11-30T01:02:03Z.' },
  updated_at: { type: 'string' },
};

const links: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { rel: { type: 'string', enum: ['next', 'previous'] }, href: { type: 'string' } },
  },
};

/** Response schemas `{"<resource>": {...}}` and `{"<collection>": [...], "<collection>_links": [...]}`. */
export function envelopes(resource: string, collection: string, item: JsonSchema): { single: JsonSchema; list: JsonSchema } {
  return {
    single: { type: 'object', properties: { [resource]: item } },
    list: { type: 'object', properties: { [collection]: { type: 'array', items: item }, [`${collection}_links`]: links } },
  };
}

export const noContent: JsonSchema = { type: 'null', description: 'Deleted.' };

/**
 * A route schema with OpenAPI's `tags` and `summary`. Fastify's types only learn these keys once
 * @fastify/swagger is installed; Fastify itself ignores them, the OpenAPI generator reads them.
 */
export function routeSchema(schema: FastifySchema & { tags: string[]; summary: string }): FastifySchema {
  return schema;
}
