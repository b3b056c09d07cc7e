import { type CollectionSpec, type JsonSchema, neutronCollectionAttributes, resourceEnvelope } from '@switchyard/sdk';
import { description, name, nullableString, projectId, resourceResponses } from './schemas.js';

export const ruleCollection: CollectionSpec = {
  resource: 'firewall_rule',
  collection: 'firewall_rules',
  attributes: neutronCollectionAttributes({
    protocol: { column: 'protocol', type: 'string' },
    ip_version: { column: 'ip_version', type: 'integer' },
    source_ip_address: { column: 'source_ip_address', type: 'string' },
    destination_ip_address: { column: 'destination_ip_address', type: 'string' },
    source_port: { column: 'source_port', type: 'string' },
    destination_port: { column: 'destination_port', type: 'string' },
    action: { column: 'action', type: 'string' },
    enabled: { column: 'enabled', type: 'boolean' },
  }),
  unqueryable: ['firewall_policy_id'],
};

const portRange: JsonSchema = { type: ['string', 'null'], maxLength: 11, description: '"N" or "N:M"; tcp and udp only.' };
const address: JsonSchema = { type: ['string', 'null'], maxLength: 64, description: 'IP address or CIDR of the rule ip_version.' };

const ruleFields: Record<string, JsonSchema> = {
  name,
  description,
  protocol: { type: ['string', 'null'], enum: ['tcp', 'udp', 'icmp', 'any', null], description: 'null or "any" matches every protocol.' },
  ip_version: { type: 'integer', enum: [4, 6] },
  source_ip_address: address,
  destination_ip_address: address,
  source_port: portRange,
  destination_port: portRange,
  action: { type: 'string', enum: ['allow', 'deny', 'reject'] },
  enabled: { type: 'boolean' },
};

export const createRuleBody = resourceEnvelope('firewall_rule', {
  type: 'object',
  additionalProperties: false,
  properties: { ...ruleFields, project_id: projectId, tenant_id: projectId },
});

export const updateRuleBody = resourceEnvelope('firewall_rule', { type: 'object', additionalProperties: false, properties: ruleFields });

const ruleShape: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    project_id: { type: 'string' },
    tenant_id: { type: 'string' },
    protocol: nullableString,
    ip_version: { type: 'integer' },
    source_ip_address: nullableString,
    destination_ip_address: nullableString,
    source_port: nullableString,
    destination_port: nullableString,
    action: { type: 'string' },
    enabled: { type: 'boolean' },
    firewall_policy_id: { type: 'array', items: { type: 'string' } },
  },
};

export const ruleResponses = resourceResponses('firewall_rule', 'firewall_rules', ruleShape);
