import { type QueryFilter, parseBooleanFilter } from '@switchyard/sdk';
import { defaultGroupIdsQuery } from '../store/default-groups-store.js';
import type { SecurityGroupDb } from '../store/tables.js';

/** `?belongs_to_default_sg=true|false` on rules: computed from the default groups, not stored. */
export function belongsToDefaultFilter(db: SecurityGroupDb): QueryFilter {
  return (query, values) => {
    const wanted = new Set(values.map((value) => parseBooleanFilter('belongs_to_default_sg', value)));
    // Both asked for: every rule is one or the other.
    if (wanted.size !== 1) return query;
    return query.where('security_group_id', wanted.has(true) ? 'in' : 'not in', defaultGroupIdsQuery(db));
  };
}
