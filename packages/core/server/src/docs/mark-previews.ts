/** The tag and summary prefix the API reference puts on every preview operation. */
export const PREVIEW_TAG = 'preview';
export const PREVIEW_PREFIX = '[preview] ';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

type Operation = Record<string, unknown> & { summary?: string; tags?: string[]; 'x-stability'?: string };

/**
 * A copy of an OpenAPI document in which every operation labelled `x-stability: preview` says so
 * where a reader looks: its summary and a `preview` tag. Derived from that one label only, so a
 * promoted plugin loses the mark with no edit anywhere. The served document itself is unchanged.
 */
export function markPreviews<T extends object>(document: T): T {
  const copy = structuredClone(document) as T & { paths?: Record<string, Record<string, Operation>>; tags?: unknown[] };
  let anyPreview = false;
  for (const pathItem of Object.values(copy.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (operation?.['x-stability'] !== 'preview') continue;
      anyPreview = true;
      operation.summary = PREVIEW_PREFIX + (operation.summary ?? '');
      operation.tags = [...(operation.tags ?? []), PREVIEW_TAG];
    }
  }
  if (anyPreview) {
    copy.tags = [
      ...(copy.tags ?? []),
      { name: PREVIEW_TAG, description: 'Preview operations: they may change or go away in a later release, with no deprecation period.' },
    ];
  }
  return copy;
}
