import { describe, expect, it } from 'vitest';
import { firstFreeAddress } from './allocate.js';

describe('firstFreeAddress', () => {
  const pools = [
    { first: 20n, last: 21n },
    { first: 10n, last: 12n },
  ];

  it('takes the lowest free address of the lowest pool', () => {
    expect(firstFreeAddress(pools, new Set())).toBe(10n);
    expect(firstFreeAddress(pools, new Set([10n, 11n]))).toBe(12n);
  });

  it('moves on to the next pool when one is full', () => {
    expect(firstFreeAddress(pools, new Set([10n, 11n, 12n, 20n]))).toBe(21n);
  });

  it('reports exhaustion', () => {
    expect(firstFreeAddress(pools, new Set([10n, 11n, 12n, 20n, 21n]))).toBeUndefined();
  });

  it('handles IPv6-sized pools without walking them', () => {
    const huge = [{ first: 1n, last: (1n << 64n) - 1n }];
    expect(firstFreeAddress(huge, new Set([1n, 2n]))).toBe(3n);
  });
});
