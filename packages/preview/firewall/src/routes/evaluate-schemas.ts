import type { JsonSchema } from '@switchyard/sdk';
import { errorResponses, nullableString, resourceId } from './schemas.js';

const port: JsonSchema = { type: 'integer', minimum: 0, maximum: 65535 };
const address: JsonSchema = { type: 'string', minLength: 1, maxLength: 64 };

export const evaluateBody: JsonSchema = {
  type: 'object',
  required: ['packet'],
  additionalProperties: false,
  properties: {
    packet: {
      type: 'object',
      required: ['port_id', 'direction', 'protocol', 'source_ip_address', 'destination_ip_address'],
      additionalProperties: false,
      properties: {
        port_id: resourceId,
        direction: { type: 'string', enum: ['ingress', 'egress'], description: 'ingress: towards the subnet behind the router port.' },
        protocol: { type: 'string', enum: ['tcp', 'udp', 'icmp'] },
        source_ip_address: address,
        destination_ip_address: address,
        source_port: port,
        destination_port: port,
      },
    },
  },
};

export const evaluateResponses = {
  ...errorResponses,
  200: {
    type: 'object',
    properties: {
      evaluation: {
        type: 'object',
        properties: {
          port_id: { type: 'string' },
          direction: { type: 'string' },
          verdict: { type: 'string', enum: ['allow', 'deny', 'reject'] },
          filtered: { type: 'boolean' },
          reason: { type: 'string' },
          message: { type: 'string' },
          firewall_group_id: nullableString,
          firewall_policy_id: nullableString,
          firewall_rule_id: nullableString,
        },
      },
    },
  },
};
