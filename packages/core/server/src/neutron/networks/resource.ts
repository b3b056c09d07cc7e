import {
  type CheckedCreateInput,
  type ResourceOf,
  Type,
  type UpdateInput,
  attribute,
  defineResource,
  enumOf,
  standardAttributes,
  timestampAttributes,
} from '@switchyard/sdk';

/** Neutron's default for a network without a segment that says otherwise. */
export const DEFAULT_MTU = 1500;

const networkAttributes = {
  ...standardAttributes(),
  admin_state_up: attribute(Type.Boolean({ description: 'The administrative state (up is true).' }), { create: true, update: true, default: true }),
  // No agent reports a network's state here: every network is ACTIVE from its creation.
  status: attribute(enumOf(['ACTIVE', 'DOWN', 'BUILD', 'ERROR']), { default: 'ACTIVE' }),
  shared: attribute(Type.Boolean({ description: 'Whether other projects may use the network; only false is supported.' }), {
    create: true,
    update: true,
    default: false,
  }),
  mtu: attribute(Type.Integer(), { default: DEFAULT_MTU }),
  subnets: attribute(Type.Array(Type.String(), { description: 'Ids of the subnets on this network.' }), { column: false }),
  ...timestampAttributes(),
};

/** `/v2.0/networks`: an L2 segment, holding subnets and ports. */
export const networkResource = defineResource({
  resource: 'network',
  collection: 'networks',
  path: '/v2.0/networks',
  table: 'networks',
  attributes: networkAttributes,
});

export type NetworkAttributes = typeof networkAttributes;
/** A network as the API shows it. */
export type Network = ResourceOf<NetworkAttributes>;
export type NetworkCreation = CheckedCreateInput<NetworkAttributes>;
export type NetworkChanges = UpdateInput<NetworkAttributes>;
