import type { ResourceOperation } from '@switchyard/sdk';
import { itemResource } from '../resources/item.js';

/** Unscoped on purpose: the limit counts the whole project, whatever the caller may see of it. */
export async function countProjectItems(db: ResourceOperation['db'], projectId: string): Promise<number> {
  const { count } = await db
    .selectFrom(itemResource.declaration.table)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  // Postgres returns counts as strings.
  return Number(count);
}
