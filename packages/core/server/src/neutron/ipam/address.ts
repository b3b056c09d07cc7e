import ipaddr from 'ipaddr.js';
import { invalidInput } from '@switchyard/sdk';

/**
 * Addresses as BigInt so IPv4 and IPv6 share one arithmetic. The canonical text (dotted quad,
 * RFC 5952 for IPv6) is what the database stores, so the UNIQUE constraint sees one spelling.
 */
export type IpVersion = 4 | 6;

export interface IpAddress {
  version: IpVersion;
  value: bigint;
}

export interface Cidr {
  version: IpVersion;
  prefixLength: number;
  /** The network address. */
  first: bigint;
  /** The last address (the IPv4 broadcast address). */
  last: bigint;
}

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

export function tryParseIp(text: string): IpAddress | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return { version: 4, value: bytesToBigInt(ipaddr.IPv4.parse(text).toByteArray()) };
  if (!text.includes(':') || !ipaddr.IPv6.isValid(text)) return undefined;
  const parsed = ipaddr.IPv6.parse(text);
  if (parsed.zoneId) return undefined;
  return { version: 6, value: bytesToBigInt(parsed.toByteArray()) };
}

/** Parses an address or throws a 400 naming the attribute and the bad value. */
export function parseIp(text: string, attribute: string): IpAddress {
  const address = tryParseIp(text);
  if (!address) throw invalidInput(`Invalid input for ${attribute}: '${text}' is not a valid IP address.`);
  return address;
}

export function formatIp(version: IpVersion, value: bigint): string {
  const byteCount = BITS[version] / 8;
  const bytes: number[] = [];
  for (let index = byteCount - 1; index >= 0; index -= 1) bytes.push(Number((value >> BigInt(index * 8)) & 0xffn));
  return ipaddr.fromByteArray(bytes).toString();
}

/** The canonical spelling of an address ("2001:DB8:0::1" -> "2001:db8::1"). */
export function canonicalIp(address: IpAddress): string {
  return formatIp(address.version, address.value);
}

/** Parses "10.0.0.0/24"; host bits must be zero, as Neutron requires. */
export function parseCidr(text: string, attribute = 'cidr'): Cidr {
  const [addressText, prefixText, ...rest] = text.split('/');
  const address = tryParseIp(addressText);
  const prefixLength = Number(prefixText);
  if (!address || rest.length > 0 || !/^\d{1,3}$/.test(prefixText ?? '') || prefixLength > BITS[address.version]) {
    throw invalidInput(`Invalid input for ${attribute}: '${text}' is not a valid CIDR; expected e.g. 10.0.0.0/24 or 2001:db8::/64.`);
  }
  const hostBits = BigInt(BITS[address.version] - prefixLength);
  const first = (address.value >> hostBits) << hostBits;
  if (first !== address.value) {
    throw invalidInput(
      `Invalid input for ${attribute}: '${text}' has host bits set; '${formatCidr({ version: address.version, prefixLength, first, last: first })}' is recommended.`,
    );
  }
  return { version: address.version, prefixLength, first, last: first + (1n << hostBits) - 1n };
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIp(cidr.version, cidr.first)}/${cidr.prefixLength}`;
}

export function cidrContains(cidr: Cidr, address: IpAddress): boolean {
  return address.version === cidr.version && address.value >= cidr.first && address.value <= cidr.last;
}

export function cidrsOverlap(left: Cidr, right: Cidr): boolean {
  return left.version === right.version && left.first <= right.last && right.first <= left.last;
}

function bytesToBigInt(bytes: number[]): bigint {
  return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}
