import { describe, expect, it } from 'vitest';
import { formatAllocationPools, parseAllocationPools } from './allocation-pools.js';

describe('allocation pools', () => {
  it('reads ranges separated by commas and writes them back the same way', () => {
    const pools = parseAllocationPools('10.0.0.10-10.0.0.50, 10.0.0.100 - 10.0.0.120');
    expect(pools).toEqual([
      { start: '10.0.0.10', end: '10.0.0.50' },
      { start: '10.0.0.100', end: '10.0.0.120' },
    ]);
    expect(formatAllocationPools(pools)).toBe('10.0.0.10-10.0.0.50, 10.0.0.100-10.0.0.120');
  });

  it('says how to write a range it cannot read', () => {
    expect(() => parseAllocationPools('10.0.0.10')).toThrow('Allocation pools: "10.0.0.10" is not a range; write start-end');
  });
});
