import { Type, attribute, defineResource, standardAttributes } from '@switchyard/sdk';

/** The one resource of security-groups: the kit derives its routes, schemas, scoping and list semantics from this. */
export const itemResource = defineResource({
  resource: 'security_groups_item',
  collection: 'security_groups_items',
  path: '/v2.0/security-groups/items',
  table: 'security_groups_items',
  attributes: {
    ...standardAttributes(),
    admin_state_up: attribute(Type.Boolean({ description: 'Whether the security_groups_item is in service.' }), { create: true, update: true, default: true }),
  },
});
