import { type RequestAuth, canAccess, notFound } from '@switchyard/sdk';
import { otherProjectResource } from '../errors.js';

/**
 * Returns the row when the caller may see it. A row of another project is reported exactly
 * like a missing one (404), so ids do not leak across projects.
 */
export function visibleOrNotFound<TRow extends { project_id: string }>(
  auth: RequestAuth,
  resource: string,
  id: string,
  row: TRow | undefined,
): TRow {
  if (!row || !canAccess(auth, row.project_id)) throw notFound(resource, id);
  return row;
}

/** Admins see every project, but a policy may still only use rules of its own project (and so on). */
export function sameProjectOrConflict(label: string, row: { id: string; project_id: string }, projectId: string): void {
  if (row.project_id !== projectId) throw otherProjectResource(label, row.id, projectId);
}
