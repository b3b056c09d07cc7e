import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Our own advisory lock key, distinct from the one Kysely's Migrator takes for each owner
 * (3853314791062309107), so holding both on one session never self-deadlocks.
 */
const MIGRATION_LOCK_KEY = 7_377_646_969_733_211n;

/**
 * Runs `work` holding the whole start-up migration, every owner at once, on one connection. On
 * PostgreSQL that connection takes a session advisory lock first: of N servers starting together,
 * one migrates, the others wait here and then find nothing left to do. The lock goes with the
 * session, so a server killed mid-migration frees it. The statement timeout is lifted on that
 * connection (waiting for another server's migrations is not a slow statement) and restored after.
 * SQLite has one writer per file already.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function withMigrationLock<T>(db: Kysely<any>, work: (locked: Kysely<any>) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work(db);
  return db.connection().execute(async (locked) => {
    await sql`SET statement_timeout = 0`.execute(locked);
    await sql`SELECT pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(locked);
    try {
      return await work(locked);
    } finally {
      await sql`SELECT pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(locked);
      await sql`RESET statement_timeout`.execute(locked);
    }
  });
}
