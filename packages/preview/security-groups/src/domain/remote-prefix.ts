import ipaddr from 'ipaddr.js';

/**
 * A remote_ip_prefix read as Neutron reads it: `given` is the CIDR as sent, in canonical form (a
 * plain address gets its full length, IPv6 is compressed), `cidr` its network ("10.0.0.7/24" is
 * "10.0.0.0/24", Neutron's normalized_cidr); with its IP version. Undefined when the text is not
 * an address or CIDR. IPv4 must be four dotted decimals (ipaddr.js alone would also take "10" or "0x0a.1").
 */
export function normalizePrefix(text: string): { given: string; cidr: string; version: 4 | 6 } | undefined {
  const [addressText, lengthText, ...rest] = text.split('/');
  if (rest.length > 0 || !isStrictAddress(addressText)) return undefined;
  const address = ipaddr.parse(addressText);
  const version = address.kind() === 'ipv4' ? 4 : 6;
  const maxLength = version === 4 ? 32 : 128;
  if (lengthText !== undefined && (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > maxLength)) return undefined;
  const length = lengthText === undefined ? maxLength : Number(lengthText);
  const network = version === 4 ? ipaddr.IPv4.networkAddressFromCIDR(`${addressText}/${length}`) : ipaddr.IPv6.networkAddressFromCIDR(`${addressText}/${length}`);
  return { given: `${address.toString()}/${length}`, cidr: `${network.toString()}/${length}`, version };
}

function isStrictAddress(text: string): boolean {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return true;
  // Zone ids ("fe80::1%eth0") name a host interface, which a rule cannot.
  return ipaddr.IPv6.isValid(text) && !text.includes('%') && !ipaddr.IPv4.isValid(text);
}
