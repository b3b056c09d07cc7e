/**
 * The parts of an OpenAPI 3 document the HTTP diff reads: operations by `METHOD path`. Our
 * documents are generated (packages/core/server/src/openapi), so this stays small on purpose.
 */
export interface OpenApiDocument {
  openapi?: string;
  info?: unknown;
  paths?: Record<string, Record<string, unknown>>;
  components?: unknown;
}

export interface Operation {
  /** `GET /v2.0/networks`, as elements are named. */
  key: string;
  path: string;
  method: string;
  body: Record<string, unknown>;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

export function parseOpenApi(text: string, label: string): OpenApiDocument {
  try {
    return JSON.parse(text) as OpenApiDocument;
  } catch (error) {
    throw new Error(`${label} is not valid JSON (${(error as Error).message}); regenerate it with the package's openapi target`, { cause: error });
  }
}

export function operationsOf(document: OpenApiDocument): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, body] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      operations.set(key, { key, path, method, body: body as Record<string, unknown> });
    }
  }
  return operations;
}

/** Where keyed parameters go in the operation handed to api-smart-diff (see keyParameters). */
export const KEYED_PARAMETERS = 'parametersByName';

/**
 * Parameters keyed by `<in> <name>` instead of array position. api-smart-diff reports changes
 * inside `parameters` by position, and a parameter added in front then names the wrong one; its
 * parameter mapping needs the array, so the keyed copy goes under a key of our own.
 */
export function keyParameters(operation: Record<string, unknown>): Record<string, unknown> {
  const { parameters, ...rest } = operation;
  if (!Array.isArray(parameters)) return operation;
  const keyed = Object.fromEntries(
    parameters.map((parameter: { in?: string; name?: string }) => [`${parameter.in ?? 'query'} ${parameter.name ?? '?'}`, parameter]),
  );
  return { ...rest, [KEYED_PARAMETERS]: keyed };
}
