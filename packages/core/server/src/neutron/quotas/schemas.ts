import type { JsonSchema } from '@switchyard/sdk';

const limit: JsonSchema = { type: 'integer', minimum: -1, maximum: 2147483647, description: 'The most the project may hold; -1 for no limit.' };

const usage: JsonSchema = {
  type: 'object',
  properties: { limit, used: { type: 'integer', minimum: 0 }, reserved: { type: 'integer', minimum: 0 } },
  required: ['limit', 'used', 'reserved'],
};

const COUNTED = 'One key per counted resource: the core’s, and those of the loaded service plugins (security_group, firewall_rule, ...).';

export const projectParams: JsonSchema = {
  type: 'object',
  properties: { project_id: { type: 'string', minLength: 1, maxLength: 255 } },
  required: ['project_id'],
};

/** The quota schemas for the resources this server counts (the core's and its plugins'). */
export function quotaSchemas(resources: readonly string[]) {
  const each = (value: JsonSchema) => Object.fromEntries(resources.map((resource) => [resource, value]));
  const quotaSet = { type: 'object', description: COUNTED, properties: each(limit), required: [...resources] };
  return {
    quotaResponse: { type: 'object', properties: { quota: quotaSet }, required: ['quota'] } as JsonSchema,
    quotaListResponse: {
      type: 'object',
      properties: {
        quotas: { type: 'array', items: { ...quotaSet, properties: { ...quotaSet.properties, project_id: { type: 'string' }, tenant_id: { type: 'string' } } } },
      },
      required: ['quotas'],
    } as JsonSchema,
    quotaDetailsResponse: {
      type: 'object',
      properties: { quota: { type: 'object', description: COUNTED, properties: each(usage), required: [...resources] } },
      required: ['quota'],
    } as JsonSchema,
    quotaUpdateBody: {
      type: 'object',
      additionalProperties: false,
      required: ['quota'],
      properties: {
        quota: {
          type: 'object',
          description: COUNTED,
          additionalProperties: false,
          properties: {
            ...each(limit),
            check_limit: { type: 'boolean', description: 'Refuse a limit below what the project already holds (default false).' },
          },
        },
      },
    } as JsonSchema,
  };
}

export const noBody: JsonSchema = { type: 'null', description: 'No body.' };
