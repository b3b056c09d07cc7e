import type { JsonSchema } from '@switchyard/sdk';

const projectId: JsonSchema = { type: 'string', minLength: 1, maxLength: 255 };

export const projectParams: JsonSchema = { type: 'object', properties: { project_id: projectId }, required: ['project_id'] };

export const projectListQuery: JsonSchema = {
  type: 'object',
  // Keystone's other filters (domain_id, enabled, ...) are accepted and ignored, as Keystone ignores unknown ones.
  properties: {
    name: { ...projectId, description: 'The project name, which is its id here. Without it: the caller’s own project, and for an admin every project with quotas of its own.' },
  },
};

const project: JsonSchema = {
  type: 'object',
  properties: {
    id: projectId,
    name: { type: 'string', description: 'The project id: Switchyard keeps no project names.' },
    domain_id: { type: 'string', enum: ['default'] },
    parent_id: { type: 'string', enum: ['default'] },
    is_domain: { type: 'boolean', enum: [false] },
    enabled: { type: 'boolean', enum: [true] },
    description: { type: 'string' },
  },
  required: ['id', 'name', 'domain_id', 'parent_id', 'is_domain', 'enabled', 'description'],
};

export const projectResponse: JsonSchema = { type: 'object', properties: { project }, required: ['project'] };

export const projectListResponse: JsonSchema = { type: 'object', properties: { projects: { type: 'array', items: project } }, required: ['projects'] };
