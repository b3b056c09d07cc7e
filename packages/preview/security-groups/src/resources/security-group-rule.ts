import {
  type CheckedCreateInput,
  type ResourceOf,
  type TSchema,
  Type,
  attribute,
  defineResource,
  enumOf,
  nullable,
  revisionAttributes,
  standardAttributes,
  timestampAttributes,
} from '@switchyard/sdk';

export const DIRECTIONS = ['ingress', 'egress'] as const;
export const ETHERTYPES = ['IPv4', 'IPv6'] as const;

// Security group rules have no name in Neutron; the other standard attributes they do have.
const { name: _name, ...standard } = standardAttributes();

// Neutron converts these itself ("6" and 6 are both TCP, "ipv4" is IPv4, "22" is port 22), so the
// schemas stay open and the service checks them, answering with Neutron's error types.
const protocolInput = Type.Unknown({ description: 'A protocol name (tcp, udp, icmp, ipv6-icmp, ...), a number from 0 to 255, or null for any.' });
const portInput = Type.Unknown({ description: 'A port (1-65535) for TCP, UDP, UDP-Lite, SCTP and DCCP; the ICMP type (min) and code (max) for ICMP; or null.' });
const ethertypeInput = Type.String({ maxLength: 8, description: 'IPv4 (default) or IPv6, in any case.' });

function portRangeEnd() {
  return attribute(nullable(Type.Integer()), { create: true, default: null, input: portInput });
}

const ruleAttributes = {
  ...standard,
  // Both group references are checked against what the caller sees (its own groups and those
  // shared with it); the service then holds them to the rule's project (rule-groups.ts).
  security_group_id: attribute(Type.String({ description: 'The group the rule belongs to.' }), {
    create: 'required',
    input: Type.String({ minLength: 1, maxLength: 255 }),
    reference: { resource: 'security_group' },
  }),
  direction: attribute(enumOf(DIRECTIONS, { description: 'ingress: traffic to the port; egress: traffic from it.' }), { create: 'required' }),
  ethertype: attribute(enumOf(ETHERTYPES), { create: true, default: 'IPv4', input: ethertypeInput }),
  protocol: attribute(nullable(Type.String()), { create: true, default: null, input: protocolInput }),
  port_range_min: portRangeEnd(),
  port_range_max: portRangeEnd(),
  remote_ip_prefix: attribute(nullable(Type.String()), {
    create: true,
    default: null,
    input: nullable(Type.String({ maxLength: 64, description: 'A CIDR (or address) of the rule ethertype the remote end must be in; excludes remote_group_id.' })),
  }),
  remote_group_id: attribute(nullable(Type.String()), {
    create: true,
    default: null,
    input: nullable(Type.String({ maxLength: 255, description: "A group of the rule's project, or shared with it, whose ports the remote end must be; excludes remote_ip_prefix." })),
    reference: { resource: 'security_group' },
  }),
  // security-groups-remote-address-group: the remote end is any address of the group.
  remote_address_group_id: attribute(nullable(Type.String()), {
    create: true,
    default: null,
    input: nullable(Type.String({ maxLength: 255, description: "An address group of the rule's project whose addresses the remote end must be in; excludes remote_ip_prefix and remote_group_id." })),
    reference: { resource: 'address_group', sameProject: true },
  }),
  // security-groups-normalized-cidr and security-groups-rules-belongs-to-default-sg: read-only.
  normalized_cidr: attribute(nullable(Type.String({ description: 'The network of remote_ip_prefix (10.0.0.0/24 for 10.0.0.5/24); null without one.' }))),
  belongs_to_default_sg: attribute(Type.Boolean({ description: "Whether the rule is in its project's default group." }), { column: false }),
  ...revisionAttributes(),
  ...timestampAttributes(),
};

/** `/v2.0/security-group-rules`: one kind of traffic a group allows. Rules are created and deleted, never updated. */
export const ruleResource = defineResource({
  resource: 'security_group_rule',
  collection: 'security_group_rules',
  path: '/v2.0/security-group-rules',
  table: 'security_group_rules',
  // Neutron's default (quota_security_group_rule).
  quota: 100,
  attributes: ruleAttributes,
  queryFilters: { belongs_to_default_sg: "Only rules of (true) or not of (false) their project's default group." },
});

/** What a create request may not send: the server computes them (400 naming them otherwise). */
export const COMPUTED_RULE_ATTRIBUTES = ['normalized_cidr', 'belongs_to_default_sg'] as const;

function shownSchemas<TAttributes extends Record<string, { schema: TSchema }>>(attributes: TAttributes): { [K in keyof TAttributes]: TAttributes[K]['schema'] } {
  return Object.fromEntries(Object.entries(attributes).map(([name, declaration]) => [name, declaration.schema])) as { [K in keyof TAttributes]: TAttributes[K]['schema'] };
}

/** A rule as its group shows it, among the group's `security_group_rules`. */
export const ruleItem = Type.Object(shownSchemas(ruleAttributes));

export type RuleAttributes = typeof ruleAttributes;
/** A security group rule as the API shows it. */
export type SecurityGroupRule = ResourceOf<RuleAttributes>;
export type RuleCreation = CheckedCreateInput<RuleAttributes>;
