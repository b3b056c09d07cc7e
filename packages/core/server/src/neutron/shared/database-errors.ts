import { SwitchyardError, conflict, isForeignKeyViolation, isUniqueViolation, notFound } from '@switchyard/sdk';

/** What both drivers put on a failed statement: pg's SQLSTATE fields, better-sqlite3's `code`. */
interface DriverError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  table?: unknown;
}

/** Postgres serialization_failure and deadlock_detected: the transaction lost a race and was rolled back. */
const RETRY_CODES = new Set(['40001', '40P01']);

function codeOf(error: unknown): string | undefined {
  const code = (error as DriverError | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Runs `attempt` again when it lost a race on a unique constraint (two requests picking the same
 * free address or MAC); each attempt re-reads what is taken, so the constraint, not luck, decides.
 */
export async function retryOnUniqueViolation<T>(attempt: () => Promise<T>, onExhausted: () => Error, attempts = 5): Promise<T> {
  for (let remaining = attempts; ; remaining -= 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (remaining <= 1) throw onExhausted();
    }
  }
}

/**
 * The client's answer to a statement the database refused because of a concurrent request: a
 * constraint violation or a lost race is a 404 or 409 the client can act on, never a 500. Undefined
 * for anything else (a bug, a lost connection), which stays an internal error. Every route gets this
 * through the error handler, so a check-then-write a route missed still answers correctly.
 */
export function concurrencyErrorOf(error: unknown): SwitchyardError | undefined {
  const code = codeOf(error);
  if (code === undefined) return undefined;
  if (isForeignKeyViolation(error)) return foreignKeyError(error as DriverError);
  if (isUniqueViolation(error)) {
    return conflict(
      'NeutronDbObjectDuplicateEntry',
      `A concurrent request created the same ${describeTable(error as DriverError)} (a unique value is taken); nothing was changed. Retry to see the current state.`,
    );
  }
  // SQLITE_BUSY and its extended codes: another process held the database's write lock too long.
  if (RETRY_CODES.has(code) || code.startsWith('SQLITE_BUSY')) {
    return conflict('ConcurrentModification', 'The request collided with concurrent changes to the same resources and was rolled back; retry it.');
  }
  return undefined;
}

/**
 * Postgres says which way a foreign key broke: a row refers to a parent that a concurrent request
 * deleted (404, the parent's NotFound) or a parent still has children a concurrent request added
 * (409, the parent's InUse, as "NetworkInUse"). SQLite does not say, so it gets a generic 409.
 */
function foreignKeyError(error: DriverError): SwitchyardError {
  const detail = typeof error.detail === 'string' ? error.detail : '';
  const missing = /^Key \([^)]*\)=\((.*)\) is not present in table "([^"]+)"/.exec(detail);
  if (missing) {
    const [, id, table] = missing;
    const base = notFound(singular(table), id);
    return new SwitchyardError('SY_ERR_NOT_FOUND', `${base.message} It was deleted by a concurrent request; nothing was changed.`, {
      type: base.type,
    });
  }
  const referenced = /^Key \([^)]*\)=\((.*)\) is still referenced from table "([^"]+)"/.exec(detail);
  const parent = /on table "([^"]+)" violates foreign key constraint/.exec(String(error.message ?? ''));
  if (referenced && parent) {
    const [, id, childTable] = referenced;
    const resource = singular(parent[1]);
    return conflict(
      `${notFound(resource, id).type.replace(/NotFound$/, '')}InUse`,
      `Unable to complete operation on ${resource.replaceAll('_', ' ')} ${id}: ${childTable.replaceAll('_', ' ')} added by a concurrent ` +
        'request still refer to it; nothing was changed. Remove them first, then retry.',
    );
  }
  return conflict(
    'ResourceInUse',
    'A resource this request refers to was deleted, or the resource it deletes was taken into use, by a concurrent request; ' +
      'nothing was changed. Retry to see the current state.',
  );
}

/** "networks" -> "network", "firewall_policies" -> "firewall_policy": the API's singular name. */
function singular(table: string): string {
  if (table.endsWith('ies')) return `${table.slice(0, -3)}y`;
  return table.endsWith('s') ? table.slice(0, -1) : table;
}

/** Postgres names the table; SQLite's message does ("UNIQUE constraint failed: ports.mac_address"). */
function describeTable(error: DriverError): string {
  const table = typeof error.table === 'string' ? error.table : /constraint failed: (\w+)\./.exec(String(error.message ?? ''))?.[1];
  return table === undefined ? 'resource' : singular(table).replaceAll('_', ' ');
}
