import ipaddr from 'ipaddr.js';

export type IpVersion = 4 | 6;

/** An address or a CIDR, parsed once; a plain address is a network of its full length. */
export interface IpNetwork {
  version: IpVersion;
  address: ipaddr.IPv4 | ipaddr.IPv6;
  prefixLength: number;
}

/**
 * Parses "10.0.0.1", "10.0.0.0/24", "2001:db8::1" or "2001:db8::/32"; undefined when it is none
 * of these. IPv4 must be four dotted decimals: ipaddr.js alone would also take "10" or "0x0a.1".
 */
export function parseIpNetwork(text: string): IpNetwork | undefined {
  const [addressText, prefixText, ...rest] = text.split('/');
  if (rest.length > 0 || !isStrictAddress(addressText)) return undefined;
  const address = ipaddr.parse(addressText);
  const version: IpVersion = address.kind() === 'ipv4' ? 4 : 6;
  const maxPrefix = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { version, address, prefixLength: maxPrefix };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > maxPrefix) return undefined;
  return { version, address, prefixLength: Number(prefixText) };
}

/** Parses a single address (no prefix), as a packet carries. */
export function parseIpAddress(text: string): IpNetwork | undefined {
  return text.includes('/') ? undefined : parseIpNetwork(text);
}

/** Whether `inner` (an address or a smaller network) lies inside `outer`. */
export function networkContains(outer: IpNetwork, inner: IpNetwork): boolean {
  if (outer.version !== inner.version || inner.prefixLength < outer.prefixLength) return false;
  return inner.address.match(outer.address, outer.prefixLength);
}

function isStrictAddress(text: string): boolean {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return true;
  // Zone ids ("fe80::1%eth0") name a host interface; a firewall rule cannot use them.
  return ipaddr.IPv6.isValid(text) && !text.includes('%') && !ipaddr.IPv4.isValid(text);
}
