import fc from 'fast-check';
import type { JsonSchema } from '../../service-plugin.js';
import { typesOf } from '../names.js';

/** Values worth mixing into generated strings: ids of existing instances, so requests reach past the 404s. */
export interface ValuePools {
  ids: readonly string[];
}

const MAX_DEPTH = 4;
const MAX_STRING = 40;
const MAX_ITEMS = 3;

/**
 * Values that look valid for a JSON schema: the right types, within the declared bounds, with
 * the required properties. Patterns are followed; formats are not (they stay valid-looking).
 */
export function arbitraryOf(schema: JsonSchema, pools: ValuePools, depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) return fc.oneof(...alternatives.map((item) => arbitraryOf(item, pools, depth + 1)));
  const types = typesOf(schema) ?? (schema.properties === undefined ? undefined : ['object']);
  if (types === undefined || types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => typedArbitrary(type, schema, pools, depth)));
}

function typedArbitrary(type: string, schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'string':
      return stringArbitrary(schema, pools);
    case 'integer':
      return fc.integer(range(schema, 1_000_000));
    case 'number':
      return fc.double({ ...range(schema, 1e9), noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return arrayArbitrary(schema, pools, depth);
    case 'object':
      return objectArbitrary(schema, pools, depth);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function stringArbitrary(schema: JsonSchema, pools: ValuePools): fc.Arbitrary<string> {
  const minLength = bound(schema.minLength, 0);
  const maxLength = Math.max(minLength, Math.min(bound(schema.maxLength, MAX_STRING), MAX_STRING));
  const matching = patternArbitrary(schema.pattern);
  if (matching !== undefined) return matching;
  const fitting = pools.ids.filter((id) => id.length >= minLength && id.length <= bound(schema.maxLength, Infinity));
  const text = fc.oneof(fc.string({ minLength, maxLength, unit: 'grapheme-ascii' }), fc.string({ minLength, maxLength, unit: 'binary' }));
  return fitting.length === 0 ? text : fc.oneof(text, fc.constantFrom(...fitting));
}

/** fast-check reads most, not all, regular expressions; an unreadable pattern gets plain strings. */
function patternArbitrary(pattern: unknown): fc.Arbitrary<string> | undefined {
  if (typeof pattern !== 'string') return undefined;
  try {
    return fc.stringMatching(new RegExp(pattern));
  } catch {
    return undefined;
  }
}

function arrayArbitrary(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<unknown[]> {
  const items = (schema.items ?? {}) as JsonSchema;
  const minLength = bound(schema.minItems, 0);
  const maxLength = Math.max(minLength, Math.min(bound(schema.maxItems, MAX_ITEMS), MAX_ITEMS));
  return fc.array(arbitraryOf(items, pools, depth + 1), { minLength, maxLength });
}

function objectArbitrary(schema: JsonSchema, pools: ValuePools, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]).filter((key) => Object.hasOwn(properties, key)) : [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) model[key] = arbitraryOf(property, pools, depth + 1);
  return fc.record(model, { requiredKeys: required });
}

/** The declared bounds, else `[-spread, spread]`, kept in order when only one bound is declared. */
function range(schema: JsonSchema, spread: number): { min: number; max: number } {
  const min = bound(schema.minimum, Math.min(-spread, bound(schema.maximum, 0) - spread));
  const max = bound(schema.maximum, Math.max(spread, min + spread));
  return { min, max };
}

function bound(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
