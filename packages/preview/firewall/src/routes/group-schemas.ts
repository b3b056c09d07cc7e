import { type CollectionSpec, type JsonSchema, neutronCollectionAttributes, resourceEnvelope } from '@switchyard/sdk';
import { description, name, nullableId, nullableString, projectId, resourceId, resourceResponses } from './schemas.js';

export const groupCollection: CollectionSpec = {
  resource: 'firewall_group',
  collection: 'firewall_groups',
  attributes: neutronCollectionAttributes({
    ingress_firewall_policy_id: { column: 'ingress_firewall_policy_id', type: 'string' },
    egress_firewall_policy_id: { column: 'egress_firewall_policy_id', type: 'string' },
    admin_state_up: { column: 'admin_state_up', type: 'boolean' },
    status: { column: 'status', type: 'string' },
  }),
  unqueryable: ['ports'],
};

const groupFields: Record<string, JsonSchema> = {
  name,
  description,
  ingress_firewall_policy_id: nullableId,
  egress_firewall_policy_id: nullableId,
  admin_state_up: { type: 'boolean' },
  ports: { type: 'array', items: resourceId, description: 'Router interface ports the group is enforced on.' },
};

export const createGroupBody = resourceEnvelope('firewall_group', {
  type: 'object',
  additionalProperties: false,
  properties: { ...groupFields, project_id: projectId, tenant_id: projectId },
});

export const updateGroupBody = resourceEnvelope('firewall_group', { type: 'object', additionalProperties: false, properties: groupFields });

const groupShape: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    project_id: { type: 'string' },
    tenant_id: { type: 'string' },
    ingress_firewall_policy_id: nullableString,
    egress_firewall_policy_id: nullableString,
    admin_state_up: { type: 'boolean' },
    status: { type: 'string' },
    ports: { type: 'array', items: { type: 'string' } },
  },
};

export const groupResponses = resourceResponses('firewall_group', 'firewall_groups', groupShape);
