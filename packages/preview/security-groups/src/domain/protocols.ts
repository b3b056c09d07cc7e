/**
 * neutron-lib's IP_PROTOCOL_MAP: the protocol names a rule may use, with their numbers. "icmpv6"
 * is its legacy alias of ipv6-icmp (IP_PROTOCOL_NAME_ALIASES).
 */
export const PROTOCOL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['ah', 51],
  ['dccp', 33],
  ['egp', 8],
  ['esp', 50],
  ['gre', 47],
  ['hopopt', 0],
  ['icmp', 1],
  ['igmp', 2],
  ['ipip', 4],
  ['ipv6-encap', 41],
  ['ipv6-frag', 44],
  ['ipv6-icmp', 58],
  ['icmpv6', 58],
  ['ipv6-nonxt', 59],
  ['ipv6-opts', 60],
  ['ipv6-route', 43],
  ['ospf', 89],
  ['pgm', 113],
  ['rsvp', 46],
  ['sctp', 132],
  ['tcp', 6],
  ['udp', 17],
  ['udplite', 136],
  ['vrrp', 112],
]);

/** Protocols whose rules take a port range (neutron-lib's SG_PORT_PROTO_NAMES). */
export const PORT_PROTOCOLS: ReadonlySet<number> = new Set([6, 17, 33, 132, 136]);
export const ICMP_PROTOCOLS: ReadonlySet<number> = new Set([1, 58]);
/** Protocols only IPv6 carries: an IPv4 rule naming one is refused (SecurityGroupEthertypeConflictWithProtocol). */
export const IPV6_ONLY_PROTOCOLS: ReadonlySet<number> = new Set([41, 43, 44, 58, 59, 60]);

/** A rule's protocol as Neutron stores it: a lower-case name, the digits of a number, or null for any. */
export type StoredProtocol = string | null;

/**
 * Neutron's convert_protocol: a known name (any case), a number 0-255 (as a number or digits),
 * null, or "any" (what the openstack CLI means by no protocol). Undefined when it is none of these.
 */
export function normalizeProtocol(value: unknown): StoredProtocol | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 255 ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d{1,3}$/.test(value)) return Number(value) <= 255 ? String(Number(value)) : undefined;
  const name = value.toLowerCase();
  if (name === 'any') return null;
  return PROTOCOL_NUMBERS.has(name) ? name : undefined;
}

/** The number of a stored protocol, or undefined for any. */
export function protocolNumber(protocol: StoredProtocol): number | undefined {
  if (protocol === null) return undefined;
  return PROTOCOL_NUMBERS.get(protocol) ?? Number(protocol);
}

/** The names a client may send, for the error that refuses another. */
export function protocolNames(): string {
  return [...PROTOCOL_NUMBERS.keys()].join(', ');
}
