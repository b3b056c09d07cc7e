import {
  type CheckedCreateInput,
  type ResourceOf,
  type UpdateInput,
  TAG_FILTERS,
  attribute,
  defineResource,
  enumOf,
  revisionAttributes,
  standardAttributes,
  tagsAttribute,
  timestampAttributes,
  Type,
} from '@switchyard/sdk';

/** Neutron's default for a network without a segment that says otherwise. */
export const DEFAULT_MTU = 1500;
/** IPv4's minimum; the largest jumbo frame common switches carry. */
export const MTU_RANGE = { minimum: 68, maximum: 9216 } as const;

// The openstack CLI sends `--mtu 1400` as the string "1400", which Neutron converts; so does the
// service (mtuOf), which also checks the range. The schema stays open: before net-mtu-writable an
// update could send any mtu (and got a 400), and a stable schema never narrows what it accepts.
const mtuInput = Type.Unknown({
  description: `The MTU (net-mtu-writable): an integer from ${MTU_RANGE.minimum} to ${MTU_RANGE.maximum}, or its digits.`,
});

const networkAttributes = {
  ...standardAttributes(),
  admin_state_up: attribute(Type.Boolean({ description: 'The administrative state (up is true).' }), { create: true, update: true, default: true }),
  // No agent reports a network's state here: every network is ACTIVE from its creation.
  status: attribute(enumOf(['ACTIVE', 'DOWN', 'BUILD', 'ERROR']), { default: 'ACTIVE' }),
  shared: attribute(Type.Boolean({ description: 'Whether every project may see the network and create ports on it; only admins set it.' }), {
    create: true,
    update: true,
    default: false,
  }),
  'router:external': attribute(Type.Boolean({ description: 'Whether the network is external (routers reach outside through it); only admins set it.' }), {
    create: true,
    update: true,
    default: false,
    column: 'router_external',
  }),
  mtu: attribute(Type.Integer(), { create: true, update: true, input: mtuInput, default: DEFAULT_MTU }),
  subnets: attribute(Type.Array(Type.String(), { description: 'Ids of the subnets on this network.' }), { column: false }),
  tags: tagsAttribute,
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/** `/v2.0/networks`: an L2 segment, holding subnets and ports. */
export const networkResource = defineResource({
  resource: 'network',
  collection: 'networks',
  path: '/v2.0/networks',
  table: 'networks',
  attributes: networkAttributes,
  queryFilters: TAG_FILTERS,
});

export type NetworkAttributes = typeof networkAttributes;
/** A network as the API shows it. */
export type Network = ResourceOf<NetworkAttributes>;
export type NetworkCreation = CheckedCreateInput<NetworkAttributes>;
export type NetworkChanges = UpdateInput<NetworkAttributes>;
