import { invalidInput } from '@switchyard/sdk';
import { normalizePrefix } from './remote-prefix.js';

/**
 * The addresses of an address group's create, checked as neutron-lib's `type:subnet_list`
 * validator checks them: each a CIDR (a prefix length is required; an IPv4 one written as
 * netaddr writes it, so "10.0.0.7/24" but not "10.0.0.7/024"), none sent twice. Returned as
 * Neutron stores them: each CIDR's network, without duplicates.
 */
export function checkCreatedAddresses(sent: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const address of sent) (seen.has(address) ? duplicates : seen).add(address);
  if (duplicates.size > 0) throw invalidInput(`Invalid input for addresses. Reason: Duplicate items in the list: '${[...duplicates].join(', ')}'. Send each address once.`);
  for (const address of sent) {
    if (!isSubnet(address)) {
      throw invalidInput(`Invalid input for addresses. Reason: '${address}' is not a valid IP subnet. Send CIDRs such as 192.0.2.0/24 or 2001:db8::/64.`);
    }
  }
  return normalizeAddresses(sent);
}

/**
 * The addresses of add_addresses and remove_addresses, normalized as Neutron's
 * _process_requested_addresses does (netaddr takes an address or a CIDR; "10.0.0.7/24" is
 * "10.0.0.0/24", "10.0.0.7" is "10.0.0.7/32"), each once. Neutron fails a bad one with a 500;
 * here it is a 400 naming it.
 */
export function normalizeAddresses(sent: readonly string[]): string[] {
  const normalized = sent.map((address, index) => {
    const prefix = normalizePrefix(address);
    if (prefix === undefined) {
      throw invalidInput(`addresses[${index}] '${address}' is not an IP address or CIDR; send one such as 192.0.2.7, 192.0.2.0/24 or 2001:db8::/64.`);
    }
    return prefix.cidr;
  });
  return [...new Set(normalized)];
}

/** neutron-lib's validate_subnet: a prefix length is required, and IPv4 must read as netaddr prints it. */
function isSubnet(text: string): boolean {
  const prefix = normalizePrefix(text);
  if (prefix === undefined || !text.includes('/')) return false;
  if (prefix.version === 6) return true;
  const [address, length] = text.split('/');
  return length === String(Number(length)) && address.split('.').every((part) => part === String(Number(part)));
}
