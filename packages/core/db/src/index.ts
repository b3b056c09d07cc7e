export { openDatabase, DatabaseUrlError, type Database, type DialectName, type OpenDatabaseOptions } from './open-database.js';
export {
  migrateToLatest,
  listMigrationHistory,
  MigrationError,
  type MigrationSet,
  type AppliedMigration,
  type MigrationHistoryEntry,
} from './migrate.js';
