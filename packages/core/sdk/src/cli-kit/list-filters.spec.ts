import { describe, expect, it } from 'vitest';
import { parseFilter, withFilters } from './list-filters.js';

describe('list filters', () => {
  it('split at the first =', () => {
    expect(parseFilter('name=web')).toEqual(['name', 'web']);
    expect(parseFilter('description=a=b')).toEqual(['description', 'a=b']);
    expect(parseFilter('name=')).toEqual(['name', '']);
    for (const value of ['name', '=web']) expect(() => parseFilter(value)).toThrow('expected <attribute>=<value>, such as name=web');
  });

  it('become the query string, encoded', () => {
    expect(withFilters('/v2.0/networks', [])).toBe('/v2.0/networks');
    expect(withFilters('/v2.0/networks', [['name', 'a b'], ['name', 'c&d']])).toBe('/v2.0/networks?name=a+b&name=c%26d');
  });
});
