import { sql } from 'kysely';
import type { CoreDb } from '../shared/tables.js';
import type { CountedResource, QuotaSet } from './quota-resources.js';

/** The limits an admin set for the project, by resource (none: the defaults apply). */
export async function loadProjectQuotas(db: CoreDb, projectId: string): Promise<QuotaSet> {
  const rows = await db.selectFrom('quotas').select(['resource', 'quota_limit']).where('project_id', '=', projectId).execute();
  return new Map(rows.map((row) => [row.resource, row.quota_limit]));
}

/** Every project with limits of its own, each with them. */
export async function loadEveryProjectQuotas(db: CoreDb): Promise<Map<string, QuotaSet>> {
  const rows = await db.selectFrom('quotas').selectAll().orderBy('project_id').orderBy('resource').execute();
  const projects = new Map<string, QuotaSet>();
  for (const row of rows) {
    const quotas = projects.get(row.project_id) ?? new Map<string, number>();
    quotas.set(row.resource, row.quota_limit);
    projects.set(row.project_id, quotas);
  }
  return projects;
}

/** Sets the given limits of the project, leaving the others as they are. */
export async function saveProjectQuotas(db: CoreDb, projectId: string, limits: QuotaSet): Promise<void> {
  const rows = [...limits].map(([resource, limit]) => ({ project_id: projectId, resource, quota_limit: limit }));
  if (rows.length === 0) return;
  await db
    .insertInto('quotas')
    .values(rows)
    .onConflict((conflict) => conflict.columns(['project_id', 'resource']).doUpdateSet({ quota_limit: (eb) => eb.ref('excluded.quota_limit') }))
    .execute();
}

export async function deleteProjectQuotas(db: CoreDb, projectId: string): Promise<void> {
  await db.deleteFrom('quotas').where('project_id', '=', projectId).execute();
}

/** How many of each counted resource the project holds, in one query. */
export async function countProjectResources(db: CoreDb, projectId: string, counted: readonly CountedResource[]): Promise<QuotaSet> {
  // Aliased by position: a resource name is a plugin's word, never part of the SQL.
  const counts = counted.map(({ table }, index) => sql<string>`(select count(*) from ${sql.table(table)} where project_id = ${projectId})`.as(`count_${index}`));
  const row = (await db.selectNoFrom(counts).executeTakeFirstOrThrow()) as Record<string, number | string>;
  // PostgreSQL answers counts as strings.
  return new Map(counted.map(({ resource }, index) => [resource, Number(row[`count_${index}`])]));
}
