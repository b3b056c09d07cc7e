import {
  type CollectionSpec,
  type JsonSchema,
  descriptionSchema,
  nameSchema,
  neutronCollectionAttributes,
  projectIdSchema,
  resourceEnvelope,
  responseEnvelopes,
  standardResponseAttributes,
} from '@switchyard/sdk';
import { readOnlyProperties } from '../shared/read-only.js';
import { adminStateUp } from '../shared/schemas.js';

export const networkCollection: CollectionSpec = {
  resource: 'network',
  collection: 'networks',
  attributes: neutronCollectionAttributes(
    {
      admin_state_up: { column: 'admin_state_up', type: 'boolean' },
      status: { column: 'status', type: 'string' },
      shared: { column: 'shared', type: 'boolean' },
      mtu: { column: 'mtu', type: 'integer' },
    },
    { timestamps: true },
  ),
  unqueryable: ['subnets'],
};

export interface Network {
  id: string;
  project_id: string;
  tenant_id: string;
  name: string;
  description: string;
  admin_state_up: boolean;
  status: string;
  shared: boolean;
  mtu: number;
  subnets: string[];
  created_at: string;
  updated_at: string;
}

export interface NetworkChanges {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  shared?: boolean;
}

export interface CreateNetworkBody {
  network: NetworkChanges & { project_id?: string; tenant_id?: string };
}

export interface UpdateNetworkBody {
  network: NetworkChanges;
}

export const NETWORK_READ_ONLY = ['id', 'project_id', 'tenant_id', 'status', 'mtu', 'subnets', 'created_at', 'updated_at'] as const;

const shared: JsonSchema = { type: 'boolean', description: 'Whether other projects may use the network; only false is supported.' };
const writable = { name: nameSchema, description: descriptionSchema, admin_state_up: adminStateUp, shared };

export const createNetworkBody = resourceEnvelope('network', {
  type: 'object',
  additionalProperties: false,
  properties: { ...writable, project_id: projectIdSchema, tenant_id: projectIdSchema },
});

export const updateNetworkBody = resourceEnvelope('network', {
  type: 'object',
  additionalProperties: false,
  properties: { ...writable, ...readOnlyProperties(NETWORK_READ_ONLY) },
});

const networkSchema: JsonSchema = {
  type: 'object',
  properties: {
    ...standardResponseAttributes,
    admin_state_up: { type: 'boolean' },
    status: { type: 'string', enum: ['ACTIVE', 'DOWN', 'BUILD', 'ERROR'] },
    shared: { type: 'boolean' },
    mtu: { type: 'integer' },
    subnets: { type: 'array', items: { type: 'string' }, description: 'Ids of the subnets on this network.' },
  },
};

export const networkEnvelopes = responseEnvelopes('network', 'networks', networkSchema);
