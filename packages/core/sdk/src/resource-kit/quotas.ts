import type { Kysely } from 'kysely';
import { conflict } from '../errors.js';
import type { Resource } from './define-resource.js';

/**
 * How many of each resource a project may hold: the host's quotas (the server's `[quotas]` and
 * `/v2.0/quotas`). The kit asks before every create, for the projects the new items go to.
 *
 * @public
 */
export interface QuotaLimits {
  /** The most `resource`s (singular name) the project may hold, -1 for no limit; undefined when none is counted. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  limitOf(db: Kysely<any>, projectId: string, resource: string): Promise<number | undefined>;
}

/**
 * Neutron's OverQuota (409), with its message ("Quota exceeded for resources: ['network'].") and
 * what to do about it.
 *
 * @public
 */
export function overQuota(resource: string, limit: number, used: number, asked: number): Error {
  return conflict(
    'OverQuota',
    `Quota exceeded for resources: ['${resource}']. The project holds ${used} of its ${limit} and asked for ${asked} more; ` +
      "delete some first, or ask an admin to raise the project's quota (PUT /v2.0/quotas/<project_id>).",
  );
}

/**
 * Refuses a create that would take a project past its quota of the resource: counts what each
 * project holds on `db` (a bulk create's transaction sees its own earlier items). Two concurrent
 * creates may both pass the count, as with Neutron's quota driver without reservations.
 */
export async function checkQuota(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  limits: QuotaLimits | undefined,
  resource: Resource,
  projectIds: readonly string[],
): Promise<void> {
  if (limits === undefined) return;
  const asked = new Map<string, number>();
  for (const projectId of projectIds) asked.set(projectId, (asked.get(projectId) ?? 0) + 1);
  const { resource: singular, table } = resource.declaration;
  for (const [projectId, count] of asked) {
    const limit = await limits.limitOf(db, projectId, singular);
    if (limit === undefined || limit < 0) continue;
    const used = await countProjectRows(db, table, projectId);
    if (used + count > limit) throw overQuota(singular, limit, used, count);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function countProjectRows(db: Kysely<any>, table: string, projectId: string): Promise<number> {
  const { count } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  // PostgreSQL answers counts as strings.
  return Number(count);
}
