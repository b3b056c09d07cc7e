import { notFound } from '@switchyard/sdk';
import { sql } from 'kysely';
import type { CoreDb } from './tables.js';

/**
 * The rows whose lock guards a check-then-write: a network for its subnets, ports and addresses, a
 * router for its interfaces, a port for its addresses. Whatever adds to or deletes one of them
 * takes its lock first, so the check (in use? still there?) and the write see the same state.
 * Lock in this order, so that two transactions never wait for each other: router, port, network.
 */
export type LockedTable = 'routers' | 'ports' | 'networks';

/**
 * Takes the row's write lock until the transaction ends; false when the row is gone (deleted by a
 * request that held the lock before us). A no-op update, not SELECT ... FOR UPDATE: both dialects
 * accept it, and on SQLite it makes the transaction a writer from its first statement.
 */
export async function lockRow(db: CoreDb, table: LockedTable, id: string): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ updated_at: sql<string>`updated_at` })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** `lockRow`, answering 404 (`NetworkNotFound`, ...) when a concurrent request deleted the row. */
export async function lockOrNotFound(db: CoreDb, table: LockedTable, id: string): Promise<void> {
  if (!(await lockRow(db, table, id))) throw notFound(table.slice(0, -1), id);
}
