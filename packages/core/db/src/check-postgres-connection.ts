import pg from 'pg';
import { DatabaseConnectionError } from './database-errors.js';

/** Long enough for a server across a slow network, short enough that a wrong address fails visibly. */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;

/**
 * Connects once and runs `SELECT 1`, so an unreachable server fails at open, within a few seconds,
 * instead of at the first query after the OS's TCP timeout. A separate client, because the pool's
 * own `connectionTimeoutMillis` would also cut off requests queued while all its connections are busy.
 */
export async function checkPostgresConnection(url: string): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
    query_timeout: POSTGRES_CONNECT_TIMEOUT_MS,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DatabaseConnectionError(`${client.host}:${client.port}`, describeConnectionFailure(error), { cause: error });
  } finally {
    await client.end();
  }
}

function describeConnectionFailure(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ECONNREFUSED') return 'nothing listens there (ECONNREFUSED)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name does not resolve (${code})`;
  // pg's wording for connectionTimeoutMillis and query_timeout.
  if (/timeout/i.test(message)) return `no answer within ${POSTGRES_CONNECT_TIMEOUT_MS / 1000} seconds`;
  return code !== undefined && /^E[A-Z]+$/.test(code) ? `${message} (${code})` : message;
}
