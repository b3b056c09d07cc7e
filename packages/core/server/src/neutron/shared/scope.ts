import { type RequestAuth, notFound } from '@switchyard/sdk';

/** A project id to restrict queries to, or undefined for admins (who see every project). */
export function visibleProject(auth: RequestAuth): string | undefined {
  return auth.isAdmin ? undefined : auth.projectId;
}

/** Neutron hides other projects' resources: a missing and a foreign resource both give 404. */
export function found<T>(row: T | undefined, resource: string, id: string): T {
  if (row === undefined) throw notFound(resource, id);
  return row;
}
