import type { QueryFilter } from '@switchyard/sdk';
import { groupsSharedWithQuery } from '../store/rbac-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { wantedFlag } from './flag-filter.js';

/** `?shared=true|false` on groups: shared with the caller's project (or every project), as `shared` shows. */
export function sharedFilter(db: SecurityGroupDb): QueryFilter {
  return (query, values, auth) => {
    const shared = wantedFlag('shared', values);
    return shared === undefined ? query : query.where('id', shared ? 'in' : 'not in', groupsSharedWithQuery(db, auth.projectId));
  };
}
