import { type Static, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';

/**
 * A schema that also accepts null, written as Neutron's documents write it (`"type": ["string", "null"]`),
 * typed as `T | null`.
 *
 * @public
 */
export function nullable<TValue extends TSchema>(schema: TValue): TUnsafe<Static<TValue> | null> {
  const { type } = schema as { type?: unknown };
  if (typeof type !== 'string') throw new TypeError('nullable() takes a schema with a single "type", such as Type.String().');
  const nullableEnum = Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {};
  return Type.Unsafe<Static<TValue> | null>({ ...schema, type: [type, 'null'], ...nullableEnum });
}
