import type { RequestAuth } from '../auth.js';
import { conflict, notFound } from '../errors.js';
import type { ResourceReference } from './define-resource.js';
import type { ResourceDirectory } from './directory.js';

/**
 * Checks every reference a request makes. A referenced resource the caller may not see is
 * reported exactly like a missing one (its 404), so ids of other projects neither work nor leak.
 */
export async function checkReferences(
  directory: ResourceDirectory,
  references: readonly ResourceReference[],
  request: { auth: RequestAuth; input: Record<string, unknown>; owner: string; referrer?: Readonly<Record<string, unknown>> },
): Promise<void> {
  for (const reference of references) {
    if (!Object.hasOwn(request.input, reference.attribute)) continue;
    const lookup = directory.get(reference.resource);
    if (!lookup) throw new TypeError(`Attribute ${reference.attribute} references ${reference.resource}, which no registered service serves.`);
    for (const id of referencedIds(request.input[reference.attribute], reference.at)) {
      const target = await lookup.findVisible(request.auth, id);
      if (!target) throw reference.missing?.(id, request.referrer ?? request.input) ?? notFound(reference.resource, id);
      if (reference.sameProject && target.project_id !== request.owner) throw inOtherProject(reference.resource, id, request.owner);
    }
  }
}

/** The ids an attribute value holds: one id, a list of ids, or a list of objects with the id under `at`. */
export function referencedIds(value: unknown, at: string | undefined): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  const ids = items.map((item) => (at === undefined ? item : (item as Record<string, unknown> | null)?.[at]));
  return ids.filter((id): id is string => typeof id === 'string');
}

function inOtherProject(resource: string, id: string, owner: string) {
  const type = `${resource
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}InOtherProject`;
  return conflict(type, `${resource.split('_').join(' ')} ${id} belongs to another project than ${owner}; use one of project ${owner}.`);
}
