import { invalidInput } from '@switchyard/sdk';
import { type Cidr, formatCidr } from '../ipam/address.js';

/** A subnet's IPv6 modes as stored and shown (null when not set). */
export interface Ipv6Modes {
  ipv6_ra_mode: string | null;
  ipv6_address_mode: string | null;
}

/** The modes in which hosts configure their own address from the prefix and their MAC. */
const AUTO_ADDRESS_MODES: ReadonlySet<string | null> = new Set(['slaac', 'dhcpv6-stateless']);

/**
 * Neutron's `is_auto_address_subnet`: either mode is SLAAC or DHCPv6-stateless, so every port
 * (but a router's interface) takes the EUI-64 address of its MAC instead of one from the pools.
 */
export function isAutoAddressSubnet(modes: Ipv6Modes): boolean {
  return AUTO_ADDRESS_MODES.has(modes.ipv6_ra_mode) || AUTO_ADDRESS_MODES.has(modes.ipv6_address_mode);
}

/** What a new subnet's modes are checked with; modes left out are null. */
export interface Ipv6ModesRequest {
  ip_version: 4 | 6;
  cidr: Cidr;
  enable_dhcp: boolean;
  ipv6_ra_mode?: string | null;
  ipv6_address_mode?: string | null;
}

/** Neutron's checks of a new subnet's modes (`_validate_subnet`, `_validate_ipv6_attributes`), in its order and with its messages. */
export function checkIpv6Modes(request: Ipv6ModesRequest): void {
  const modes = { ipv6_ra_mode: request.ipv6_ra_mode ?? null, ipv6_address_mode: request.ipv6_address_mode ?? null };
  if (request.ip_version === 4) {
    for (const [attribute, mode] of Object.entries(modes)) {
      if (mode !== null) throw invalidInput(`${attribute} is not valid when ip_version is 4. Leave it out, or create an IPv6 subnet (ip_version 6).`);
    }
    return;
  }
  const { ipv6_ra_mode: ra, ipv6_address_mode: address } = modes;
  if ((ra !== null || address !== null) && !request.enable_dhcp) {
    throw invalidInput('ipv6_ra_mode or ipv6_address_mode cannot be set when enable_dhcp is set to False. Leave both out, or keep enable_dhcp true.');
  }
  if (ra !== null && address !== null && ra !== address) {
    throw invalidInput(
      `ipv6_ra_mode set to '${ra}' with ipv6_address_mode set to '${address}' is not valid. ` +
        'If both attributes are set, they must be the same value (or leave one out).',
    );
  }
  if (isAutoAddressSubnet(modes) && request.cidr.prefixLength !== 64) {
    throw invalidInput(
      `Invalid CIDR ${formatCidr(request.cidr)} for IPv6 address mode. OpenStack uses the EUI-64 address format, ` +
        'which requires the prefix to be /64. Use a /64 cidr, or the dhcpv6-stateful mode.',
    );
  }
}

/** Neutron's `_validate_ipv6_update_dhcp`: the modes stay, so DHCP cannot be turned off under them. */
export function checkIpv6ModesUpdate(current: Ipv6Modes, changes: { enable_dhcp?: boolean }): void {
  if (changes.enable_dhcp !== false || (current.ipv6_ra_mode === null && current.ipv6_address_mode === null)) return;
  throw invalidInput(
    'Cannot disable enable_dhcp with ipv6 attributes set. The subnet keeps its ipv6_ra_mode and ipv6_address_mode; ' +
      'create a subnet without them to run without DHCP.',
  );
}
