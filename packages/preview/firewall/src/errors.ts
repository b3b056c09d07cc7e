import { SwitchyardError, conflict } from '@switchyard/sdk';

/**
 * The firewall's errors. Status codes and the SY_ERR_* codes come from the SDK's catalog;
 * the `type` follows neutron-fwaas (`neutron_lib.exceptions.firewall_v2`) so clients that
 * switch on it keep working.
 */
export function invalidRule(type: string, message: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_INVALID_INPUT', message, { type });
}

export function ruleInUse(ruleId: string, policyIds: readonly string[]): SwitchyardError {
  return conflict(
    'FirewallRuleInUse',
    `Firewall rule ${ruleId} is being used by firewall policies ${policyIds.join(', ')}. ` +
      `Remove it from them first (PUT /v2.0/fwaas/firewall_policies/<id>/remove_rule).`,
  );
}

export function policyInUse(policyId: string, groupIds: readonly string[]): SwitchyardError {
  return conflict(
    'FirewallPolicyInUse',
    `Firewall policy ${policyId} is being used by firewall groups ${groupIds.join(', ')}. ` +
      `Point those groups at another policy (or null) first.`,
  );
}

export function groupInUse(groupId: string, portIds: readonly string[]): SwitchyardError {
  return conflict(
    'FirewallGroupInUse',
    `Firewall group ${groupId} is still bound to ports ${portIds.join(', ')}. ` +
      `Unbind them first with PUT {"firewall_group": {"ports": []}}.`,
  );
}

export function portInUse(portId: string, groupId: string): SwitchyardError {
  return conflict(
    'FirewallGroupPortInUse',
    `Port ${portId} is already bound to firewall group ${groupId}; a port is protected by at most one group. ` +
      `Remove it from that group's "ports" first.`,
  );
}

export function ruleAlreadyInPolicy(ruleId: string, policyId: string): SwitchyardError {
  return conflict('FirewallRuleInPolicy', `Firewall rule ${ruleId} is already associated with firewall policy ${policyId}.`);
}

export function ruleNotInPolicy(ruleId: string, policyId: string): SwitchyardError {
  return new SwitchyardError(
    'SY_ERR_INVALID_INPUT',
    `Firewall rule ${ruleId} is not associated with firewall policy ${policyId}.`,
    { type: 'FirewallRuleNotAssociatedWithPolicy' },
  );
}

export function tooManyRules(policyId: string, count: number, limit: number): SwitchyardError {
  return conflict(
    'FirewallPolicyRuleLimitExceeded',
    `Firewall policy ${policyId} would hold ${count} rules; at most ${limit} are allowed ` +
      `(max_rules_per_policy in [plugins.firewall]).`,
  );
}

export function otherProjectResource(kind: string, id: string, projectId: string): SwitchyardError {
  return conflict(
    'FirewallProjectConflict',
    `${kind} ${id} belongs to another project than ${projectId}; a firewall resource may only use resources of its own project.`,
  );
}
