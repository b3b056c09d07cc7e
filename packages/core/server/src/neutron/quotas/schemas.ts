import type { JsonSchema } from '@switchyard/sdk';
import { QUOTA_TABLES } from './quota-resources.js';

const limit: JsonSchema = { type: 'integer', minimum: -1, maximum: 2147483647, description: 'The most the project may hold; -1 for no limit.' };
const resources = [...QUOTA_TABLES.keys()];

export const projectParams: JsonSchema = {
  type: 'object',
  properties: { project_id: { type: 'string', minLength: 1, maxLength: 255 } },
  required: ['project_id'],
};

const quotaSet = { type: 'object', properties: Object.fromEntries(resources.map((resource) => [resource, limit])), required: resources };

export const quotaResponse: JsonSchema = { type: 'object', properties: { quota: quotaSet }, required: ['quota'] };

export const quotaListResponse: JsonSchema = {
  type: 'object',
  properties: {
    quotas: {
      type: 'array',
      items: { ...quotaSet, properties: { ...quotaSet.properties, project_id: { type: 'string' }, tenant_id: { type: 'string' } } } as JsonSchema,
    },
  },
  required: ['quotas'],
};

const usage: JsonSchema = {
  type: 'object',
  properties: { limit, used: { type: 'integer', minimum: 0 }, reserved: { type: 'integer', minimum: 0 } },
  required: ['limit', 'used', 'reserved'],
};

export const quotaDetailsResponse: JsonSchema = {
  type: 'object',
  properties: { quota: { type: 'object', properties: Object.fromEntries(resources.map((resource) => [resource, usage])), required: resources } },
  required: ['quota'],
};

export const quotaUpdateBody: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['quota'],
  properties: {
    quota: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ...Object.fromEntries(resources.map((resource) => [resource, limit])),
        check_limit: { type: 'boolean', description: 'Refuse a limit below what the project already holds (default false).' },
      },
    },
  },
};

export const noBody: JsonSchema = { type: 'null', description: 'No body.' };
