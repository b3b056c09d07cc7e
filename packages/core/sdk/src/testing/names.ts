import { notFound } from '../errors.js';
import type { AttributeDeclaration } from '../resource-kit/attributes.js';
import type { JsonSchema } from '../service-plugin.js';

/** The NeutronError type a missing (or invisible) resource answers with: `shelf` gives `ShelfNotFound`. */
export function notFoundTypeOf(resource: string): string {
  return notFound(resource, '').type;
}

/** The schema a request sends an attribute with. */
export function inputSchemaOf(attribute: AttributeDeclaration): JsonSchema {
  return (attribute.input ?? attribute.schema) as JsonSchema;
}

/** The JSON types a schema allows, or undefined when it does not say. */
export function typesOf(schema: JsonSchema): string[] | undefined {
  const { type } = schema;
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string');
  return undefined;
}
