import fc from 'fast-check';
import type { JsonSchema } from '../../service-plugin.js';
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, PROTOTYPE_NAMES, withOwn } from './hostile-values.js';
import { type ValuePools, arbitraryOf } from './schema-arbitrary.js';

type Attributes = Record<string, unknown>;
type Mutation = (attributes: Attributes) => unknown;

/**
 * Create or update bodies from the resource's request schema (`createBody` / `updateBody`), as
 * JSON text: a quarter valid-looking, the rest mutated (a wrong type, a required attribute left
 * out, an extra or prototype-named key, a hostile value, a broken envelope).
 */
export function bodyArbitrary(singular: string, envelope: JsonSchema, pools: ValuePools): fc.Arbitrary<string> {
  const inner = ((envelope.properties as Record<string, JsonSchema> | undefined)?.[singular] ?? {}) as JsonSchema;
  const attributes = arbitraryOf(inner, pools).map((value) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Attributes) : {}));
  const valid = attributes.map((value): unknown => ({ [singular]: value }));
  const mutated = fc.tuple(attributes, mutationArbitrary(inner, singular)).map(([value, mutate]) => mutate(value));
  return fc.oneof({ weight: 1, arbitrary: valid }, { weight: 3, arbitrary: mutated }).map((body) => JSON.stringify(body) ?? 'null');
}

function mutationArbitrary(inner: JsonSchema, singular: string): fc.Arbitrary<Mutation> {
  const names = Object.keys((inner.properties ?? {}) as object);
  const required = Array.isArray(inner.required) ? (inner.required as string[]) : [];
  const name = names.length > 0 ? fc.constantFrom(...names) : fc.constant('name');
  const wrap = (attributes: unknown) => ({ [singular]: attributes });
  const mutations: Array<fc.Arbitrary<Mutation>> = [
    fc.tuple(name, wrongTypeValue()).map(([key, value]) => (attributes: Attributes) => wrap(withOwn(attributes, key, value))),
    fc.tuple(extraKey(), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => (attributes: Attributes) => wrap(withOwn(attributes, key, value))),
    fc.tuple(name, fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS)).map(([key, value]) => (attributes: Attributes) => wrap(withOwn(attributes, key, value))),
    fc.constantFrom(...envelopeBreakers(singular)),
  ];
  if (required.length > 0) mutations.push(fc.constantFrom(...required).map((key) => (attributes: Attributes) => wrap(without(attributes, key))));
  return fc.oneof(...mutations);
}

function wrongTypeValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  );
}

function extraKey(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, 'colour', 'ID', 'id ', ''), fc.string({ unit: 'binary', maxLength: 10 }));
}

/** Bodies whose envelope is wrong: not an object, the resource key missing, doubled, misspelt or prototype-named. */
function envelopeBreakers(singular: string): Mutation[] {
  return [
    (attributes) => [attributes],
    (attributes) => attributes,
    (attributes) => ({ [singular]: [attributes] }),
    () => ({ [singular]: null }),
    () => ({ [singular]: 'text' }),
    () => ({}),
    (attributes) => ({ [singular]: attributes, extra: {} }),
    (attributes) => ({ [singular.toUpperCase()]: attributes }),
    (attributes) => withOwn({}, '__proto__', { [singular]: attributes }),
    (attributes) => withOwn({}, 'constructor', { prototype: attributes }),
    () => 'text',
    () => 42,
    () => null,
  ];
}

function without(attributes: Attributes, key: string): Attributes {
  const copy = { ...attributes };
  delete copy[key];
  return copy;
}
