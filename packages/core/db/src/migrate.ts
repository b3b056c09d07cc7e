import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import type { Stability } from '@switchyard/sdk';
import { describeUnknownMigrations, findMigrationDrift } from './migration-drift.js';
import { withMigrationLock } from './migration-lock.js';
import { executedMigrations, ownerTable } from './migration-tables.js';
import { connectionSchema } from './connection-schema.js';

/**
 * The migrations of one owner: `core` or a plugin's service name.
 *
 * @public
 */
export interface MigrationSet {
  owner: string;
  stability: Stability;
  migrations: Record<string, Migration>;
}

/** @public */
export interface AppliedMigration {
  owner: string;
  name: string;
  stability: Stability;
}

/** @public */
export interface MigrationHistoryEntry extends AppliedMigration {
  appliedAt: string;
}

/** @public */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

const HISTORY_TABLE = 'switchyard_migration_history';
const OWNER_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Brings every owner up to date. Each owner has its own Kysely migration table, so an owner
 * enabled later, or disabled after its migrations ran, never disturbs the others; the shared
 * history records who applied what, and at which stability. A migration's identity is
 * (owner, name): moving a package from preview to core does not change it.
 *
 * Servers sharing a PostgreSQL database may call it at once: one migrates while the others wait,
 * then find nothing to do. A database that ran migrations the code lacks (a newer release
 * migrated it) is refused before anything runs.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, sets: readonly MigrationSet[]): Promise<AppliedMigration[]> {
  return withMigrationLock(db, async (locked) => {
    await ensureHistoryTable(locked);
    const { unknown } = await findMigrationDrift(locked, sets);
    if (unknown.length > 0) throw new MigrationError(describeUnknownMigrations(unknown));
    const applied: AppliedMigration[] = [];
    for (const set of sets) applied.push(...(await migrateOwner(locked, set)));
    return applied;
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function migrateOwner(db: Kysely<any>, set: MigrationSet): Promise<AppliedMigration[]> {
  if (!OWNER_NAME.test(set.owner)) {
    throw new MigrationError(`migration owner ${JSON.stringify(set.owner)} is not valid: use lower-case letters, digits and dashes`);
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => set.migrations },
    migrationTableName: ownerTable(set.owner),
    migrationLockTableName: `${ownerTable(set.owner)}_lock`,
    // Named, so Kysely looks for its tables in this schema only, not in any schema of the database.
    migrationTableSchema: await connectionSchema(db),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  // On Postgres a failed run is rolled back as a whole, so "Success" only counts once recorded.
  const recorded = await executedMigrations(db, set.owner);
  const applied = results
    .filter((result) => result.status === 'Success' && recorded.has(result.migrationName))
    .map((result) => toApplied(set, result));
  await recordHistory(db, set, recorded);
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    const which = failed ? `migration ${JSON.stringify(failed.migrationName)} of ${set.owner}` : `migrations of ${set.owner}`;
    throw new MigrationError(`${which} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return applied;
}

function toApplied(set: MigrationSet, result: MigrationResult): AppliedMigration {
  return { owner: set.owner, name: result.migrationName, stability: set.stability };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ensureHistoryTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(HISTORY_TABLE)
    .ifNotExists()
    .addColumn('owner', 'varchar(100)', (column) => column.notNull())
    .addColumn('name', 'varchar(255)', (column) => column.notNull())
    .addColumn('stability', 'varchar(20)', (column) => column.notNull())
    .addColumn('applied_at', 'varchar(40)', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${HISTORY_TABLE}_pk`, ['owner', 'name'])
    .execute();
}

/**
 * Records every executed migration the history lacks, at the owner's current stability. Rows
 * already there keep their stability, so a promotion never rewrites what a preview applied; and
 * a run interrupted between migrating and recording is caught up next time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function recordHistory(db: Kysely<any>, set: MigrationSet, executed: Set<string>): Promise<void> {
  const known = await db.selectFrom(HISTORY_TABLE).select('name').where('owner', '=', set.owner).execute();
  const knownNames = new Set(known.map((row) => String(row.name)));
  const missing = [...executed].filter((name) => !knownNames.has(name)).sort();
  if (missing.length === 0) return;
  const appliedAt = new Date().toISOString();
  await db
    .insertInto(HISTORY_TABLE)
    .values(missing.map((name) => ({ owner: set.owner, name, stability: set.stability, applied_at: appliedAt })))
    // Two servers starting at once may both record the same run.
    .onConflict((conflict) => conflict.columns(['owner', 'name']).doNothing())
    .execute();
}

/**
 * Every migration ever applied, oldest first, including those of owners no longer enabled.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function listMigrationHistory(db: Kysely<any>): Promise<MigrationHistoryEntry[]> {
  await ensureHistoryTable(db);
  const rows = await db
    .selectFrom(HISTORY_TABLE)
    .select(['owner', 'name', 'stability', 'applied_at'])
    .orderBy('applied_at')
    .orderBy('owner')
    .orderBy('name')
    .execute();
  return rows.map((row) => ({ owner: row.owner, name: row.name, stability: row.stability, appliedAt: row.applied_at }));
}
