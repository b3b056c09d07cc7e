import type { QuotaLimits } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';
import type { QuotaSet } from './quota-resources.js';

/**
 * What the kit asks before a create (core and plugin resources alike): the project's own limit
 * when an admin set one, else `[quotas]`'s; undefined for a resource no quota counts.
 */
export function coreQuotaLimits(defaults: QuotaSet): QuotaLimits {
  return {
    async limitOf(db, projectId, resource) {
      const fallback = defaults.get(resource);
      if (fallback === undefined) return undefined;
      const own = await (db as CoreDb)
        .selectFrom('quotas')
        .select('quota_limit')
        .where('project_id', '=', projectId)
        .where('resource', '=', resource)
        .executeTakeFirst();
      return own?.quota_limit ?? fallback;
    },
  };
}
