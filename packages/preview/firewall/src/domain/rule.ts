import type { IpNetwork } from './addresses.js';
import type { FirewallRule, RuleChanges } from '../resources/firewall-rule.js';

export type RuleProtocol = NonNullable<FirewallRule['protocol']>;
export type RuleAction = FirewallRule['action'];

/** What a rule matches and does; null means "any" for every match field. */
export type RuleMatch = Pick<
  FirewallRule,
  | 'protocol'
  | 'ip_version'
  | 'source_ip_address'
  | 'destination_ip_address'
  | 'source_port'
  | 'destination_port'
  | 'source_firewall_group_id'
  | 'destination_firewall_group_id'
  | 'action'
  | 'enabled'
>;

/** The addresses of a remote group's ports, for each end of a rule that names one. */
export interface RemoteGroupAddresses {
  source?: readonly IpNetwork[];
  destination?: readonly IpNetwork[];
}

/** A rule as the evaluator needs it: its id, what it matches, and its remote groups' port addresses. */
export type EvaluableRule = RuleMatch & Pick<FirewallRule, 'id'> & { remote?: RemoteGroupAddresses };

/** Neutron accepts "any" for "no protocol" on input and shows null. */
export function normalizeProtocol(protocol: RuleProtocol | 'any' | null): RuleProtocol | null {
  return protocol === 'any' ? null : protocol;
}

/** The changes as stored: "any" becomes null, everything else as sent. */
export function normalizeRuleChanges<TChanges extends RuleChanges>(changes: TChanges): Omit<TChanges, 'protocol'> & { protocol?: RuleProtocol | null } {
  const { protocol, ...rest } = changes;
  return protocol === undefined ? rest : { ...rest, protocol: normalizeProtocol(protocol) };
}
