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

/** Ports with this owner are router interfaces; only the router API adds or removes them. */
export const ROUTER_INTERFACE_OWNER = 'network:router_interface';

export const portCollection: CollectionSpec = {
  resource: 'port',
  collection: 'ports',
  attributes: neutronCollectionAttributes(
    {
      network_id: { column: 'network_id', type: 'string' },
      mac_address: { column: 'mac_address', type: 'string' },
      admin_state_up: { column: 'admin_state_up', type: 'boolean' },
      status: { column: 'status', type: 'string' },
      device_id: { column: 'device_id', type: 'string' },
      device_owner: { column: 'device_owner', type: 'string' },
    },
    { timestamps: true },
  ),
  unqueryable: ['fixed_ips'],
};

export interface FixedIp {
  subnet_id: string;
  ip_address: string;
}

/** A requested fixed IP: a subnet to allocate from, an exact address, or both. */
export interface FixedIpRequest {
  subnet_id?: string;
  ip_address?: string;
}

export interface Port {
  id: string;
  project_id: string;
  tenant_id: string;
  name: string;
  description: string;
  network_id: string;
  mac_address: string;
  admin_state_up: boolean;
  status: string;
  device_id: string;
  device_owner: string;
  fixed_ips: FixedIp[];
  created_at: string;
  updated_at: string;
}

export interface PortChanges {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  device_id?: string;
  device_owner?: string;
  fixed_ips?: FixedIpRequest[];
}

export interface NewPort extends PortChanges {
  network_id: string;
  mac_address?: string;
  project_id?: string;
  tenant_id?: string;
}

export interface CreatePortBody {
  port: NewPort;
}

export interface UpdatePortBody {
  port: PortChanges;
}

export const PORT_READ_ONLY = ['id', 'project_id', 'tenant_id', 'network_id', 'mac_address', 'status', 'created_at', 'updated_at'] as const;

const writable: Record<string, JsonSchema> = {
  name: nameSchema,
  description: descriptionSchema,
  admin_state_up: adminStateUp,
  device_id: { type: 'string', maxLength: 255, description: 'The device using the port (a server or router id).' },
  device_owner: { type: 'string', maxLength: 255, description: 'The kind of device, e.g. compute:nova or network:router_interface.' },
  fixed_ips: {
    type: 'array',
    description: 'Addresses of the port; by default one from an IPv4 subnet and one from each IPv6 subnet of the network.',
    items: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: {
        subnet_id: { type: 'string', minLength: 1, maxLength: 255 },
        ip_address: { type: 'string', minLength: 1, maxLength: 64 },
      },
    },
  },
};

export const createPortBody = resourceEnvelope('port', {
  type: 'object',
  required: ['network_id'],
  additionalProperties: false,
  properties: {
    ...writable,
    network_id: { type: 'string', minLength: 1, maxLength: 255 },
    mac_address: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$',
      description: 'Generated (fa:16:3e:xx:xx:xx) when not given.',
    },
    project_id: projectIdSchema,
    tenant_id: projectIdSchema,
  },
});

export const updatePortBody = resourceEnvelope('port', {
  type: 'object',
  additionalProperties: false,
  properties: { ...writable, ...readOnlyProperties(PORT_READ_ONLY) },
});

export const portSchema: JsonSchema = {
  type: 'object',
  properties: {
    ...standardResponseAttributes,
    network_id: { type: 'string' },
    mac_address: { type: 'string' },
    admin_state_up: { type: 'boolean' },
    status: { type: 'string' },
    device_id: { type: 'string' },
    device_owner: { type: 'string' },
    fixed_ips: {
      type: 'array',
      items: { type: 'object', properties: { subnet_id: { type: 'string' }, ip_address: { type: 'string' } } },
    },
  },
};

export const portEnvelopes = responseEnvelopes('port', 'ports', portSchema);
