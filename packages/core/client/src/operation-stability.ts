/** @public */
export type OperationStability = 'stable' | 'preview';

/**
 * Each operation of an OpenAPI document (`"GET /v2.0/networks/{network_id}"`) and its `x-stability`.
 * The `client-types` targets generate it from the committed document, so it is never kept by hand.
 *
 * @public
 */
export type OperationStabilities = Readonly<Record<string, OperationStability>>;

/** One operation as `"METHOD /template"`, the key of an OperationStabilities map. */
export function operationKey(method: string, template: string): string {
  return `${method.toUpperCase()} ${template}`;
}

/**
 * The stability of the operation a concrete request reaches (`GET /v2.0/networks/n1?fields=id`
 * matches `GET /v2.0/networks/{network_id}`); undefined for a path the document does not know.
 */
export function stabilityOf(operations: OperationStabilities, method: string, path: string): OperationStability | undefined {
  const exact = Object.hasOwn(operations, operationKey(method, path)) ? operations[operationKey(method, path)] : undefined;
  if (exact !== undefined) return exact;
  const segments = path.split('?')[0].split('/');
  for (const [key, stability] of Object.entries(operations)) {
    const [keyMethod, template] = key.split(' ');
    if (keyMethod === method.toUpperCase() && matchesTemplate(template.split('/'), segments)) return stability;
  }
  return undefined;
}

function matchesTemplate(template: readonly string[], segments: readonly string[]): boolean {
  if (template.length !== segments.length) return false;
  return template.every((part, index) => (part.startsWith('{') && part.endsWith('}') ? segments[index] !== '' : part === segments[index]));
}
