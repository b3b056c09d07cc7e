export {
  openDatabase,
  DEFAULT_POOL_SIZE,
  type Database,
  type DialectName,
  type OpenDatabaseOptions,
  type PoolStats,
} from './open-database.js';
export { findMigrationDrift, type MigrationDrift } from './migration-drift.js';
export { DatabaseUrlError, DatabaseLocationError, DatabaseConnectionError } from './database-errors.js';
export {
  migrateToLatest,
  listMigrationHistory,
  MigrationError,
  type MigrationSet,
  type AppliedMigration,
  type MigrationHistoryEntry,
} from './migrate.js';
