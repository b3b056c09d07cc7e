import type { Direction, Packet } from './packet.js';
import type { EvaluableRule, RuleAction } from './rule.js';
import { evaluatePolicy } from './rule-matching.js';

/** The firewall group protecting a port, with the rules of its policies in order. */
export interface PortProtection {
  groupId: string;
  adminStateUp: boolean;
  ingress?: { policyId: string; rules: readonly EvaluableRule[] };
  egress?: { policyId: string; rules: readonly EvaluableRule[] };
}

export type DecisionReason =
  | 'port_not_protected'
  | 'group_without_policies'
  | 'group_admin_state_down'
  | 'no_policy_for_direction'
  | 'rule_matched'
  | 'implicit_deny';

export interface TrafficDecision {
  verdict: RuleAction;
  /** False when no firewall looked at the packet at all. */
  filtered: boolean;
  reason: DecisionReason;
  firewallGroupId: string | null;
  firewallPolicyId: string | null;
  firewallRuleId: string | null;
}

/**
 * Decides what happens to a packet crossing a port in one direction. The order of the checks
 * follows neutron-fwaas v2 (service_drivers/agents/agents.py and the iptables driver,
 * drivers/linux/iptables_fwaas_v2.py):
 * - a group with no ingress and no egress policy is INACTIVE and never sent to the agent, so
 *   its ports are not filtered (create_firewall_group_precommit);
 * - admin_state_up=false installs only the "DROP ALL" default chain (apply_default_policy);
 * - with one direction's policy missing, that direction's chain holds no rules and falls
 *   through to the same default DROP chain (_setup_chains, _enable_policy_chain).
 */
export function decideTraffic(protection: PortProtection | undefined, direction: Direction, packet: Packet): TrafficDecision {
  if (!protection) return unfiltered('port_not_protected', null);
  if (!protection.ingress && !protection.egress) return unfiltered('group_without_policies', protection.groupId);
  const base = { filtered: true, firewallGroupId: protection.groupId };
  if (!protection.adminStateUp) {
    return { ...base, verdict: 'deny', reason: 'group_admin_state_down', firewallPolicyId: null, firewallRuleId: null };
  }
  const policy = protection[direction];
  if (!policy) return { ...base, verdict: 'deny', reason: 'no_policy_for_direction', firewallPolicyId: null, firewallRuleId: null };
  const outcome = evaluatePolicy(policy.rules, packet);
  if (outcome.kind === 'implicit_deny') {
    return { ...base, verdict: 'deny', reason: 'implicit_deny', firewallPolicyId: policy.policyId, firewallRuleId: null };
  }
  return { ...base, verdict: outcome.action, reason: 'rule_matched', firewallPolicyId: policy.policyId, firewallRuleId: outcome.ruleId };
}

function unfiltered(reason: DecisionReason, groupId: string | null): TrafficDecision {
  return { verdict: 'allow', filtered: false, reason, firewallGroupId: groupId, firewallPolicyId: null, firewallRuleId: null };
}

const EXPLANATIONS: Record<DecisionReason, string> = {
  port_not_protected: 'No firewall group is bound to this port, so its traffic is not filtered.',
  group_without_policies:
    'The firewall group bound to this port has neither an ingress nor an egress policy; like neutron-fwaas, it stays INACTIVE and filters nothing.',
  group_admin_state_down: 'The firewall group is administratively down (admin_state_up=false): all traffic is dropped, as in neutron-fwaas.',
  no_policy_for_direction: 'The firewall group has no policy for this direction: traffic falls through to the default deny.',
  rule_matched: 'The first enabled rule of the policy that matches the packet decided.',
  implicit_deny: "No enabled rule of the policy matches: the policy's implicit final rule denies the packet.",
};

/** One sentence a person can read next to the verdict. */
export function explainDecision(decision: TrafficDecision): string {
  return EXPLANATIONS[decision.reason];
}
