import {
  type CheckedCreateInput,
  type ResourceOf,
  TAG_FILTERS,
  Type,
  type UpdateInput,
  attribute,
  defineResource,
  revisionAttributes,
  standardAttributes,
  tagsAttribute,
  timestampAttributes,
} from '@switchyard/sdk';
import { ruleItem } from './security-group-rule.js';

const groupAttributes = {
  ...standardAttributes(),
  // Neutron's stateful-security-group: false means the rules do not track connections.
  stateful: attribute(Type.Boolean({ description: 'Whether the rules are stateful (replies to allowed traffic are allowed); default true.' }), {
    create: true,
    update: true,
    default: true,
  }),
  // rbac-security-groups: depends on who asks, so it is computed (and filtered) per caller.
  shared: attribute(Type.Boolean({ description: "Whether an RBAC policy shares the group with the caller's project or with every project." }), { column: false }),
  security_group_rules: attribute(Type.Array(ruleItem, { description: "The group's rules." }), { column: false }),
  tags: tagsAttribute,
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/** `/v2.0/security-groups`: a named set of rules saying which traffic the ports in the group accept. */
export const groupResource = defineResource({
  resource: 'security_group',
  collection: 'security_groups',
  path: '/v2.0/security-groups',
  table: 'security_groups',
  // Neutron's default (quota_security_group).
  quota: 10,
  attributes: groupAttributes,
  queryFilters: { ...TAG_FILTERS, shared: "Only groups shared (true) or not shared (false) with the caller's project." },
});

/** Where each group's tags are kept (migration 0004). */
export const GROUP_TAG_TABLE = 'security_group_tags';

export type GroupAttributes = typeof groupAttributes;
/** A security group as the API shows it. */
export type SecurityGroup = ResourceOf<GroupAttributes>;
export type GroupCreation = CheckedCreateInput<GroupAttributes>;
export type GroupChanges = UpdateInput<GroupAttributes>;
