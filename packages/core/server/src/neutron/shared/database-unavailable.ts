import { SwitchyardError } from '@switchyard/sdk';

/** query_canceled: PostgreSQL cancelled the statement, here because of `[database] statement_timeout_ms`. */
const STATEMENT_CANCELLED = '57014';
/** admin_shutdown, crash_shutdown, cannot_connect_now: the database is going down or not up yet. */
const SHUTTING_DOWN = new Set(['57P01', '57P02', '57P03']);
/** What Node's sockets say when the database host stops answering. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * The client's answer when the database, not the request, is the trouble: a 503 a load balancer
 * or client may retry, instead of a 500 that reads as a bug. Undefined for every other failure.
 */
export function databaseUnavailableErrorOf(error: unknown): SwitchyardError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === STATEMENT_CANCELLED) {
    return unavailable(
      'The database cancelled a statement of this request because it ran longer than [database] statement_timeout_ms. ' +
        'Retry later to see the current state; raise the timeout if such requests are expected to take this long.',
    );
  }
  // Class 08 is PostgreSQL's connection_exception.
  if (SHUTTING_DOWN.has(code) || code.startsWith('08') || SOCKET_CODES.has(code)) {
    return unavailable('The connection to the database was lost or refused; the request may not have been applied. Retry it to see the current state.');
  }
  return undefined;
}

function unavailable(message: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_UNAVAILABLE', message);
}
