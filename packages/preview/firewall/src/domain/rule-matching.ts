import { type IpNetwork, networkContains, parseIpNetwork } from './addresses.js';
import type { Packet } from './packet.js';
import { parsePortRange, portInRange } from './port-range.js';
import type { EvaluableRule, RemoteGroupAddresses, RuleAction, RuleMatch } from './rule.js';

/**
 * Whether a rule's match fields cover the packet; `enabled` is the policy's business. An end that
 * names a remote group matches the addresses of that group's ports (none known: no match).
 */
export function ruleMatches(rule: RuleMatch & { remote?: RemoteGroupAddresses }, packet: Packet): boolean {
  return (
    rule.ip_version === packet.ipVersion &&
    (rule.protocol === null || rule.protocol === packet.protocol) &&
    addressMatches(rule.source_ip_address, packet.source) &&
    addressMatches(rule.destination_ip_address, packet.destination) &&
    remoteGroupMatches(rule.source_firewall_group_id, rule.remote?.source, packet.source) &&
    remoteGroupMatches(rule.destination_firewall_group_id, rule.remote?.destination, packet.destination) &&
    portMatches(rule.source_port, packet.sourcePort) &&
    portMatches(rule.destination_port, packet.destinationPort)
  );
}

export type PolicyOutcome =
  | { kind: 'rule_matched'; action: RuleAction; ruleId: string }
  | { kind: 'implicit_deny' };

/**
 * Walks a policy's rules in order: the first enabled rule that matches decides. Every FWaaS
 * policy ends with an implicit "deny all", so a packet nothing matches is dropped.
 */
export function evaluatePolicy(rules: readonly EvaluableRule[], packet: Packet): PolicyOutcome {
  const rule = rules.find((candidate) => candidate.enabled && ruleMatches(candidate, packet));
  return rule ? { kind: 'rule_matched', action: rule.action, ruleId: rule.id } : { kind: 'implicit_deny' };
}

function addressMatches(ruleAddress: string | null, packetAddress: Packet['source']): boolean {
  if (ruleAddress === null) return true;
  const network = parseIpNetwork(ruleAddress);
  return network !== undefined && networkContains(network, packetAddress);
}

function remoteGroupMatches(groupId: string | null, addresses: readonly IpNetwork[] | undefined, packetAddress: IpNetwork): boolean {
  if (groupId === null) return true;
  return (addresses ?? []).some((address) => networkContains(address, packetAddress));
}

/** A rule port range only matches packets that carry a port inside it. */
function portMatches(rulePort: string | null, packetPort: number | undefined): boolean {
  if (rulePort === null) return true;
  const range = parsePortRange(rulePort);
  return range !== undefined && packetPort !== undefined && portInRange(range, packetPort);
}
