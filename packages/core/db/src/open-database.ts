import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { checkPostgresConnection } from './check-postgres-connection.js';
import { DatabaseLocationError, DatabaseUrlError } from './database-errors.js';
import { describeSystemError, prepareSqliteLocation } from './prepare-sqlite-location.js';
import { withStatementCache } from './statement-cache.js';

/** @public */
export type DialectName = 'sqlite' | 'postgres';

/** @public */
export interface Database {
  // Tables belong to core and to each plugin; no single schema type can describe them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  dialect: DialectName;
  /** The connection pool's state right now, for metrics; undefined for SQLite (one connection). */
  poolStats?(): PoolStats | undefined;
  close(): Promise<void>;
}

/** @public */
export interface PoolStats {
  /** Most connections the pool opens (`poolSize`). */
  max: number;
  /** Connections open, busy or idle. */
  total: number;
  idle: number;
  /** Queries waiting for a connection because all `max` are busy. */
  waiting: number;
}

/**
 * What a PostgreSQL pool opens when not told otherwise (pg's own default).
 *
 * @public
 */
export const DEFAULT_POOL_SIZE = 10;

/** @public */
export interface OpenDatabaseOptions {
  /**
   * `sqlite:<file>` (relative to `baseDir`), `sqlite::memory:` for a throw-away database,
   * or `postgres://user:password@host:port/database`.
   */
  url: string;
  baseDir?: string;
  /** PostgreSQL: most connections open at once (default 10). SQLite uses one. */
  poolSize?: number;
  /** PostgreSQL: milliseconds after which the server cancels a statement; 0 or undefined for none. */
  statementTimeoutMs?: number;
}

/**
 * Opens the database a url names. A SQLite file's missing folders are created; a PostgreSQL server
 * is connected to once before this resolves. Throws `DatabaseUrlError` for an unsupported url,
 * `DatabaseLocationError` when the SQLite file cannot live where the url points, and
 * `DatabaseConnectionError` when the PostgreSQL server does not answer within a few seconds.
 *
 * @public
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { url } = options;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url, options);
  if (url.startsWith('sqlite:') && url.length > 'sqlite:'.length) {
    return openSqlite(url.slice('sqlite:'.length), options.baseDir ?? process.cwd());
  }
  throw new DatabaseUrlError(
    `database url ${JSON.stringify(url)} is not supported; expected "sqlite:<file>", "sqlite::memory:" or "postgres://user:password@host:port/database"`,
  );
}

function openSqlite(location: string, baseDir: string): Database {
  const connection = location === ':memory:' ? new BetterSqlite3(':memory:') : openSqliteFile(path.resolve(baseDir, location));
  // Foreign keys are off by default in SQLite.
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openSqliteFile(file: string): BetterSqlite3.Database {
  prepareSqliteLocation(file);
  let connection: BetterSqlite3.Database | undefined;
  try {
    connection = new BetterSqlite3(file);
    // WAL lets readers run while a write is in progress. Also the first read: a file that is not
    // a SQLite database fails here.
    connection.pragma('journal_mode = WAL');
    return connection;
  } catch (error) {
    connection?.close();
    if (!isLocationProblem(error)) throw error;
    throw new DatabaseLocationError(`cannot open ${file} as a SQLite database (${describeSystemError(error)})`, { cause: error });
  }
}

/** SQLite's answers for a path it cannot use; others (a busy lock, a full disk) are not about the url. */
function isLocationProblem(error: unknown): boolean {
  return error instanceof BetterSqlite3.SqliteError && /^SQLITE_(CANTOPEN|NOTADB|READONLY|PERM)/.test(error.code);
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  await checkPostgresConnection(url);
  const max = options.poolSize ?? DEFAULT_POOL_SIZE;
  // statement_timeout is sent as a connection parameter, so the server enforces it on every statement.
  const timeout = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {};
  const pool = new pg.Pool({ connectionString: url, max, ...timeout });
  pool.on('error', () => {
    // An idle connection the server ended (a restart, an admin's pg_terminate_backend): unheard,
    // this event would crash the process. The pool has dropped that client already and opens a
    // new one for the next query; a request meanwhile gets the database's 503.
  });
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  const poolStats = () => ({ max, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
  return { db, dialect: 'postgres', poolStats, close: () => db.destroy() };
}
