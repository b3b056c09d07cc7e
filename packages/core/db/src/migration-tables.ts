import type { Kysely } from 'kysely';
import { ownTableNames } from './connection-schema.js';

/** Each owner's own Kysely migration table, so owners enabled or disabled later never disturb each other. */
export function ownerTable(owner: string): string {
  return `switchyard_migrations_${owner.replaceAll('-', '_')}`;
}

/**
 * Names in the owner's Kysely table: what really ran, whatever a run reported. `tables` saves
 * an introspection when the caller already listed them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function executedMigrations(db: Kysely<any>, owner: string, tables?: ReadonlySet<string>): Promise<Set<string>> {
  const existing = tables ?? (await ownTableNames(db));
  if (!existing.has(ownerTable(owner))) return new Set();
  const rows = await db.selectFrom(ownerTable(owner)).select('name').execute();
  return new Set(rows.map((row) => String(row.name)));
}
