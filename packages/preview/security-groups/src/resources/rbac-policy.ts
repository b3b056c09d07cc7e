import { type CheckedCreateInput, type ResourceOf, Type, type UpdateInput, attribute, defineResource, enumOf, standardAttributes } from '@switchyard/sdk';

/** What this service shares through RBAC: security groups only (rbac-security-groups). */
export const RBAC_OBJECT_TYPES = ['security_group'] as const;
export const RBAC_ACTIONS = ['access_as_shared'] as const;
/** A target_tenant naming every project. */
export const EVERY_PROJECT = '*';

// RBAC policies have neither name nor description in Neutron.
const { id, project_id: projectId, tenant_id: tenantId } = standardAttributes();

const rbacPolicyAttributes = {
  id,
  project_id: projectId,
  tenant_id: tenantId,
  object_type: attribute(enumOf(RBAC_OBJECT_TYPES, { description: 'The type of the object shared: security_group.' }), { create: 'required' }),
  object_id: attribute(Type.String({ description: 'The id of the security group shared.' }), {
    create: 'required',
    input: Type.String({ minLength: 1, maxLength: 36 }),
    reference: { resource: 'security_group' },
  }),
  target_tenant: attribute(Type.String({ description: "The project the group is shared with, or '*' for every project (admins only)." }), {
    create: 'required',
    update: true,
    input: Type.String({ minLength: 1, maxLength: 255 }),
  }),
  action: attribute(enumOf(RBAC_ACTIONS, { description: 'access_as_shared: the target may see the group and use it on its ports and as a remote group.' }), { create: 'required' }),
};

/** `/v2.0/rbac-policies`: which projects may use a security group (rbac-policies, rbac-security-groups). */
export const rbacPolicyResource = defineResource({
  resource: 'rbac_policy',
  collection: 'rbac_policies',
  path: '/v2.0/rbac-policies',
  table: 'security_group_rbac_policies',
  title: 'RBAC policy',
  attributes: rbacPolicyAttributes,
});

export type RbacPolicyAttributes = typeof rbacPolicyAttributes;
export type RbacPolicy = ResourceOf<RbacPolicyAttributes>;
export type RbacPolicyCreation = CheckedCreateInput<RbacPolicyAttributes>;
export type RbacPolicyChanges = UpdateInput<RbacPolicyAttributes>;
