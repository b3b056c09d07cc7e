/**
 * Cutting one package's part out of a server's OpenAPI document, and writing it so that the
 * same code always gives the same bytes (the committed file is compared as text).
 */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, unknown>>;
  [field: string]: unknown;
}

/** `GET /v2.0/networks`: how operations are named in messages and compared between documents. */
export function operationKeys(document: OpenApiDocument): Set<string> {
  return new Set(
    Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)),
  );
}

/** The document with only the operations `keep` accepts; paths left empty go too. */
export function keepOperations(document: OpenApiDocument, keep: (operation: string) => boolean): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const kept = Object.entries(item).filter(([method]) => keep(`${method.toUpperCase()} ${path}`));
    if (kept.length > 0) paths[path] = Object.fromEntries(kept);
  }
  return { ...document, paths };
}

/** JSON with object keys sorted at every level (arrays keep their order: it carries meaning). */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/** The operations whose description differs between two documents: what a stale file names. */
export function changedOperations(before: OpenApiDocument, after: OpenApiDocument): string[] {
  const keys = new Set([...operationKeys(before), ...operationKeys(after)]);
  return [...keys].filter((key) => stableJson(operationOf(before, key)) !== stableJson(operationOf(after, key))).sort();
}

function operationOf(document: OpenApiDocument, key: string): unknown {
  const [method, path] = key.split(' ');
  return document.paths[path]?.[method.toLowerCase()] ?? null;
}
