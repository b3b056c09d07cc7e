import type { Resource } from '../resource-kit/define-resource.js';

export interface OperationLabel {
  /** The resource whose path the URL is under, if any. */
  resource?: string;
  /** `GET /v2.0/shelves/{id}`: groups findings of many generated requests. */
  label: string;
}

/** Which declared resource a URL belongs to, and its operation with the id left out. */
export function operationOf(resources: readonly Resource[], method: string, url: string): OperationLabel {
  const [path = ''] = url.split('?');
  const owner = longestOwner(resources, path);
  if (owner === undefined) return { label: `${method} ${path}` };
  const base = owner.declaration.path;
  const rest = path.slice(base.length).split('/').filter(Boolean);
  const shown = rest.length === 0 ? base : [base, '{id}', ...rest.slice(1)].join('/');
  return { resource: owner.declaration.resource, label: `${method} ${shown}` };
}

function longestOwner(resources: readonly Resource[], path: string): Resource | undefined {
  let best: Resource | undefined;
  for (const resource of resources) {
    const base = resource.declaration.path;
    const under = path === base || path.startsWith(`${base}/`);
    if (under && (best === undefined || base.length > best.declaration.path.length)) best = resource;
  }
  return best;
}
