import type { IpVersion } from './addresses.js';

export type RuleProtocol = 'tcp' | 'udp' | 'icmp';
export type RuleAction = 'allow' | 'deny' | 'reject';

/** What a rule matches and does; null means "any" for every match field. */
export interface RuleMatch {
  protocol: RuleProtocol | null;
  ip_version: IpVersion;
  source_ip_address: string | null;
  destination_ip_address: string | null;
  source_port: string | null;
  destination_port: string | null;
  action: RuleAction;
  enabled: boolean;
}

/** A rule as the evaluator needs it: its id plus what it matches. */
export interface EvaluableRule extends RuleMatch {
  id: string;
}

/** Neutron accepts "any" for "no protocol" on input and shows null. */
export function normalizeProtocol(protocol: RuleProtocol | 'any' | null): RuleProtocol | null {
  return protocol === 'any' ? null : protocol;
}
