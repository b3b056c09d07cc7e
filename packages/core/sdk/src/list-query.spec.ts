import { describe, expect, it } from 'vitest';
import { SwitchyardError } from './errors.js';
import { type CollectionSpec, parseListQuery, pickFields } from './list-query.js';

const widgets: CollectionSpec = {
  resource: 'widget',
  collection: 'widgets',
  attributes: {
    id: { column: 'id', type: 'string' },
    name: { column: 'name', type: 'string' },
    size: { column: 'size_mb', type: 'integer' },
    shared: { column: 'shared', type: 'boolean' },
    secret: { column: 'secret', type: 'string', filter: false, sort: false },
    created_at: { column: 'created_at', type: 'string', filter: false },
  },
  unqueryable: ['tags'],
};

/** Runs the parser and returns the 400 it throws, so tests can assert on what a client reads. */
function rejection(raw: Record<string, unknown>): SwitchyardError {
  try {
    parseListQuery(widgets, raw);
  } catch (error) {
    if (error instanceof SwitchyardError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

describe('parseListQuery', () => {
  it('defaults to ascending by id, no limit, no marker, forward, all fields', () => {
    expect(parseListQuery(widgets, {})).toEqual({
      filters: [],
      sort: [{ attribute: 'id', column: 'id', direction: 'asc' }],
      limit: undefined,
      marker: undefined,
      pageReverse: false,
      fields: undefined,
    });
  });

  describe('filters', () => {
    it('maps attributes to columns and keeps strings as given', () => {
      expect(parseListQuery(widgets, { name: 'web' }).filters).toEqual([{ attribute: 'name', column: 'name', values: ['web'] }]);
    });

    it('turns a repeated filter into a list of alternatives', () => {
      expect(parseListQuery(widgets, { name: ['web', 'db'] }).filters[0].values).toEqual(['web', 'db']);
    });

    it('parses integers and rejects text that is not one', () => {
      expect(parseListQuery(widgets, { size: '512' }).filters).toEqual([{ attribute: 'size', column: 'size_mb', values: [512] }]);
      const error = rejection({ size: 'big' });
      expect(error.statusCode).toBe(400);
      expect(error.message).toBe('size must be an integer, not "big".');
    });

    it.each(['', '1.5', '1e3', '0x10'])('rejects integer filter size=%j', (text) => {
      expect(rejection({ size: text }).message).toBe(`size must be an integer, not ${JSON.stringify(text)}.`);
    });

    it('accepts negative integers in filters', () => {
      expect(parseListQuery(widgets, { size: '-2' }).filters[0].values).toEqual([-2]);
    });

    it.each([
      ['true', true],
      ['True', true],
      ['1', true],
      ['false', false],
      ['FALSE', false],
      ['0', false],
    ])('reads boolean %s as %s', (text, expected) => {
      expect(parseListQuery(widgets, { shared: text }).filters[0].values).toEqual([expected]);
    });

    it('rejects a boolean that is neither true nor false', () => {
      expect(rejection({ shared: 'yes' }).message).toBe('shared must be true or false, not "yes".');
    });

    it('rejects an unknown filter with a 400 that lists the valid ones', () => {
      const error = rejection({ colour: 'red' });
      expect(error.statusCode).toBe(400);
      expect(error.toBody().NeutronError).toEqual({
        type: 'InvalidInput',
        code: 'SY_ERR_INVALID_INPUT',
        detail: '',
        message: '"colour" is not a valid filter for widgets. Filter by one of: id, name, size, shared.',
      });
    });

    it('rejects filtering on an attribute marked filter: false, and on unqueryable ones', () => {
      expect(rejection({ created_at: '2024' }).message).toMatch(/^"created_at" is not a valid filter for widgets\./);
      expect(rejection({ secret: 'x' }).message).toBe(
        '"secret" is not a valid filter for widgets. Filter by one of: id, name, size, shared.',
      );
      expect(rejection({ tags: 'x' }).message).toMatch(/^"tags" is not a valid filter for widgets\./);
    });

    it('ignores reserved parameters and undefined values', () => {
      const query = parseListQuery(widgets, { fields: 'id', sort_key: 'name', limit: '2', marker: 'm', page_reverse: 'false', name: undefined });
      expect(query.filters).toEqual([]);
    });
  });

  describe('sort_key and sort_dir', () => {
    it('appends id in the direction of the first key so that pages are stable', () => {
      expect(parseListQuery(widgets, { sort_key: 'name', sort_dir: 'desc' }).sort).toEqual([
        { attribute: 'name', column: 'name', direction: 'desc' },
        { attribute: 'id', column: 'id', direction: 'desc' },
      ]);
    });

    it('sorts ascending when no sort_dir is given', () => {
      expect(parseListQuery(widgets, { sort_key: ['size', 'name'] }).sort).toEqual([
        { attribute: 'size', column: 'size_mb', direction: 'asc' },
        { attribute: 'name', column: 'name', direction: 'asc' },
        { attribute: 'id', column: 'id', direction: 'asc' },
      ]);
    });

    it('pairs each sort_dir with its sort_key', () => {
      expect(parseListQuery(widgets, { sort_key: ['size', 'name'], sort_dir: ['desc', 'asc'] }).sort.map((entry) => entry.direction)).toEqual([
        'desc',
        'asc',
        'desc',
      ]);
    });

    it('does not add id again when it is already a key', () => {
      expect(parseListQuery(widgets, { sort_key: ['id', 'name'], sort_dir: ['desc', 'asc'] }).sort).toEqual([
        { attribute: 'id', column: 'id', direction: 'desc' },
        { attribute: 'name', column: 'name', direction: 'asc' },
      ]);
    });

    it('accepts a key that cannot be filtered but can be sorted', () => {
      expect(parseListQuery(widgets, { sort_key: 'created_at' }).sort[0].column).toBe('created_at');
    });

    it('rejects a sort_dir count that does not match the sort_key count', () => {
      expect(rejection({ sort_key: ['name', 'size'], sort_dir: 'desc' }).message).toBe(
        'Got 2 sort_key and 1 sort_dir values; give one sort_dir per sort_key, or none for ascending.',
      );
      expect(rejection({ sort_dir: 'desc' }).message).toBe(
        'Got 0 sort_key and 1 sort_dir values; give one sort_dir per sort_key, or none for ascending.',
      );
    });

    it('rejects a direction other than asc or desc', () => {
      expect(rejection({ sort_key: 'name', sort_dir: 'down' }).message).toBe('sort_dir must be "asc" or "desc", not "down".');
    });

    it('rejects a key that is unknown or not sortable, listing the sortable ones', () => {
      const expected = 'is not a valid sort_key for widgets. Sort by one of: id, name, size, shared, created_at.';
      expect(rejection({ sort_key: 'colour' }).message).toBe(`"colour" ${expected}`);
      expect(rejection({ sort_key: 'secret' }).message).toBe(`"secret" ${expected}`);
    });

    it('sorts by the id column the spec names', () => {
      const spec: CollectionSpec = { ...widgets, attributes: { id: { column: 'widget_id', type: 'string' } } };
      expect(parseListQuery(spec, {}).sort).toEqual([{ attribute: 'id', column: 'widget_id', direction: 'asc' }]);
    });
  });

  describe('limit, marker and page_reverse', () => {
    it('reads limit as a number and treats 0 as no limit, as Neutron does', () => {
      expect(parseListQuery(widgets, { limit: '3' }).limit).toBe(3);
      expect(parseListQuery(widgets, { limit: '0' }).limit).toBeUndefined();
    });

    it.each(['-1', '2.5', 'ten', '', '1e3', '0x10', ' 3'])('rejects limit=%j', (text) => {
      const error = rejection({ limit: text });
      expect(error.statusCode).toBe(400);
      expect(error.message).toBe(`limit must be a non-negative integer, not ${JSON.stringify(text)}.`);
    });

    it('takes the last value when limit or marker is repeated', () => {
      const query = parseListQuery(widgets, { limit: ['5', '2'], marker: ['a', 'b'] });
      expect(query.limit).toBe(2);
      expect(query.marker).toBe('b');
    });

    it('reads page_reverse as a boolean', () => {
      expect(parseListQuery(widgets, { page_reverse: 'True' }).pageReverse).toBe(true);
      expect(parseListQuery(widgets, { page_reverse: 'false' }).pageReverse).toBe(false);
      expect(rejection({ page_reverse: 'backwards' }).message).toBe('page_reverse must be true or false, not "backwards".');
    });
  });

  describe('fields', () => {
    it('collects one or many fields', () => {
      expect(parseListQuery(widgets, { fields: 'name' }).fields).toEqual(['name']);
      expect(parseListQuery(widgets, { fields: ['id', 'name'] }).fields).toEqual(['id', 'name']);
    });
  });
});

describe('pickFields', () => {
  const widget = { id: 'w1', name: 'web', tags: ['a'] };

  it('returns the resource unchanged without fields', () => {
    expect(pickFields(widget, undefined)).toBe(widget);
    expect(pickFields(widget, [])).toBe(widget);
  });

  it('keeps only the requested fields and skips unknown ones', () => {
    expect(pickFields(widget, ['name', 'tags', 'colour'])).toEqual({ name: 'web', tags: ['a'] });
  });
});
