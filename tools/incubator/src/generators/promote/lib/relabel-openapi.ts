import { joinPathFragments, type Tree } from '@nx/devkit';

interface OpenApiDocument {
  paths?: Record<string, Record<string, { 'x-stability'?: string }>>;
}

/**
 * The committed OpenAPI document labels each operation with the stability its package had when
 * it was generated; after the move every one of the package's operations is stable. Only the
 * label changes (the `openapi` target would write the same), so it stays in step with the routes
 * and becomes the first stable baseline. Returns how many operations were relabeled.
 */
export function relabelOpenApi(tree: Tree, stableRoot: string): number {
  const file = joinPathFragments(stableRoot, 'api/openapi.json');
  const text = tree.read(file, 'utf-8');
  if (text === null) return 0;
  const document = JSON.parse(text) as OpenApiDocument;
  const previewOperations = Object.values(document.paths ?? {})
    .flatMap((operations) => Object.values(operations))
    .filter((operation) => operation['x-stability'] === 'preview');
  for (const operation of previewOperations) operation['x-stability'] = 'stable';
  // The generator writes keys sorted, two-space indented; parsing keeps that order.
  if (previewOperations.length > 0) tree.write(file, `${JSON.stringify(document, null, 2)}\n`);
  return previewOperations.length;
}
