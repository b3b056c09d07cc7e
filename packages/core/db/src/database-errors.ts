/**
 * The errors `openDatabase` throws. Each message says what is wrong and what to do; callers that
 * know where the url was configured (a config file key, a flag) read `problem` and name that place
 * in their own advice.
 */

/** @public */
export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/**
 * A `sqlite:` url names a place that cannot hold the database file: a folder cannot be created or
 * written to, a file stands where a folder should be (or a folder where the file should be), or the
 * file is not a SQLite database. A `DatabaseUrlError`, since the fix is to point the url elsewhere.
 *
 * @public
 */
export class DatabaseLocationError extends DatabaseUrlError {
  override name = 'DatabaseLocationError';
  /** What is wrong, without the advice, such as `cannot create the folder /proc/x (ENOENT: ...)`. */
  readonly problem: string;

  constructor(problem: string, options?: ErrorOptions) {
    super(`${problem}; point the database url at a writable folder`, options);
    this.problem = problem;
  }
}

/**
 * A `postgres://` url names a server that does not answer, or does not let us in, within a few seconds.
 *
 * @public
 */
export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
  /** Where the server was expected: `host:port`, or the socket folder and port. */
  readonly address: string;
  /** What is wrong, without the advice, such as `cannot connect to PostgreSQL at 127.0.0.1:5432: nothing listens there (ECONNREFUSED)`. */
  readonly problem: string;

  constructor(address: string, reason: string, options?: ErrorOptions) {
    const problem = `cannot connect to PostgreSQL at ${address}: ${reason}`;
    super(`${problem}; start PostgreSQL there or fix the database url`, options);
    this.address = address;
    this.problem = problem;
  }
}
