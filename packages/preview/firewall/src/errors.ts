import { type ErrorCode, SwitchyardError } from '@switchyard/sdk';

/**
 * The firewall's error catalog: each Neutron error `type` it returns, with the SDK code that
 * sets the HTTP status. Types follow neutron-fwaas (`neutron_lib.exceptions.firewall_v2`) so
 * clients that switch on them keep working. README.md ("Errors") lists the same table; a test
 * keeps the two in step.
 */
export const FIREWALL_ERRORS = {
  FirewallRuleInvalidPortValue: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port is not "N" or "N:M" within 0-65535.' },
  FirewallRuleWithPortWithoutProtocolInvalid: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port was given on a rule whose protocol is any.' },
  FirewallRuleInvalidICMPParameter: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port was given on an ICMP rule.' },
  FirewallIpAddressConflict: { code: 'SY_ERR_INVALID_INPUT', summary: "An address does not match the rule's ip_version." },
  FirewallRuleNotAssociatedWithPolicy: { code: 'SY_ERR_INVALID_INPUT', summary: 'remove_rule or an insert reference names a rule not in the policy.' },
  FirewallGroupPortInvalid: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port to bind is not a router interface.' },
  FirewallRuleInUse: { code: 'SY_ERR_CONFLICT', summary: 'The rule to delete is held by a policy.' },
  FirewallPolicyInUse: { code: 'SY_ERR_CONFLICT', summary: 'The policy to delete is used by a group.' },
  FirewallGroupInUse: { code: 'SY_ERR_CONFLICT', summary: 'The group to delete is ACTIVE on ports.' },
  FirewallGroupPortInUse: { code: 'SY_ERR_CONFLICT', summary: 'A port to bind is bound to another group.' },
  FirewallGroupPortInvalidProject: { code: 'SY_ERR_CONFLICT', summary: "A port to bind belongs to another project than the group (admin requests)." },
  FirewallRuleInPolicy: { code: 'SY_ERR_CONFLICT', summary: 'insert_rule names a rule already in the policy.' },
  FirewallPolicyRuleLimitExceeded: { code: 'SY_ERR_CONFLICT', summary: 'A policy would hold more than max_rules_per_policy rules.' },
  FirewallProjectConflict: { code: 'SY_ERR_CONFLICT', summary: 'A policy, group or rule refers to an unshared rule, policy or group of another project (admin requests).' },
  FirewallRuleSharingConflict: { code: 'SY_ERR_NOT_FOUND', summary: 'A shared policy would hold a rule that is not shared.' },
  FirewallPolicySharingConflict: { code: 'SY_ERR_CONFLICT', summary: 'A policy is to be shared while one of its rules is not.' },
} as const satisfies Record<string, { code: ErrorCode; summary: string }>;

export type FirewallErrorType = keyof typeof FIREWALL_ERRORS;

export function firewallError(type: FirewallErrorType, message: string): SwitchyardError {
  return new SwitchyardError(FIREWALL_ERRORS[type].code, message, { type });
}

export function ruleInUse(ruleId: string, policyIds: readonly string[]): SwitchyardError {
  return firewallError(
    'FirewallRuleInUse',
    `Firewall rule ${ruleId} is being used by firewall policies ${policyIds.join(', ')}. ` +
      `Remove it from them first (PUT /v2.0/fwaas/firewall_policies/<id>/remove_rule).`,
  );
}

export function policyInUse(policyId: string, groupIds: readonly string[]): SwitchyardError {
  return firewallError(
    'FirewallPolicyInUse',
    `Firewall policy ${policyId} is being used by firewall groups ${groupIds.join(', ')}. ` +
      `Point those groups at another policy (or null) first.`,
  );
}

export function groupInUse(groupId: string, portIds: readonly string[]): SwitchyardError {
  return firewallError(
    'FirewallGroupInUse',
    `Firewall group ${groupId} is still bound to ports ${portIds.join(', ')}. ` +
      `Unbind them first with PUT {"firewall_group": {"ports": []}}.`,
  );
}

export function portInUse(portId: string, groupId: string): SwitchyardError {
  return firewallError(
    'FirewallGroupPortInUse',
    `Port ${portId} is already bound to firewall group ${groupId}; a port is protected by at most one group. ` +
      `Remove it from that group's "ports" first.`,
  );
}

export function ruleAlreadyInPolicy(ruleId: string, policyId: string): SwitchyardError {
  return firewallError('FirewallRuleInPolicy', `Firewall rule ${ruleId} is already associated with firewall policy ${policyId}.`);
}

export function ruleNotInPolicy(ruleId: string, policyId: string): SwitchyardError {
  return firewallError('FirewallRuleNotAssociatedWithPolicy', `Firewall rule ${ruleId} is not associated with firewall policy ${policyId}.`);
}

export function tooManyRules(policyId: string, count: number, limit: number): SwitchyardError {
  return firewallError(
    'FirewallPolicyRuleLimitExceeded',
    `Firewall policy ${policyId} would hold ${count} rules; at most ${limit} are allowed ` +
      `(max_rules_per_policy in [plugins.firewall]).`,
  );
}

export function otherProjectResource(kind: string, id: string, projectId: string): SwitchyardError {
  return firewallError(
    'FirewallProjectConflict',
    `${kind} ${id} belongs to another project than ${projectId} and is not shared; a firewall resource may only use resources ` +
      'of its own project or shared ones.',
  );
}

/** neutron-lib's FirewallRuleSharingConflict, a 404 there too: the shared policy "cannot find" an unshared rule. */
export function unsharedRuleInSharedPolicy(policyId: string, ruleId: string): SwitchyardError {
  return firewallError(
    'FirewallRuleSharingConflict',
    `Operation cannot be performed since firewall policy ${policyId} could not find the firewall rule ${ruleId}. ` +
      'Please confirm if the firewall rule exists and is shared: a shared policy holds only shared rules.',
  );
}

export function policySharedBeforeRule(policyId: string, ruleId: string): SwitchyardError {
  return firewallError(
    'FirewallPolicySharingConflict',
    `Operation cannot be performed. Before sharing firewall policy ${policyId}, share associated firewall rule ${ruleId}.`,
  );
}

/** Un-sharing would leave other projects (or shared resources) using what they could no longer see. */
export function stillUsedWhenShared(
  type: 'FirewallRuleInUse' | 'FirewallPolicyInUse' | 'FirewallGroupInUse',
  kind: string,
  id: string,
  users: string,
  userIds: readonly string[],
): SwitchyardError {
  return firewallError(
    type,
    `${kind} ${id} cannot stop being shared: ${users} ${userIds.join(', ')} of other projects (or shared) use it. ` +
      'They must stop using it first.',
  );
}

export function remoteGroupInUse(groupId: string, ruleIds: readonly string[]): SwitchyardError {
  return firewallError(
    'FirewallGroupInUse',
    `Firewall group ${groupId} is the remote group (source_firewall_group_id or destination_firewall_group_id) of firewall ` +
      `rules ${ruleIds.join(', ')}. Point those rules elsewhere (or null) first.`,
  );
}
