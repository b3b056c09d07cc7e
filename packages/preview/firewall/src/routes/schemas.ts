import type { JsonSchema } from '@switchyard/sdk';

/** Schemas shared by the firewall's routes. */
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

/** `{"<resource>": {...}}` with unknown attributes refused (400 naming them). */
export function wrapped(resource: string, body: JsonSchema): JsonSchema {
  return { type: 'object', required: [resource], additionalProperties: false, properties: { [resource]: body } };
}

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
    one: { ...errorResponses, 200: wrapped(resource, shape), 201: wrapped(resource, shape) },
    many: {
      ...errorResponses,
      200: {
        type: 'object',
        properties: { [collection]: { type: 'array', items: shape }, [`${collection}_links`]: { type: 'array', items: link } },
      },
    },
    none: { ...errorResponses, 204: { type: 'null', description: 'Deleted.' } },
  };
}
