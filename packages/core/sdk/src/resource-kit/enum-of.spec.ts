import { describe, expect, it } from 'vitest';
import { enumOf } from './enum-of.js';
import { nullable } from './nullable.js';

/** The schema as validators and OpenAPI documents read it (TypeBox's symbols left out). */
const json = (schema: unknown) => JSON.parse(JSON.stringify(schema)) as unknown;

describe('enumOf', () => {
  it('writes string and integer enums as Neutron documents them', () => {
    expect(json(enumOf(['allow', 'deny'], { description: 'What a match does.' }))).toEqual({ description: 'What a match does.', type: 'string', enum: ['allow', 'deny'] });
    expect(json(enumOf([4, 6]))).toEqual({ type: 'integer', enum: [4, 6] });
  });

  it('accepts null too inside nullable()', () => {
    expect(json(nullable(enumOf(['tcp', 'udp'])))).toEqual({ type: ['string', 'null'], enum: ['tcp', 'udp', null] });
  });

  it('refuses an empty, mixed or fractional list', () => {
    expect(() => enumOf([])).toThrow('enumOf() takes a non-empty list of strings or of integers, not [].');
    expect(() => enumOf(['a', 1])).toThrow('not ["a",1]');
    expect(() => enumOf([1.5])).toThrow('not [1.5]');
  });
});
