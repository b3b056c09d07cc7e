import { type CheckedCreateInput, type ResourceOf, type Static, Type, attribute, defineResource, revisionAttributes, standardAttributes, timestampAttributes } from '@switchyard/sdk';

const address = Type.String({ maxLength: 64, description: 'An IPv4 or IPv6 CIDR, such as 192.0.2.0/24.' });

const addressGroupAttributes = {
  ...standardAttributes(),
  // Neutron's address_associations: rows of their own, so the service stores and loads them.
  addresses: attribute(Type.Array(Type.String(), { description: "The group's CIDRs, each as its network (192.0.2.7/24 is 192.0.2.0/24), sorted." }), {
    create: true,
    default: [],
    column: false,
    input: Type.Array(address, { description: 'CIDRs, each once; change them later with add_addresses and remove_addresses.' }),
  }),
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/**
 * `/v2.0/address-groups` (Neutron's address-group): a project's named set of CIDRs, which security
 * group rules name as their remote end (remote_address_group_id). Neutron counts them in no quota,
 * and gives them no tags (its model has no tag support).
 */
export const addressGroupResource = defineResource({
  resource: 'address_group',
  collection: 'address_groups',
  path: '/v2.0/address-groups',
  table: 'address_groups',
  attributes: addressGroupAttributes,
});

/** The body of add_addresses and remove_addresses. */
export const addressesBody = Type.Object(
  { addresses: Type.Array(address, { description: 'CIDRs or addresses (an address is its /32 or /128).' }) },
  { additionalProperties: false, description: 'The addresses to add to, or remove from, the group.' },
);
export type AddressesBody = Static<typeof addressesBody>;

/** What add_addresses and remove_addresses answer: the group as it is now. */
export const addressGroupReply = addressGroupResource.schemas.single;

export type AddressGroupAttributes = typeof addressGroupAttributes;
/** An address group as the API shows it. */
export type AddressGroup = ResourceOf<AddressGroupAttributes>;
export type AddressGroupCreation = CheckedCreateInput<AddressGroupAttributes>;
