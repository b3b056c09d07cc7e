import type { AddressRange } from './ranges.js';

/**
 * The lowest free address of the pools, or undefined when they are exhausted. Walks past taken
 * addresses only, so a nearly empty IPv6 /64 costs as little as a small IPv4 subnet.
 */
export function firstFreeAddress(pools: readonly AddressRange[], taken: ReadonlySet<bigint>): bigint | undefined {
  const ordered = [...pools].sort((left, right) => (left.first < right.first ? -1 : 1));
  for (const pool of ordered) {
    for (let candidate = pool.first; candidate <= pool.last; candidate += 1n) {
      if (!taken.has(candidate)) return candidate;
    }
  }
  return undefined;
}
