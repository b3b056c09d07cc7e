import type { Kysely } from 'kysely';
import type { MigrationSet } from './migrate.js';
import { executedMigrations } from './migration-tables.js';
import { ownTableNames } from './connection-schema.js';

/**
 * How the database's migrations differ from the code's, as `owner/name`: `unknown` ran on the
 * database but this code does not have them (a newer release migrated it), `pending` are in the
 * code but have not run yet. Both empty: the schema is exactly what this code expects.
 *
 * @public
 */
export interface MigrationDrift {
  unknown: string[];
  pending: string[];
}

/**
 * Compares each owner's executed migrations with its code's; owners not in `sets` (a plugin
 * disabled after its migrations ran) are not compared.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function findMigrationDrift(db: Kysely<any>, sets: readonly MigrationSet[]): Promise<MigrationDrift> {
  const drift: MigrationDrift = { unknown: [], pending: [] };
  const tables = await ownTableNames(db);
  for (const set of sets) {
    const executed = await executedMigrations(db, set.owner, tables);
    const known = new Set(Object.keys(set.migrations));
    drift.unknown.push(...[...executed].filter((name) => !known.has(name)).sort().map((name) => `${set.owner}/${name}`));
    drift.pending.push(...[...known].filter((name) => !executed.has(name)).sort().map((name) => `${set.owner}/${name}`));
  }
  return drift;
}

/** The refusal of a server older than its database: it would serve a schema it does not know. */
export function describeUnknownMigrations(unknown: readonly string[]): string {
  return (
    `the database has migrations this server does not know (${unknown.join(', ')}): a newer release of ` +
    'switchyard-server migrated it; run that release or a later one, or point this server at another database'
  );
}
