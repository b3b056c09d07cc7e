import { describe, expect, it } from 'vitest';
import { type SentMatch, checkRuleMatch } from './rule-validation.js';
import { ruleKey } from './rule-key.js';

const nothing: SentMatch = { ethertype: 'IPv4', protocol: null, port_range_min: null, port_range_max: null, remote_ip_prefix: null, remote_group_id: null, remote_address_group_id: null };

function refusal(sent: Partial<SentMatch>): string | undefined {
  try {
    checkRuleMatch({ ...nothing, ...sent });
    return undefined;
  } catch (error) {
    return (error as { type?: string }).type;
  }
}

describe('checkRuleMatch (neutron _validate_security_group_rule)', () => {
  it('converts ethertype, protocol, ports and prefix as Neutron stores them', () => {
    expect(checkRuleMatch({ ...nothing, ethertype: 'ipv6', protocol: 'TCP', port_range_min: '22', port_range_max: 22, remote_ip_prefix: '2001:db8::7/32' })).toEqual({
      ethertype: 'IPv6',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '2001:db8::7/32',
      normalized_cidr: '2001:db8::/32',
      remote_group_id: null,
      remote_address_group_id: null,
    });
    expect(checkRuleMatch({ ...nothing, remote_ip_prefix: '10.0.0.7' })).toMatchObject({ remote_ip_prefix: '10.0.0.7/32', normalized_cidr: '10.0.0.7/32' });
    expect(checkRuleMatch({ ...nothing, remote_ip_prefix: '10.0.0.7/24' })).toMatchObject({ remote_ip_prefix: '10.0.0.7/24', normalized_cidr: '10.0.0.0/24' });
    expect(checkRuleMatch({ ...nothing, ethertype: 'IPv6', remote_ip_prefix: '2001:0db8:0:0::1/64' })).toMatchObject({ remote_ip_prefix: '2001:db8::1/64', normalized_cidr: '2001:db8::/64' });
    expect(checkRuleMatch(nothing)).toMatchObject({ remote_ip_prefix: null, normalized_cidr: null });
  });

  it('takes ICMP type and code within 0-255, the type alone too', () => {
    expect(checkRuleMatch({ ...nothing, protocol: 'icmp', port_range_min: 8, port_range_max: 0 })).toMatchObject({ port_range_min: 8, port_range_max: 0 });
    expect(checkRuleMatch({ ...nothing, protocol: 'icmp', port_range_min: 8 })).toMatchObject({ port_range_min: 8, port_range_max: null });
  });

  it.each<[string, Partial<SentMatch>]>([
    ['SecurityGroupRuleInvalidEtherType', { ethertype: 'IPv5' }],
    ['SecurityGroupRuleInvalidProtocol', { protocol: 'tcpp' }],
    ['SecurityGroupRuleInvalidProtocol', { protocol: 300 }],
    ['SecurityGroupInvalidPortValue', { protocol: 'tcp', port_range_min: 70000, port_range_max: 70000 }],
    ['SecurityGroupInvalidPortValue', { protocol: 'tcp', port_range_min: 'x', port_range_max: 1 }],
    ['SecurityGroupInvalidPortValue', { protocol: 'tcp', port_range_min: 0, port_range_max: 10 }],
    ['SecurityGroupInvalidPortRange', { protocol: 'tcp', port_range_min: 80, port_range_max: 22 }],
    ['SecurityGroupInvalidPortRange', { protocol: 'udp', port_range_min: 80 }],
    ['SecurityGroupProtocolRequiredWithPorts', { port_range_min: 22, port_range_max: 22 }],
    ['SecurityGroupInvalidProtocolForPort', { protocol: 'gre', port_range_min: 1, port_range_max: 2 }],
    ['SecurityGroupInvalidIcmpValue', { protocol: 'icmp', port_range_min: 256 }],
    ['SecurityGroupInvalidIcmpValue', { protocol: 'icmp', port_range_min: 8, port_range_max: 256 }],
    ['SecurityGroupMissingIcmpType', { protocol: 'icmp', port_range_max: 0 }],
    ['SecurityGroupEthertypeConflictWithProtocol', { protocol: 'ipv6-icmp' }],
    ['SecurityGroupEthertypeConflictWithProtocol', { protocol: '58' }],
    ['SecurityGroupRuleParameterConflict', { remote_ip_prefix: '2001:db8::/32' }],
    ['SecurityGroupRuleParameterConflict', { remote_ip_prefix: '10.0.0.0/33' }],
    ['SecurityGroupRuleParameterConflict', { remote_ip_prefix: 'not-a-cidr' }],
    ['SecurityGroupMultipleRemoteEntites', { remote_ip_prefix: '10.0.0.0/8', remote_group_id: 'g' }],
    ['SecurityGroupMultipleRemoteEntites', { remote_ip_prefix: '10.0.0.0/8', remote_address_group_id: 'a' }],
    ['SecurityGroupMultipleRemoteEntites', { remote_group_id: 'g', remote_address_group_id: 'a' }],
  ])('refuses with %s: %j', (type, sent) => {
    expect(refusal(sent)).toBe(type);
  });
});

describe('ruleKey (neutron _rule_to_key)', () => {
  const key = (sent: Partial<SentMatch>, direction = 'ingress') => ruleKey(direction, checkRuleMatch({ ...nothing, ...sent }));

  it('is the same for a protocol by name and by number, and for any address and none', () => {
    expect(key({ protocol: 'tcp' })).toBe(key({ protocol: 6 }));
    expect(key({ remote_ip_prefix: '0.0.0.0/0' })).toBe(key({}));
    expect(key({ remote_ip_prefix: '10.0.0.7/24' })).toBe(key({ remote_ip_prefix: '10.0.0.0/24' }));
    expect(key({ ethertype: 'IPv6', protocol: 'icmp' })).toBe(key({ ethertype: 'IPv6', protocol: 'ipv6-icmp' }));
  });

  it('is, for a rule without an address group, the key stored before address groups existed', () => {
    expect(key({ protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_group_id: 'g' })).toBe('ingress_IPv4_22_22_6_g_+');
  });

  it('differs by direction, ethertype, ports and remote end', () => {
    const keys = [
      key({}),
      key({}, 'egress'),
      key({ ethertype: 'IPv6' }),
      key({ protocol: 'tcp', port_range_min: 22, port_range_max: 22 }),
      key({ remote_group_id: 'g' }),
      key({ remote_ip_prefix: '10.0.0.0/8' }),
      key({ remote_address_group_id: 'a' }),
      key({ remote_address_group_id: 'b' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
