import type { QueryFilter } from '@switchyard/sdk';
import { defaultGroupIdsQuery } from '../store/default-groups-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { wantedFlag } from './flag-filter.js';

/** `?belongs_to_default_sg=true|false` on rules: computed from the default groups, not stored. */
export function belongsToDefaultFilter(db: SecurityGroupDb): QueryFilter {
  return (query, values) => {
    const belongs = wantedFlag('belongs_to_default_sg', values);
    return belongs === undefined ? query : query.where('security_group_id', belongs ? 'in' : 'not in', defaultGroupIdsQuery(db));
  };
}
