/**
 * Allocation pools as one line of text: `10.0.0.10-10.0.0.50, 10.0.0.100-10.0.0.120`. The server
 * checks the addresses; this only splits the text, and says how when it cannot.
 */
export function parseAllocationPools(text: string): Array<{ start: string; end: string }> {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [start, end, ...rest] = part.split('-').map((address) => address.trim());
      if (!start || !end || rest.length > 0) {
        throw new Error(`Allocation pools: "${part}" is not a range; write start-end, e.g. 10.0.0.10-10.0.0.50, ranges separated by commas.`);
      }
      return { start, end };
    });
}

export function formatAllocationPools(pools: unknown): string {
  if (!Array.isArray(pools)) return '';
  return pools.map((pool: { start?: unknown; end?: unknown }) => `${String(pool.start)}-${String(pool.end)}`).join(', ');
}
