import { sharedAttribute } from './shared.js';
import { type CheckedCreateInput, type ResourceOf, type Static, Type, type UpdateInput, attribute, defineResource, nullable, standardAttributes } from '@switchyard/sdk';

const ruleId = Type.String({ minLength: 1, maxLength: 255 });

const policyAttributes = {
  ...standardAttributes({ descriptionMaxLength: 1024 }),
  audited: attribute(Type.Boolean(), { create: true, update: true, default: false }),
  shared: sharedAttribute('policy'),
  // Kept in firewall_policy_rules, one row per rule with its position.
  firewall_rules: attribute(Type.Array(Type.String()), {
    create: true,
    update: true,
    default: [],
    column: false,
    input: Type.Array(ruleId, { description: 'Rule ids in precedence order.' }),
    reference: { resource: 'firewall_rule' },
  }),
};

/** `/v2.0/fwaas/firewall_policies`: an ordered list of rules, the first match deciding. */
export const policyResource = defineResource({
  resource: 'firewall_policy',
  collection: 'firewall_policies',
  path: '/v2.0/fwaas/firewall_policies',
  table: 'firewall_policies',
  // Neutron's default (quota_firewall_policy).
  quota: 10,
  attributes: policyAttributes,
});

export type PolicyAttributes = typeof policyAttributes;
/** A firewall policy as the API shows it. */
export type FirewallPolicy = ResourceOf<PolicyAttributes>;
export type PolicyCreation = CheckedCreateInput<PolicyAttributes>;
export type PolicyChanges = UpdateInput<PolicyAttributes>;

/** `PUT .../insert_rule` takes a bare object, as in neutron-fwaas. */
export const insertRuleBody = Type.Object(
  {
    firewall_rule_id: ruleId,
    insert_before: Type.Optional(nullable(Type.String({ maxLength: 255 }))),
    insert_after: Type.Optional(nullable(Type.String({ maxLength: 255 }))),
  },
  { additionalProperties: false },
);
export type RuleInsertion = Static<typeof insertRuleBody>;

export const removeRuleBody = Type.Object({ firewall_rule_id: ruleId }, { additionalProperties: false });
export type RuleRemoval = Static<typeof removeRuleBody>;
