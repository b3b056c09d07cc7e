import { type QueryFilter, parseBooleanFilter } from '@switchyard/sdk';
import { groupsSharedWithQuery } from '../store/rbac-store.js';
import type { SecurityGroupDb } from '../store/tables.js';

/** `?shared=true|false` on groups: shared with the caller's project (or every project), as `shared` shows. */
export function sharedFilter(db: SecurityGroupDb): QueryFilter {
  return (query, values, auth) => {
    const wanted = new Set(values.map((value) => parseBooleanFilter('shared', value)));
    // Both asked for: every group is one or the other.
    if (wanted.size !== 1) return query;
    return query.where('id', wanted.has(true) ? 'in' : 'not in', groupsSharedWithQuery(db, auth.projectId));
  };
}
