import { invalidInput } from '@switchyard/sdk';

/**
 * Update schemas list read-only attributes so that sending one gets this explanation
 * rather than "unrecognized attribute".
 */
export function rejectReadOnly(resource: string, changes: object, readOnly: readonly string[]): void {
  const sent = readOnly.find((attribute) => attribute in changes);
  if (sent !== undefined) {
    throw invalidInput(`Cannot update read-only attribute ${sent} of a ${resource}; create a new ${resource} instead.`);
  }
}

/** Schema entries for read-only attributes: any value is accepted by the schema, then refused. */
export function readOnlyProperties(attributes: readonly string[]): Record<string, { description: string }> {
  return Object.fromEntries(attributes.map((attribute) => [attribute, { description: 'Read-only after creation; sending it gives 400.' }]));
}
