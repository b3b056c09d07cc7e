export { openDatabase, type Database, type DialectName, type OpenDatabaseOptions } from './open-database.js';
export { DatabaseUrlError, DatabaseLocationError, DatabaseConnectionError } from './database-errors.js';
export {
  migrateToLatest,
  listMigrationHistory,
  MigrationError,
  type MigrationSet,
  type AppliedMigration,
  type MigrationHistoryEntry,
} from './migrate.js';
