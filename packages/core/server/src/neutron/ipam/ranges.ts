import { conflict, invalidInput } from '@switchyard/sdk';
import { type Cidr, type IpAddress, cidrContains, formatCidr, formatIp } from './address.js';

/** An inclusive range of addresses, as in `{"start": ..., "end": ...}`. */
export interface AddressRange {
  first: bigint;
  last: bigint;
}

/**
 * The addresses a subnet may hand out: all but the network address and, for IPv4, the broadcast
 * address. Point-to-point IPv4 subnets (/31, /32) and single IPv6 addresses (/128) use every address.
 */
export function usableRange(cidr: Cidr): AddressRange | undefined {
  const total = cidr.last - cidr.first + 1n;
  if (cidr.version === 4 && total <= 2n) return { first: cidr.first, last: cidr.last };
  if (cidr.version === 6 && total === 1n) return { first: cidr.first, last: cidr.last };
  const last = cidr.version === 4 ? cidr.last - 1n : cidr.last;
  return cidr.first + 1n <= last ? { first: cidr.first + 1n, last } : undefined;
}

/** Neutron's default gateway: the first usable address. */
export function defaultGateway(cidr: Cidr): bigint | undefined {
  return usableRange(cidr)?.first;
}

/** The whole usable range minus the gateway. */
export function defaultPools(cidr: Cidr, gateway: bigint | undefined): AddressRange[] {
  const range = usableRange(cidr);
  if (!range) return [];
  if (gateway === undefined || gateway < range.first || gateway > range.last) return [range];
  const pools: AddressRange[] = [];
  if (gateway > range.first) pools.push({ first: range.first, last: gateway - 1n });
  if (gateway < range.last) pools.push({ first: gateway + 1n, last: range.last });
  return pools;
}

/** A gateway must lie in the cidr and be neither its network nor its broadcast address. */
export function checkGateway(cidr: Cidr, gateway: IpAddress, text: string): void {
  const range = usableRange(cidr);
  // Outside the cidr is allowed since Newton (an on-link gateway elsewhere); inside, it must be a host address.
  const inside = cidrContains(cidr, gateway);
  const valid = gateway.version === cidr.version && (!inside || (range !== undefined && gateway.value >= range.first && gateway.value <= range.last));
  if (!valid) {
    throw invalidInput(
      `Invalid input for gateway_ip: '${text}' is not a valid gateway for subnet ${formatCidr(cidr)}; ` +
        `it must be an IPv${cidr.version} address, not the network or broadcast address of the cidr, or null for no gateway.`,
    );
  }
}

/** Checks pools the way Neutron does: ordered, inside the cidr, disjoint, clear of the gateway. */
export function checkPools(cidr: Cidr, pools: readonly AddressRange[], gateway: bigint | undefined): void {
  const range = usableRange(cidr);
  for (const pool of pools) {
    if (pool.first > pool.last) throw invalidInput(`The allocation pool ${formatRange(cidr, pool)} is not valid: its start is after its end.`);
    if (!range || pool.first < range.first || pool.last > range.last) {
      throw invalidInput(`The allocation pool ${formatRange(cidr, pool)} spans beyond the subnet cidr ${formatCidr(cidr)}.`);
    }
  }
  checkDisjoint(cidr, pools);
  const holding = gateway === undefined ? undefined : pools.find((pool) => gateway >= pool.first && gateway <= pool.last);
  if (holding && gateway !== undefined) {
    throw conflict(
      'GatewayConflictWithAllocationPools',
      `Gateway ip ${formatIp(cidr.version, gateway)} conflicts with allocation pool ${formatRange(cidr, holding)}.`,
    );
  }
}

function checkDisjoint(cidr: Cidr, pools: readonly AddressRange[]): void {
  const sorted = [...pools].sort((left, right) => (left.first < right.first ? -1 : left.first > right.first ? 1 : 0));
  for (let index = 1; index < sorted.length; index += 1) {
    const [previous, current] = [sorted[index - 1], sorted[index]];
    if (current.first <= previous.last) {
      throw conflict(
        'OverlappingAllocationPools',
        `Found overlapping allocation pools: ${formatRange(cidr, previous)} ${formatRange(cidr, current)} for subnet ${formatCidr(cidr)}.`,
      );
    }
  }
}

export function formatRange(cidr: Cidr, range: AddressRange): string {
  return `${formatIp(cidr.version, range.first)}-${formatIp(cidr.version, range.last)}`;
}
