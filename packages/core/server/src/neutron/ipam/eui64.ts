import { invalidInput } from '@switchyard/sdk';
import { type Cidr, type IpAddress, formatCidr } from './address.js';

const MAC_ADDRESS = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
/** The universal/local bit of the interface id, which RFC 4291 (appendix A) inverts. */
const UNIVERSAL_LOCAL_BIT = 1n << 57n;

/**
 * The address a host configures by SLAAC on `prefix` (a /64): the prefix followed by the MAC's
 * modified EUI-64 interface id (ff:fe in the middle, universal/local bit inverted), as Neutron's
 * `get_ipv6_addr_by_EUI64` computes it.
 */
export function eui64Address(prefix: Cidr, macAddress: string): bigint {
  if (prefix.version !== 6) {
    throw invalidInput(`Unable to generate an IP address by EUI-64 for the IPv4 prefix ${formatCidr(prefix)}; only IPv6 subnets take automatic addresses.`);
  }
  if (!MAC_ADDRESS.test(macAddress)) throw invalidInput(`Invalid input for mac_address: '${macAddress}' is not a valid MAC address.`);
  const octets = macAddress.split(':');
  const interfaceId = BigInt(`0x${[...octets.slice(0, 3), 'ff', 'fe', ...octets.slice(3)].join('')}`);
  return (prefix.first + interfaceId) ^ UNIVERSAL_LOCAL_BIT;
}

/** Whether the address has ff:fe in the middle of its interface id, as every EUI-64 address does (Neutron's `is_eui64_address`). */
export function isEui64Address(address: IpAddress): boolean {
  return address.version === 6 && (address.value & 0xffff000000n) === 0xfffe000000n;
}
