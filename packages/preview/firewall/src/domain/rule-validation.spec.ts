import { describe, expect, it } from 'vitest';
import type { SwitchyardError } from '@switchyard/sdk';
import type { RuleMatch } from './rule.js';
import { checkRuleConsistency } from './rule-validation.js';

const base: RuleMatch = {
  protocol: 'tcp',
  ip_version: 4,
  source_ip_address: null,
  destination_ip_address: null,
  source_port: null,
  destination_port: null,
  source_firewall_group_id: null,
  destination_firewall_group_id: null,
  action: 'allow',
  enabled: true,
};

function errorOf(rule: Partial<RuleMatch>): SwitchyardError {
  try {
    checkRuleConsistency({ ...base, ...rule });
  } catch (error) {
    return error as SwitchyardError;
  }
  throw new Error('expected the rule to be refused');
}

describe('checkRuleConsistency', () => {
  it('accepts consistent rules', () => {
    expect(() => checkRuleConsistency({ ...base, destination_port: '443', source_ip_address: '10.0.0.0/8' })).not.toThrow();
    expect(() => checkRuleConsistency({ ...base, protocol: 'udp', source_port: '1000:2000' })).not.toThrow();
    expect(() => checkRuleConsistency({ ...base, protocol: null, ip_version: 6, destination_ip_address: '2001:db8::/32' })).not.toThrow();
    expect(() => checkRuleConsistency({ ...base, protocol: 'icmp' })).not.toThrow();
  });

  it('refuses addresses of the other IP version', () => {
    const error = errorOf({ ip_version: 6, source_ip_address: '10.0.0.1' });
    expect(error.statusCode).toBe(400);
    expect(error.type).toBe('FirewallIpAddressConflict');
    expect(error.message).toContain('firewall_rule.source_ip_address');
    expect(error.message).toContain("ip_version is 6");
  });

  it('refuses text that is not an address or CIDR, quoting it', () => {
    const error = errorOf({ destination_ip_address: '10.0.0.0/40' });
    expect(error.message).toContain('firewall_rule.destination_ip_address: "10.0.0.0/40" is not an IP address or CIDR');
  });

  it('refuses ports on ICMP rules', () => {
    const error = errorOf({ protocol: 'icmp', destination_port: '80' });
    expect(error.type).toBe('FirewallRuleInvalidICMPParameter');
    expect(error.message).toContain('firewall_rule.destination_port');
  });

  it('refuses ports when the protocol is any', () => {
    const error = errorOf({ protocol: null, source_port: '53' });
    expect(error.type).toBe('FirewallRuleWithPortWithoutProtocolInvalid');
    expect(error.message).toContain('firewall_rule.source_port');
  });

  it.each(['90:80', '70000', 'ssh', '1-2'])('refuses the port value %j with the expected format', (port) => {
    const error = errorOf({ destination_port: port });
    expect(error.type).toBe('FirewallRuleInvalidPortValue');
    expect(error.message).toContain('expected "N" or "N:M"');
  });

  it.each(['source', 'destination'] as const)('refuses a %s address together with a %s remote group, naming both', (end) => {
    const error = errorOf({ [`${end}_ip_address`]: '10.0.0.0/8', [`${end}_firewall_group_id`]: 'group-1' });
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain(`${end}_ip_address and ${end}_firewall_group_id are both set`);
  });

  it('accepts a remote group at one end and an address at the other', () => {
    expect(() => checkRuleConsistency({ ...base, source_firewall_group_id: 'group-1', destination_ip_address: '10.0.0.5' })).not.toThrow();
  });
});
