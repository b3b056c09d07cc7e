import { sharedAttribute } from './shared.js';
import { type CheckedCreateInput, type ResourceOf, Type, type UpdateInput, attribute, defineResource, enumOf, nullable, standardAttributes } from '@switchyard/sdk';

/** Switchyard enforces synchronously, so there are no PENDING_* states (see group-status.ts). */
export const GROUP_STATUSES = ['ACTIVE', 'INACTIVE', 'DOWN'] as const;

function policyReference() {
  return attribute(nullable(Type.String()), {
    create: true,
    update: true,
    default: null,
    input: nullable(Type.String({ maxLength: 255 })),
    reference: { resource: 'firewall_policy' },
  });
}

const groupAttributes = {
  ...standardAttributes({ descriptionMaxLength: 1024 }),
  ingress_firewall_policy_id: policyReference(),
  egress_firewall_policy_id: policyReference(),
  admin_state_up: attribute(Type.Boolean(), { create: true, update: true, default: true }),
  status: attribute(enumOf(GROUP_STATUSES)),
  shared: sharedAttribute('group'),
  // Kept in firewall_group_ports, whose primary key on port_id allows one group per port.
  ports: attribute(Type.Array(Type.String()), {
    create: true,
    update: true,
    default: [],
    column: false,
    input: Type.Array(Type.String({ minLength: 1, maxLength: 255 }), { description: 'Router interface ports the group is enforced on.' }),
    reference: { resource: 'port' },
  }),
};

/** `/v2.0/fwaas/firewall_groups`: one policy per direction, enforced on the router ports it is bound to. */
export const groupResource = defineResource({
  resource: 'firewall_group',
  collection: 'firewall_groups',
  path: '/v2.0/fwaas/firewall_groups',
  table: 'firewall_groups',
  // Neutron's default (quota_firewall_group).
  quota: 10,
  attributes: groupAttributes,
});

export type GroupAttributes = typeof groupAttributes;
/** A firewall group as the API shows it. */
export type FirewallGroup = ResourceOf<GroupAttributes>;
export type GroupCreation = CheckedCreateInput<GroupAttributes>;
export type GroupChanges = UpdateInput<GroupAttributes>;
