import { type MigrationSet, findMigrationDrift } from '@switchyard/db';
import { type Kysely, sql } from 'kysely';

/** A load balancer's check must get an answer quickly, even when every pool connection is busy. */
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

export interface ReadinessInput {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  /** The migrations this server's code holds: core and every loaded plugin. */
  migrationSets: readonly MigrationSet[];
  /** The service plugins registered, by service name. */
  plugins: readonly string[];
  draining: boolean;
}

/** What `/readyz` answers: 200 with each check, or 503 with why not (no resource data either way). */
export type Readiness =
  | { ready: true; body: { status: 'ready'; checks: { database: 'ok'; migrations: 'ok'; plugins: readonly string[] } } }
  | { ready: false; body: { status: 'unavailable'; reason: string }; cause?: unknown };

export async function checkReadiness(input: ReadinessInput): Promise<Readiness> {
  if (input.draining) return unavailable('the server is shutting down');
  try {
    await withTimeout(sql`SELECT 1`.execute(input.db), DATABASE_CHECK_TIMEOUT_MS);
    const drift = await withTimeout(findMigrationDrift(input.db, input.migrationSets), DATABASE_CHECK_TIMEOUT_MS);
    if (drift.unknown.length > 0) return unavailable(`the database was migrated by a newer release (${drift.unknown.join(', ')})`);
    if (drift.pending.length > 0) return unavailable(`migrations have not run: ${drift.pending.join(', ')}`);
  } catch (error) {
    return unavailable('the database does not answer', error);
  }
  return { ready: true, body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', plugins: input.plugins } } };
}

function unavailable(reason: string, cause?: unknown): Readiness {
  return { ready: false, body: { status: 'unavailable', reason }, cause };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
