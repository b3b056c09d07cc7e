import { invalidInput } from '@switchyard/sdk';
import { firewallError } from '../errors.js';
import { parseIpNetwork } from './addresses.js';
import { parsePortRange } from './port-range.js';
import type { RuleMatch } from './rule.js';

const ADDRESS_FIELDS = ['source_ip_address', 'destination_ip_address'] as const;
const PORT_FIELDS = ['source_port', 'destination_port'] as const;

/**
 * Checks that a rule's fields agree with each other, as neutron-fwaas does on create and on
 * update (after merging the update into the stored rule). Throws a 400 naming the field.
 */
export function checkRuleConsistency(rule: RuleMatch): void {
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
