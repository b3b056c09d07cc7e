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

export const routerCollection: CollectionSpec = {
  resource: 'router',
  collection: 'routers',
  attributes: neutronCollectionAttributes(
    {
      admin_state_up: { column: 'admin_state_up', type: 'boolean' },
      status: { column: 'status', type: 'string' },
    },
    { timestamps: true },
  ),
  unqueryable: ['external_gateway_info', 'routes'],
};

export interface Router {
  id: string;
  project_id: string;
  tenant_id: string;
  name: string;
  description: string;
  admin_state_up: boolean;
  status: string;
  external_gateway_info: null;
  routes: never[];
  created_at: string;
  updated_at: string;
}

export interface RouterChanges {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  external_gateway_info?: unknown;
  routes?: unknown[];
}

export interface CreateRouterBody {
  router: RouterChanges & { project_id?: string; tenant_id?: string };
}

export interface UpdateRouterBody {
  router: RouterChanges;
}

/** `{"subnet_id": ...}` or `{"port_id": ...}`, the body of add/remove_router_interface. */
export interface RouterInterfaceBody {
  subnet_id?: string;
  port_id?: string;
}

/** What Neutron answers to add/remove_router_interface. */
export interface RouterInterfaceInfo {
  id: string;
  subnet_id: string;
  subnet_ids: string[];
  port_id: string;
  network_id: string;
  project_id: string;
  tenant_id: string;
}

export const ROUTER_READ_ONLY = ['id', 'project_id', 'tenant_id', 'status', 'created_at', 'updated_at'] as const;

const writable: Record<string, JsonSchema> = {
  name: nameSchema,
  description: descriptionSchema,
  admin_state_up: adminStateUp,
  external_gateway_info: { description: 'External gateways are not supported yet: only null is accepted.' },
};

export const createRouterBody = resourceEnvelope('router', {
  type: 'object',
  additionalProperties: false,
  properties: { ...writable, project_id: projectIdSchema, tenant_id: projectIdSchema },
});

export const updateRouterBody = resourceEnvelope('router', {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...writable,
    routes: { type: 'array', description: 'Extra routes are not supported yet: only [] is accepted.' },
    ...readOnlyProperties(ROUTER_READ_ONLY),
  },
});

export const routerInterfaceBody: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Give exactly one of subnet_id and port_id.',
  properties: {
    subnet_id: { type: 'string', minLength: 1, maxLength: 255 },
    port_id: { type: 'string', minLength: 1, maxLength: 255 },
  },
};

export const routerInterfaceInfoSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'The router id.' },
    subnet_id: { type: 'string' },
    subnet_ids: { type: 'array', items: { type: 'string' } },
    port_id: { type: 'string' },
    network_id: { type: 'string' },
    project_id: { type: 'string' },
    tenant_id: { type: 'string' },
  },
};

const routerSchema: JsonSchema = {
  type: 'object',
  properties: {
    ...standardResponseAttributes,
    admin_state_up: { type: 'boolean' },
    status: { type: 'string' },
    external_gateway_info: { type: 'null' },
    routes: { type: 'array', items: { type: 'object', properties: { destination: { type: 'string' }, nexthop: { type: 'string' } } } },
  },
};

export const routerEnvelopes = responseEnvelopes('router', 'routers', routerSchema);
