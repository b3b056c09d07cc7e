import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (a bulk create runs every
 * item's service in one transaction, so that all are created or none), else a new one. Services
 * use it instead of `db.transaction()`, which Kysely refuses inside a transaction.
 *
 * @public
 */
// The host's database serves core and plugins alike; each service knows its own tables.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function inTransaction<T, DB = any>(db: Kysely<DB>, work: (transaction: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<DB>) : db.transaction().execute(work);
}
