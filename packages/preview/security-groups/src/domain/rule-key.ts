import { ICMP_PROTOCOLS, protocolNumber } from './protocols.js';
import type { RuleMatch } from './rule-validation.js';

/**
 * Neutron's _rule_to_key: two rules of a group are the same rule when this key is. Protocol
 * names and numbers compare equal ("tcp" and "6"; icmp in an IPv6 rule is ipv6-icmp), prefixes by
 * their network (normalized_cidr), a prefix of every address equaling none. Stored with a unique
 * index, so a duplicate is refused even when two requests race.
 */
export function ruleKey(direction: string, match: RuleMatch): string {
  const number = protocolNumber(match.protocol);
  const protocol = number === undefined ? '+' : String(match.ethertype === 'IPv6' && number !== undefined && ICMP_PROTOCOLS.has(number) ? 58 : number);
  const prefix = match.normalized_cidr === null || match.normalized_cidr === '0.0.0.0/0' || match.normalized_cidr === '::/0' ? '+' : match.normalized_cidr;
  const parts = [direction, match.ethertype, match.port_range_max, match.port_range_min, protocol, match.remote_group_id, prefix];
  // Neutron's key has remote_address_group_id too; appended only when set, so the keys stored
  // before it existed (migration 0008) still match the rules they were made for.
  if (match.remote_address_group_id !== null) parts.push(match.remote_address_group_id);
  return parts.map((part) => (part === null ? '+' : String(part))).join('_');
}
