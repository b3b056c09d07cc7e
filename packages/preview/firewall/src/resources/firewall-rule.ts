import { sharedAttribute } from './shared.js';
import { type CheckedCreateInput, type ResourceOf, Type, type UpdateInput, attribute, defineResource, enumOf, nullable, standardAttributes } from '@switchyard/sdk';

/** Protocols a rule or a packet names; a rule's null (or "any" on input) matches them all. */
export const RULE_PROTOCOLS = ['tcp', 'udp', 'icmp'] as const;
export const RULE_ACTIONS = ['allow', 'deny', 'reject'] as const;

const address = nullable(Type.String({ maxLength: 64, description: 'IP address or CIDR of the rule ip_version.' }));
const portRange = nullable(Type.String({ maxLength: 11, description: '"N" or "N:M"; tcp and udp only.' }));

/** A match field: null matches anything, and is what a rule starts with (neutron-lib's firewall_v2 defaults). */
function matchField(input: typeof address) {
  return attribute(nullable(Type.String()), { create: true, update: true, default: null, input });
}

/**
 * A remote firewall group (FWaaS 2.0 API spec): the rule matches the addresses of that group's ports
 * instead of an address or CIDR. The caller's own group or a shared one.
 */
function remoteGroupReference(end: 'source' | 'destination') {
  return attribute(nullable(Type.String()), {
    create: true,
    update: true,
    default: null,
    input: nullable(Type.String({ maxLength: 255, description: `Firewall group whose ports' addresses the ${end} must be; excludes ${end}_ip_address.` })),
    reference: { resource: 'firewall_group' },
  });
}

const ruleAttributes = {
  ...standardAttributes({ descriptionMaxLength: 1024 }),
  protocol: attribute(nullable(enumOf(RULE_PROTOCOLS)), {
    create: true,
    update: true,
    default: null,
    input: nullable(enumOf([...RULE_PROTOCOLS, 'any'], { description: 'null or "any" matches every protocol.' })),
  }),
  ip_version: attribute(enumOf([4, 6]), { create: true, update: true, default: 4 }),
  source_ip_address: matchField(address),
  destination_ip_address: matchField(address),
  source_port: matchField(portRange),
  destination_port: matchField(portRange),
  action: attribute(enumOf(RULE_ACTIONS), { create: true, update: true, default: 'deny' }),
  enabled: attribute(Type.Boolean(), { create: true, update: true, default: true }),
  shared: sharedAttribute('rule'),
  source_firewall_group_id: remoteGroupReference('source'),
  destination_firewall_group_id: remoteGroupReference('destination'),
  // FWaaS v2 lets one rule sit in several policies; the service reads them from the policies' rule lists.
  firewall_policy_id: attribute(Type.Array(Type.String()), { column: false }),
};

/** `/v2.0/fwaas/firewall_rules`: what traffic a rule matches and what it does with it. */
export const ruleResource = defineResource({
  resource: 'firewall_rule',
  collection: 'firewall_rules',
  path: '/v2.0/fwaas/firewall_rules',
  table: 'firewall_rules',
  // Neutron's default (quota_firewall_rule).
  quota: 100,
  attributes: ruleAttributes,
});

export type RuleAttributes = typeof ruleAttributes;
/** A firewall rule as the API shows it. */
export type FirewallRule = ResourceOf<RuleAttributes>;
export type RuleCreation = CheckedCreateInput<RuleAttributes>;
export type RuleChanges = UpdateInput<RuleAttributes>;
