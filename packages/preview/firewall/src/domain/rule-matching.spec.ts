import { describe, expect, it } from 'vitest';
import { parseIpAddress } from './addresses.js';
import { parsePacket, type PacketInput } from './packet.js';
import type { EvaluableRule } from './rule.js';
import { evaluatePolicy, ruleMatches } from './rule-matching.js';

function rule(id: string, fields: Partial<EvaluableRule> = {}): EvaluableRule {
  return {
    id,
    protocol: null,
    ip_version: 4,
    source_ip_address: null,
    destination_ip_address: null,
    source_port: null,
    destination_port: null,
    source_firewall_group_id: null,
    destination_firewall_group_id: null,
    action: 'allow',
    enabled: true,
    ...fields,
  };
}

function packet(fields: Partial<PacketInput> = {}) {
  return parsePacket({
    protocol: 'tcp',
    source_ip_address: '198.51.100.7',
    destination_ip_address: '10.0.0.5',
    source_port: 40000,
    destination_port: 443,
    ...fields,
  });
}

describe('ruleMatches', () => {
  it("matches a remote group end by its ports' addresses, and nothing when the group has none", () => {
    const remote = { source: [parseIpAddress('198.51.100.7'), parseIpAddress('198.51.100.9')].flatMap((address) => address ?? []) };
    const fromGroup = rule('r', { source_firewall_group_id: 'g', remote });
    expect(ruleMatches(fromGroup, packet())).toBe(true);
    expect(ruleMatches(fromGroup, packet({ source_ip_address: '198.51.100.8' }))).toBe(false);
    expect(ruleMatches(rule('r', { source_firewall_group_id: 'g' }), packet())).toBe(false);
    expect(ruleMatches(rule('r', { destination_firewall_group_id: 'g', remote }), packet())).toBe(false);
    expect(ruleMatches(rule('r', { destination_firewall_group_id: 'g', remote: { destination: remote.source } }), packet({ destination_ip_address: '198.51.100.9' }))).toBe(true);
  });

  it('matches any protocol when the rule has none', () => {
    expect(ruleMatches(rule('r'), packet())).toBe(true);
    expect(ruleMatches(rule('r'), packet({ protocol: 'udp' }))).toBe(true);
    expect(ruleMatches(rule('r'), packet({ protocol: 'icmp', source_port: undefined, destination_port: undefined }))).toBe(true);
  });

  it('matches only its own protocol when it has one', () => {
    expect(ruleMatches(rule('r', { protocol: 'udp' }), packet())).toBe(false);
    expect(ruleMatches(rule('r', { protocol: 'tcp' }), packet())).toBe(true);
  });

  it('never matches a packet of the other IP version', () => {
    const v6Packet = packet({ source_ip_address: '2001:db8::7', destination_ip_address: '2001:db8::5' });
    expect(ruleMatches(rule('r', { ip_version: 4 }), v6Packet)).toBe(false);
    expect(ruleMatches(rule('r', { ip_version: 6 }), v6Packet)).toBe(true);
    expect(ruleMatches(rule('r', { ip_version: 6 }), packet())).toBe(false);
  });

  it('matches source and destination CIDRs by containment', () => {
    expect(ruleMatches(rule('r', { source_ip_address: '198.51.100.0/24' }), packet())).toBe(true);
    expect(ruleMatches(rule('r', { source_ip_address: '203.0.113.0/24' }), packet())).toBe(false);
    expect(ruleMatches(rule('r', { destination_ip_address: '10.0.0.5' }), packet())).toBe(true);
    expect(ruleMatches(rule('r', { destination_ip_address: '10.0.0.6' }), packet())).toBe(false);
  });

  it('matches IPv6 CIDRs by containment', () => {
    const v6Packet = packet({ source_ip_address: '2001:db8:1::7', destination_ip_address: '2001:db8:2::5' });
    expect(ruleMatches(rule('r', { ip_version: 6, source_ip_address: '2001:db8:1::/48' }), v6Packet)).toBe(true);
    expect(ruleMatches(rule('r', { ip_version: 6, source_ip_address: '2001:db8:3::/48' }), v6Packet)).toBe(false);
  });

  it('matches port ranges inclusively', () => {
    expect(ruleMatches(rule('r', { protocol: 'tcp', destination_port: '443' }), packet())).toBe(true);
    expect(ruleMatches(rule('r', { protocol: 'tcp', destination_port: '400:443' }), packet())).toBe(true);
    expect(ruleMatches(rule('r', { protocol: 'tcp', destination_port: '444:500' }), packet())).toBe(false);
    expect(ruleMatches(rule('r', { protocol: 'tcp', source_port: '1:1024' }), packet())).toBe(false);
  });

  it('does not match a port rule when the packet has no port', () => {
    expect(ruleMatches(rule('r', { protocol: 'tcp', destination_port: '443' }), packet({ destination_port: undefined }))).toBe(false);
  });
});

describe('evaluatePolicy', () => {
  it('lets the first matching rule decide', () => {
    const rules = [rule('deny-https', { protocol: 'tcp', destination_port: '443', action: 'deny' }), rule('allow-all')];
    expect(evaluatePolicy(rules, packet())).toEqual({ kind: 'rule_matched', action: 'deny', ruleId: 'deny-https' });
    expect(evaluatePolicy(rules, packet({ destination_port: 80 }))).toEqual({ kind: 'rule_matched', action: 'allow', ruleId: 'allow-all' });
  });

  it('depends on order: the same rules reversed give another verdict', () => {
    const rules = [rule('allow-all'), rule('deny-https', { protocol: 'tcp', destination_port: '443', action: 'deny' })];
    expect(evaluatePolicy(rules, packet())).toMatchObject({ action: 'allow', ruleId: 'allow-all' });
  });

  it('skips disabled rules', () => {
    const rules = [rule('off', { action: 'reject', enabled: false }), rule('on', { action: 'deny' })];
    expect(evaluatePolicy(rules, packet())).toMatchObject({ action: 'deny', ruleId: 'on' });
  });

  it('denies implicitly when nothing matches, including an empty policy', () => {
    expect(evaluatePolicy([rule('udp-only', { protocol: 'udp' })], packet())).toEqual({ kind: 'implicit_deny' });
    expect(evaluatePolicy([], packet())).toEqual({ kind: 'implicit_deny' });
    expect(evaluatePolicy([rule('off', { enabled: false })], packet())).toEqual({ kind: 'implicit_deny' });
  });

  it('reports reject as its own verdict', () => {
    expect(evaluatePolicy([rule('r', { action: 'reject' })], packet())).toMatchObject({ action: 'reject' });
  });
});
