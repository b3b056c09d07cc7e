import { invalidInput } from '@switchyard/sdk';
import { firewallError } from '../errors.js';
import { parseIpNetwork } from './addresses.js';
import { parsePortRange } from './port-range.js';
import type { RuleMatch } from './rule.js';

const ADDRESS_FIELDS = ['source_ip_address', 'destination_ip_address'] as const;
const PORT_FIELDS = ['source_port', 'destination_port'] as const;
const ENDS = ['source', 'destination'] as const;

/**
 * The FWaaS 2.0 API spec: "At most one of source_ip_address, source_address_group_ids and
 * source_firewall_group_id can be specified" (neutron-fwaas has no remote groups, so no message to copy).
 */
function checkOneMatchPerEnd(rule: RuleMatch, end: (typeof ENDS)[number]): void {
  if (rule[`${end}_ip_address`] === null || rule[`${end}_firewall_group_id`] === null) return;
  throw invalidInput(
    `Invalid input for firewall_rule: ${end}_ip_address and ${end}_firewall_group_id are both set; a rule matches its ${end} ` +
      `either by an address or CIDR or by the ports of a remote firewall group, not both. Set one of them to null.`,
  );
}

/**
 * Checks that a rule's fields agree with each other, as neutron-fwaas does on create and on
 * update (after merging the update into the stored rule). Throws a 400 naming the field.
 */
export function checkRuleConsistency(rule: RuleMatch): void {
  for (const end of ENDS) checkOneMatchPerEnd(rule, end);
  for (const field of ADDRESS_FIELDS) checkAddress(rule, field);
  for (const field of PORT_FIELDS) checkPort(rule, field);
}

function checkAddress(rule: RuleMatch, field: (typeof ADDRESS_FIELDS)[number]): void {
  const value = rule[field];
  if (value === null) return;
  const network = parseIpNetwork(value);
  if (!network) {
    throw invalidInput(
      `Invalid input for firewall_rule.${field}: ${JSON.stringify(value)} is not an IP address or CIDR ` +
        `(expected e.g. "192.0.2.10", "192.0.2.0/24" or "2001:db8::/32").`,
    );
  }
  if (network.version !== rule.ip_version) {
    throw firewallError(
      'FirewallIpAddressConflict',
      `Invalid input for firewall_rule.${field}: ${JSON.stringify(value)} is an IPv${network.version} address ` +
        `but the rule's ip_version is ${rule.ip_version}; addresses must agree with ip_version.`,
    );
  }
}

function checkPort(rule: RuleMatch, field: (typeof PORT_FIELDS)[number]): void {
  const value = rule[field];
  if (value === null) return;
  if (rule.protocol === null) {
    throw firewallError(
      'FirewallRuleWithPortWithoutProtocolInvalid',
      `Invalid input for firewall_rule.${field}: a port needs protocol "tcp" or "udp", and the rule's protocol is any.`,
    );
  }
  if (rule.protocol === 'icmp') {
    throw firewallError(
      'FirewallRuleInvalidICMPParameter',
      `Invalid input for firewall_rule.${field}: ports are not allowed when protocol is "icmp"; use "tcp" or "udp", or drop the port.`,
    );
  }
  if (!parsePortRange(value)) {
    throw firewallError(
      'FirewallRuleInvalidPortValue',
      `Invalid input for firewall_rule.${field}: ${JSON.stringify(value)} is not a port or range; ` +
        `expected "N" or "N:M" with 0 <= N <= M <= 65535, e.g. "443" or "8000:8080".`,
    );
  }
}
