import { type CollectionSpec, type JsonSchema, neutronCollectionAttributes, resourceEnvelope } from '@switchyard/sdk';
import { description, errorResponses, name, projectId, resourceId, resourceResponses } from './schemas.js';

export const policyCollection: CollectionSpec = {
  resource: 'firewall_policy',
  collection: 'firewall_policies',
  attributes: neutronCollectionAttributes({ audited: { column: 'audited', type: 'boolean' } }),
  unqueryable: ['firewall_rules'],
};

const policyFields: Record<string, JsonSchema> = {
  name,
  description,
  audited: { type: 'boolean' },
  firewall_rules: { type: 'array', items: resourceId, description: 'Rule ids in precedence order.' },
};

export const createPolicyBody = resourceEnvelope('firewall_policy', {
  type: 'object',
  additionalProperties: false,
  properties: { ...policyFields, project_id: projectId, tenant_id: projectId },
});

export const updatePolicyBody = resourceEnvelope('firewall_policy', { type: 'object', additionalProperties: false, properties: policyFields });

/** insert_rule and remove_rule take a bare object, as in neutron-fwaas. */
export const insertRuleBody: JsonSchema = {
  type: 'object',
  required: ['firewall_rule_id'],
  additionalProperties: false,
  properties: {
    firewall_rule_id: resourceId,
    insert_before: { type: ['string', 'null'], maxLength: 255 },
    insert_after: { type: ['string', 'null'], maxLength: 255 },
  },
};

export const removeRuleBody: JsonSchema = {
  type: 'object',
  required: ['firewall_rule_id'],
  additionalProperties: false,
  properties: { firewall_rule_id: resourceId },
};

const policyShape: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    project_id: { type: 'string' },
    tenant_id: { type: 'string' },
    audited: { type: 'boolean' },
    firewall_rules: { type: 'array', items: { type: 'string' } },
  },
};

export const policyResponses = {
  ...resourceResponses('firewall_policy', 'firewall_policies', policyShape),
  /** Member actions answer with the bare policy (no envelope), like neutron-fwaas. */
  action: { ...errorResponses, 200: policyShape },
};
