import { type SchemaOptions, type TUnsafe, Type } from '@sinclair/typebox';

/**
 * A schema accepting one of `values`, written as Neutron's documents write enums
 * (`{"type": "string", "enum": ["allow", "deny"]}`, or `"integer"` for numbers) and typed as their
 * union, so `ResourceOf` knows the values. Wrap it in `nullable()` to accept null too.
 *
 * @public
 */
export function enumOf<const TValue extends string | number>(values: readonly TValue[], options: SchemaOptions = {}): TUnsafe<TValue> {
  return Type.Unsafe<TValue>({ ...options, type: enumType(values), enum: [...values] });
}

function enumType(values: readonly (string | number)[]): 'string' | 'integer' {
  if (values.length > 0 && values.every((value) => typeof value === 'string')) return 'string';
  if (values.length > 0 && values.every((value) => Number.isInteger(value))) return 'integer';
  throw new TypeError(`enumOf() takes a non-empty list of strings or of integers, not ${JSON.stringify(values)}.`);
}
