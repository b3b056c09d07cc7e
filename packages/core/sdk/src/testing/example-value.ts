import fc from 'fast-check';
import type { JsonSchema } from '../service-plugin.js';
import { arbitraryOf } from './hostile/schema-arbitrary.js';
import { schemaAccepts } from './schema-accepts.js';

/** A valid value for a schema (fixed seed: the same schema gets the same example), or undefined when none of the tries validates. */
export function exampleValue(schema: JsonSchema): unknown {
  const candidates = fc.sample(arbitraryOf(schema, { ids: [] }), { numRuns: 20, seed: 42 });
  return candidates.find((candidate) => schemaAccepts(schema, candidate));
}
