import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withStatementCache } from './statement-cache.js';

/** @public */
export type DialectName = 'sqlite' | 'postgres';

/** @public */
export interface Database {
  // Tables belong to core and to each plugin; no single schema type can describe them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  dialect: DialectName;
  close(): Promise<void>;
}

/** @public */
export interface OpenDatabaseOptions {
  /**
   * `sqlite:<file>` (relative to `baseDir`), `sqlite::memory:` for a throw-away database,
   * or `postgres://user:password@host:port/database`.
   */
  url: string;
  baseDir?: string;
}

/** @public */
export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** @public */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { url } = options;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return openPostgres(url);
  if (url.startsWith('sqlite:') && url.length > 'sqlite:'.length) {
    return openSqlite(url.slice('sqlite:'.length), options.baseDir ?? process.cwd());
  }
  throw new DatabaseUrlError(
    `database url ${JSON.stringify(url)} is not supported; expected "sqlite:<file>", "sqlite::memory:" or "postgres://user:password@host:port/database"`,
  );
}

function openSqlite(location: string, baseDir: string): Database {
  const inMemory = location === ':memory:';
  const file = inMemory ? ':memory:' : path.resolve(baseDir, location);
  if (!inMemory) mkdirSync(path.dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  // WAL lets readers run while a write is in progress; foreign keys are off by default in SQLite.
  if (!inMemory) connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
