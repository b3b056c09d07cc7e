import { afterEach, beforeEach } from 'vitest';
import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { securityGroupsMigrations } from '../migrations/index.js';
import type { SecurityGroupDb } from './tables.js';

/** More ids than SQLite binds in one statement (32,766), as an unlimited list holds. */
export const PAST_PARAMETER_LIMIT = Array.from({ length: 33_000 }, (_, index) => `id-${index}`);

/** A store spec's database: the plugin's tables in a fresh in-memory SQLite per test. */
export function useStoreDatabase(): () => SecurityGroupDb {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateToLatest(database.db, [{ owner: 'security-groups', stability: 'preview', migrations: securityGroupsMigrations }]);
  });
  afterEach(async () => {
    await database.close();
  });
  return () => database.db as SecurityGroupDb;
}
