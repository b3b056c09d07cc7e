import { type JsonSchema, noContentResponse, resourceEnvelope } from '@switchyard/sdk';

/**
 * Schemas shared by the firewall's routes. The id, query and name/description/project_id schemas
 * differ from the SDK's (no descriptions; `fields` items and descriptions capped at 1024 characters;
 * every query value a string list), so adopting the SDK's would change what clients may send.
 */
export const idParams: JsonSchema = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', minLength: 1, maxLength: 255 } },
};

const stringList: JsonSchema = { type: 'array', items: { type: 'string', maxLength: 1024 } };

/** `?fields=` on show requests. */
export const showQuery: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { fields: stringList },
};

/**
 * List queries: paging, sorting and `fields`, plus one filter per attribute. Repeated keys
 * arrive as arrays. Unknown keys are left to the SDK, whose error lists the valid filters.
 */
export function listQuery(attributes: readonly string[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const name of ['fields', 'sort_key', 'sort_dir', 'limit', 'marker', 'page_reverse', ...attributes]) properties[name] = stringList;
  return { type: 'object', properties };
}

export const name: JsonSchema = { type: 'string', maxLength: 255 };
export const description: JsonSchema = { type: 'string', maxLength: 1024 };
export const projectId: JsonSchema = { type: 'string', minLength: 1, maxLength: 255 };
export const resourceId: JsonSchema = { type: 'string', minLength: 1, maxLength: 255 };
export const nullableId: JsonSchema = { type: ['string', 'null'], maxLength: 255 };
export const nullableString: JsonSchema = { type: ['string', 'null'] };

export const neutronError: JsonSchema = {
  type: 'object',
  properties: {
    NeutronError: {
      type: 'object',
      properties: { type: { type: 'string' }, message: { type: 'string' }, detail: { type: 'string' }, code: { type: 'string' } },
    },
  },
};

export const errorResponses: Record<string, JsonSchema> = { '4xx': neutronError };

/** Responses of one resource kind: show/create/update, list and delete. */
export function resourceResponses(resource: string, collection: string, shape: JsonSchema) {
  const link: JsonSchema = { type: 'object', properties: { rel: { type: 'string' }, href: { type: 'string' } } };
  return {
    one: { ...errorResponses, 200: resourceEnvelope(resource, shape), 201: resourceEnvelope(resource, shape) },
    many: {
      ...errorResponses,
      200: {
        type: 'object',
        properties: { [collection]: { type: 'array', items: shape }, [`${collection}_links`]: { type: 'array', items: link } },
      },
    },
    none: { ...errorResponses, 204: noContentResponse },
  };
}
