import { describe, expect, it } from 'vitest';
import { IDS_PER_QUERY, rowsForIds } from './rows-for-ids.js';

describe('rowsForIds', () => {
  it('queries slices of at most IDS_PER_QUERY ids, in order, and returns all their rows', async () => {
    const ids = Array.from({ length: IDS_PER_QUERY * 2 + 1 }, (_, index) => index);
    const slices: number[][] = [];
    const rows = await rowsForIds(ids, async (slice) => {
      slices.push([...slice]);
      return slice.map((id) => ({ id }));
    });
    expect(slices.map((slice) => slice.length)).toEqual([IDS_PER_QUERY, IDS_PER_QUERY, 1]);
    expect(rows.map((row) => row.id)).toEqual(ids);
  });

  it('runs no query for no ids', async () => {
    let queries = 0;
    expect(await rowsForIds([], async () => [(queries += 1)])).toEqual([]);
    expect(queries).toBe(0);
  });
});
