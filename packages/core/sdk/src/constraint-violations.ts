/**
 * Which constraint a failed statement broke, for both drivers the kit runs on: PostgreSQL's
 * SQLSTATE codes (pg) and better-sqlite3's extended result codes. Services turn these into the
 * 404 or 409 a client can act on instead of a 500.
 */
const UNIQUE_CODES: ReadonlySet<string> = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const FOREIGN_KEY_CODES: ReadonlySet<string> = new Set(['23503', 'SQLITE_CONSTRAINT_FOREIGNKEY']);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * True when a statement failed on a UNIQUE or PRIMARY KEY constraint (SQLite or PostgreSQL).
 *
 * @public
 */
export function isUniqueViolation(error: unknown): boolean {
  return UNIQUE_CODES.has(codeOf(error));
}

/**
 * True when a statement failed on a FOREIGN KEY constraint (SQLite or PostgreSQL).
 *
 * @public
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return FOREIGN_KEY_CODES.has(codeOf(error));
}
