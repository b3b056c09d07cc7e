import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../service-plugin.js';
import { schemaAccepts } from '../schema-accepts.js';
import { arbitraryOf } from './schema-arbitrary.js';

const schemas: Record<string, JsonSchema> = {
  bounded: { type: 'integer', minimum: 5, maximum: 9 },
  onlyMaximum: { type: 'integer', maximum: -5_000_000 },
  text: { type: 'string', minLength: 2, maxLength: 4 },
  nullable: { type: ['string', 'null'], maxLength: 3 },
  choice: { type: 'string', enum: ['ACTIVE', 'DOWN'] },
  pattern: { type: 'string', pattern: '^[a-f0-9]{4}$' },
  record: {
    type: 'object',
    additionalProperties: false,
    required: ['capacity'],
    properties: { capacity: { type: 'integer', minimum: 1 }, tags: { type: 'array', maxItems: 2, items: { type: 'string', maxLength: 5 } } },
  },
};

describe('arbitraryOf', () => {
  for (const [name, schema] of Object.entries(schemas)) {
    it(`generates values the schema accepts: ${name}`, () => {
      fc.assert(fc.property(arbitraryOf(schema, { ids: ['id-1', 'a-much-longer-id'] }), (value) => schemaAccepts(schema, value)));
    });
  }

  it('mixes in ids from the pools where they fit', () => {
    const values = fc.sample(arbitraryOf({ type: 'string' }, { ids: ['shelf-42'] }), { numRuns: 200, seed: 3 });
    expect(values).toContain('shelf-42');
  });
});
