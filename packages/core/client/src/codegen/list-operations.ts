import type { OperationStability } from '../operation-stability.js';
import { operationKey } from '../operation-stability.js';

/** The part of an OpenAPI document the generator reads besides what openapi-typescript does. */
export interface OpenApiDocument {
  info?: { title?: string };
  paths?: Record<string, Record<string, unknown>>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of the document (`"GET /v2.0/networks"`) with its `x-stability`, in document order. */
export function listOperations(document: OpenApiDocument): Map<string, OperationStability> {
  const operations = new Map<string, OperationStability>();
  for (const [template, pathItem] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method] as { 'x-stability'?: unknown } | undefined;
      if (operation === undefined) continue;
      operations.set(operationKey(method, template), operation['x-stability'] === 'preview' ? 'preview' : 'stable');
    }
  }
  return operations;
}

/** `beta` when every operation is a preview (a preview plugin's document), else `public`. */
export type ReleaseTag = 'public' | 'beta';

export function documentReleaseTag(operations: ReadonlyMap<string, OperationStability>): ReleaseTag {
  const stabilities = [...operations.values()];
  return stabilities.length > 0 && stabilities.every((stability) => stability === 'preview') ? 'beta' : 'public';
}

/** Paths with a preview operation, which get their own `@beta` inside a `@public` document. */
export function previewPaths(operations: ReadonlyMap<string, OperationStability>): Set<string> {
  return new Set([...operations].filter(([, stability]) => stability === 'preview').map(([key]) => key.slice(key.indexOf(' ') + 1)));
}
