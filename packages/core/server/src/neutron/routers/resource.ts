import {
  type CheckedCreateInput,
  type ResourceOf,
  type Static,
  type UpdateInput,
  TAG_FILTERS,
  attribute,
  defineResource,
  revisionAttributes,
  standardAttributes,
  tagsAttribute,
  timestampAttributes,
  Type,
} from '@switchyard/sdk';

const routerAttributes = {
  ...standardAttributes(),
  admin_state_up: attribute(Type.Boolean({ description: 'The administrative state (up is true).' }), { create: true, update: true, default: true }),
  status: attribute(Type.String(), { default: 'ACTIVE' }),
  // Accepted so that clients sending Neutron's defaults work; anything else is refused by the service.
  external_gateway_info: attribute(Type.Null(), {
    create: true,
    update: true,
    column: false,
    input: Type.Unknown({ description: 'External gateways are not supported yet: only null is accepted.' }),
  }),
  routes: attribute(Type.Array(Type.Object({ destination: Type.String(), nexthop: Type.String() })), {
    update: true,
    column: false,
    input: Type.Unsafe<unknown[]>({ type: 'array', description: 'Extra routes are not supported yet: only [] is accepted.' }),
  }),
  tags: tagsAttribute,
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/** `/v2.0/routers`: L3 forwarding between the subnets attached to it as interfaces. */
export const routerResource = defineResource({
  resource: 'router',
  collection: 'routers',
  path: '/v2.0/routers',
  table: 'routers',
  attributes: routerAttributes,
  queryFilters: TAG_FILTERS,
});

export type RouterAttributes = typeof routerAttributes;
/** A router as the API shows it. */
export type Router = ResourceOf<RouterAttributes>;
export type RouterCreation = CheckedCreateInput<RouterAttributes>;
export type RouterChanges = UpdateInput<RouterAttributes>;

const id = Type.String({ minLength: 1, maxLength: 255 });

/** `{"subnet_id": ...}` or `{"port_id": ...}`, the body of add/remove_router_interface. */
export const routerInterfaceBody = Type.Object(
  { subnet_id: Type.Optional(id), port_id: Type.Optional(id) },
  { additionalProperties: false, description: 'Give exactly one of subnet_id and port_id.' },
);
export type RouterInterfaceBody = Static<typeof routerInterfaceBody>;

/** What Neutron answers to add/remove_router_interface. */
export const routerInterfaceInfo = Type.Object({
  id: Type.String({ description: 'The router id.' }),
  subnet_id: Type.String(),
  subnet_ids: Type.Array(Type.String()),
  port_id: Type.String(),
  network_id: Type.String(),
  project_id: Type.String(),
  tenant_id: Type.String(),
});
export type RouterInterfaceInfo = Static<typeof routerInterfaceInfo>;
