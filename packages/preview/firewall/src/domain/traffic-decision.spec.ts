import { describe, expect, it } from 'vitest';
import { parsePacket } from './packet.js';
import type { EvaluableRule } from './rule.js';
import { type PortProtection, decideTraffic, explainDecision } from './traffic-decision.js';

const packet = parsePacket({ protocol: 'tcp', source_ip_address: '198.51.100.7', destination_ip_address: '10.0.0.5', destination_port: 22 });
const allowSsh: EvaluableRule = {
  id: 'allow-ssh',
  protocol: 'tcp',
  ip_version: 4,
  source_ip_address: null,
  destination_ip_address: null,
  source_port: null,
  destination_port: '22',
  source_firewall_group_id: null,
  destination_firewall_group_id: null,
  action: 'allow',
  enabled: true,
};

function protection(fields: Partial<PortProtection> = {}): PortProtection {
  return { groupId: 'g1', adminStateUp: true, ingress: { policyId: 'p-in', rules: [allowSsh] }, ...fields };
}

describe('decideTraffic', () => {
  it('does not filter a port without a group, and says so', () => {
    const decision = decideTraffic(undefined, 'ingress', packet);
    expect(decision).toMatchObject({ verdict: 'allow', filtered: false, reason: 'port_not_protected', firewallGroupId: null });
    expect(explainDecision(decision)).toContain('not filtered');
  });

  it('applies the policy of the direction and names the rule that matched', () => {
    expect(decideTraffic(protection(), 'ingress', packet)).toEqual({
      verdict: 'allow',
      filtered: true,
      reason: 'rule_matched',
      firewallGroupId: 'g1',
      firewallPolicyId: 'p-in',
      firewallRuleId: 'allow-ssh',
    });
  });

  it('denies implicitly when the policy has no matching rule', () => {
    const other = parsePacket({ protocol: 'udp', source_ip_address: '198.51.100.7', destination_ip_address: '10.0.0.5', destination_port: 53 });
    expect(decideTraffic(protection(), 'ingress', other)).toMatchObject({ verdict: 'deny', reason: 'implicit_deny', firewallPolicyId: 'p-in', firewallRuleId: null });
  });

  it('denies a direction without a policy when the other direction has one (default drop chain)', () => {
    expect(decideTraffic(protection(), 'egress', packet)).toMatchObject({ verdict: 'deny', filtered: true, reason: 'no_policy_for_direction' });
  });

  it('drops everything while the group is administratively down', () => {
    expect(decideTraffic(protection({ adminStateUp: false }), 'ingress', packet)).toMatchObject({
      verdict: 'deny',
      filtered: true,
      reason: 'group_admin_state_down',
      firewallRuleId: null,
    });
  });

  it('does not filter through a group with no policies at all (INACTIVE in neutron-fwaas), even when down', () => {
    const empty = protection({ ingress: undefined, egress: undefined, adminStateUp: false });
    expect(decideTraffic(empty, 'ingress', packet)).toMatchObject({ verdict: 'allow', filtered: false, reason: 'group_without_policies', firewallGroupId: 'g1' });
  });
});
