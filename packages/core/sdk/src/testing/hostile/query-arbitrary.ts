import fc from 'fast-check';
import type { Resource } from '../../resource-kit/define-resource.js';
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, PROTOTYPE_NAMES, RAW_QUERY_VALUES } from './hostile-values.js';
import { percentEncode } from './percent-encode.js';
import type { ValuePools } from './schema-arbitrary.js';

const LIST_PARAMETERS = ['fields', 'sort_key', 'sort_dir', 'limit', 'marker', 'page_reverse'] as const;

/**
 * List query strings (without the `?`): up to five parameters among the resource's attributes as
 * filters, Neutron's list parameters, random and prototype names, with typed, random, hostile
 * and raw (undecodable) values.
 */
export function listQueryArbitrary(resource: Resource, pools: ValuePools): fc.Arbitrary<string> {
  const parameter = fc.oneof(filterParameter(resource, pools), listParameter(resource, pools), randomParameter());
  return fc.array(parameter, { maxLength: 5 }).map((pairs) => pairs.join('&'));
}

function filterParameter(resource: Resource, pools: ValuePools): fc.Arbitrary<string> {
  const names = attributeNames(resource);
  return fc.tuple(fc.constantFrom(...names, ...PROTOTYPE_NAMES), encodedValue(anyValue(pools))).map(([name, value]) => `${percentEncode(name)}=${value}`);
}

function listParameter(resource: Resource, pools: ValuePools): fc.Arbitrary<string> {
  const names = [...attributeNames(resource), ...PROTOTYPE_NAMES];
  const valueFor: Record<(typeof LIST_PARAMETERS)[number], fc.Arbitrary<string>> = {
    fields: fc.oneof(fc.constantFrom(...names), fc.string()),
    sort_key: fc.oneof(fc.constantFrom(...names), fc.string()),
    sort_dir: fc.oneof(fc.constantFrom('asc', 'desc', 'ASC', '__proto__'), fc.string()),
    limit: fc.oneof(fc.nat(50).map(String), fc.constantFrom(...HOSTILE_NUMBERS.map(String), '99999999999999999999', 'NaN', 'Infinity', '0x10')),
    marker: fc.oneof(pools.ids.length > 0 ? fc.constantFrom(...pools.ids) : fc.uuid(), fc.uuid(), fc.constantFrom(...PROTOTYPE_NAMES)),
    page_reverse: fc.constantFrom('True', 'false', '1', 'maybe', '__proto__'),
  };
  return fc.constantFrom(...LIST_PARAMETERS).chain((name) => encodedValue(valueFor[name]).map((value) => `${name}=${value}`));
}

function randomParameter(): fc.Arbitrary<string> {
  return fc.tuple(fc.string({ unit: 'binary', maxLength: 12 }), encodedValue(fc.string({ unit: 'binary', maxLength: 12 }))).map(
    ([name, value]) => `${percentEncode(name)}=${value}`,
  );
}

function anyValue(pools: ValuePools): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('true', 'false', 'True', '1', '0'),
    fc.integer().map(String),
    fc.constantFrom(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS.map(String)),
    pools.ids.length > 0 ? fc.constantFrom(...pools.ids) : fc.uuid(),
  );
}

/** A value percent-encoded, or one of the raw values a decoder must refuse cleanly. */
function encodedValue(values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: values.map(percentEncode) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERY_VALUES) });
}

function attributeNames(resource: Resource): string[] {
  return Object.keys(resource.declaration.attributes);
}
