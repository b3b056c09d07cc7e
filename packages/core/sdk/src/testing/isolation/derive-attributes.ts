import type { Resource } from '../../resource-kit/define-resource.js';
import { exampleValue } from '../example-value.js';
import { inputSchemaOf } from '../names.js';
import { schemaAccepts } from '../schema-accepts.js';
import type { Shown } from './resource-requests.js';

/**
 * A valid create request's attributes for the caller, from one of its own instances: each
 * required attribute as that instance shows it (its references point at the caller's own
 * resources), or a generated valid value when the shown one is not valid input.
 */
export function deriveCreateAttributes(resource: Resource, own: Shown): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, declaration] of Object.entries(resource.declaration.attributes)) {
    if (declaration.create !== 'required') continue;
    const schema = inputSchemaOf(declaration);
    const shown = own[name];
    attributes[name] = shown !== undefined && schemaAccepts(schema, shown) ? shown : exampleValue(schema);
  }
  return attributes;
}

/** A change to every updatable attribute that is not a reference: what another project must not be able to make. */
export function deriveUpdateAttributes(resource: Resource): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const [name, declaration] of Object.entries(resource.declaration.attributes)) {
    if (!declaration.update || declaration.reference !== undefined) continue;
    const example = exampleValue(inputSchemaOf(declaration));
    if (example !== undefined) attributes[name] = example;
  }
  return attributes;
}
