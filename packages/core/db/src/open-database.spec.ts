import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseConnectionError, DatabaseLocationError, DatabaseUrlError } from './database-errors.js';
import { type Database, openDatabase } from './open-database.js';
import { createDatabaseUnderTest } from './testing/database-under-test.js';

let baseDir: string;
const opened: Database[] = [];

async function open(url: string): Promise<Database> {
  const database = await openDatabase({ url, baseDir });
  opened.push(database);
  return database;
}

beforeEach(() => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'switchyard-open-'));
});

afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
  rmSync(baseDir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it.each(['mysql://root@localhost/switchyard', 'switchyard.db', 'sqlite:', 'SQLITE:x.db', ''])(
    'refuses %j and shows the accepted forms',
    async (url) => {
      const attempt = openDatabase({ url, baseDir });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseUrlError);
      await expect(attempt).rejects.toThrow(
        `database url ${JSON.stringify(url)} is not supported; expected "sqlite:<file>", "sqlite::memory:" or "postgres://user:password@host:port/database"`,
      );
    },
  );

  it('creates a SQLite file, and its folders, relative to baseDir', async () => {
    const database = await open('sqlite:state/nested/switchyard.db');
    expect(database.dialect).toBe('sqlite');
    expect(existsSync(path.join(baseDir, 'state/nested/switchyard.db'))).toBe(true);
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
    expect(rows[0].journal_mode).toBe('wal');
  });

  it('takes an absolute SQLite path as given', async () => {
    const file = path.join(baseDir, 'elsewhere', 'absolute.db');
    await open(`sqlite:${file}`);
    expect(existsSync(file)).toBe(true);
  });

  it('enforces foreign keys in SQLite', async () => {
    const { db } = await open('sqlite:fk.db');
    await db.schema.createTable('networks').addColumn('id', 'text', (column) => column.primaryKey()).execute();
    await db.schema
      .createTable('ports')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('network_id', 'text', (column) => column.references('networks.id'))
      .execute();
    await expect(db.insertInto('ports').values({ id: 'p1', network_id: 'missing' }).execute()).rejects.toThrow(/FOREIGN KEY/);
  });

  it('keeps sqlite::memory: databases apart and writes no file', async () => {
    const first = await open('sqlite::memory:');
    const second = await open('sqlite::memory:');
    await first.db.schema.createTable('only_here').addColumn('id', 'integer').execute();
    const tables = async (database: Database) => (await database.db.introspection.getTables()).map((table) => table.name);
    expect(await tables(first)).toEqual(['only_here']);
    expect(await tables(second)).toEqual([]);
    expect(readdirSync(baseDir)).toEqual([]);
  });

  it('opens the database under test with the dialect its url names', async () => {
    const underTest = await createDatabaseUnderTest();
    try {
      const database = await underTest.open();
      expect(database.dialect).toBe(underTest.url.startsWith('postgres') ? 'postgres' : 'sqlite');
      const { rows } = await sql<{ answer: number }>`select 40 + 2 as answer`.execute(database.db);
      expect(Number(rows[0].answer)).toBe(42);
    } finally {
      await underTest.dispose();
    }
  });
});

const ADVICE = 'point the database url at a writable folder';
const isRoot = process.getuid?.() === 0;
// The uid and gid of `nobody` on Debian.
const UNPRIVILEGED = 65534;

/**
 * Opens the database in a child process (a synchronous hang would also stop vitest's timeout)
 * and returns what it printed: the error's name and message, or "opened".
 */
async function openInChild(url: string, user: { uid?: number; gid?: number } = {}): Promise<string> {
  // The child drops to `user` after importing, so the sources may sit where that user cannot
  // read them (a clone in root's 0700 home, a mkdtemp folder).
  const dropPrivileges = user.uid === undefined ? '' : `process.setgid(${user.gid ?? user.uid}); process.setuid(${user.uid});`;
  const script = `
    import { openDatabase } from ${JSON.stringify(fileURLToPath(new URL('./open-database.ts', import.meta.url)))};
    ${dropPrivileges}
    await openDatabase({ url: ${JSON.stringify(url)}, baseDir: ${JSON.stringify(baseDir)} })
      .then(async (database) => { console.log('opened'); await database.close(); }, (error) => console.log(error.name, error.message));
  `;
  const child = await promisify(execFile)(
    process.execPath,
    ['--import', '@swc-node/register/esm-register', '--input-type=module', '--eval', script],
    { timeout: 10_000 },
  ).catch((error: { killed?: boolean; stderr?: string }) => {
    throw new Error(error.killed ? 'openDatabase did not finish within 10 seconds' : `the child failed: ${error.stderr}`);
  });
  return child.stdout.trim();
}

async function refusal(url: string): Promise<DatabaseLocationError> {
  const error: unknown = await openDatabase({ url, baseDir }).then(
    (database) => opened.push(database),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DatabaseLocationError);
  return error as DatabaseLocationError;
}

describe('openDatabase: a SQLite file where it cannot live', () => {
  it('refuses a file where a folder should be', async () => {
    writeFileSync(path.join(baseDir, 'state'), 'not a folder');
    for (const url of ['sqlite:state/switchyard.db', 'sqlite:state/nested/switchyard.db']) {
      const error = await refusal(url);
      expect(error.message).toBe(`${path.join(baseDir, 'state')} is a file, not a folder; ${ADVICE}`);
      expect(error).toBeInstanceOf(DatabaseUrlError);
    }
  });

  it('refuses a folder where the file should be', async () => {
    mkdirSync(path.join(baseDir, 'switchyard.db'));
    const error = await refusal('sqlite:switchyard.db');
    expect(error.message).toBe(`${path.join(baseDir, 'switchyard.db')} is a folder, not a SQLite file; ${ADVICE}`);
  });

  it('refuses a file that is not a SQLite database', async () => {
    writeFileSync(path.join(baseDir, 'notes.db'), 'these are notes, not a database '.repeat(10));
    const error = await refusal('sqlite:notes.db');
    expect(error.problem).toBe(`cannot open ${path.join(baseDir, 'notes.db')} as a SQLite database (SQLITE_NOTADB: file is not a database)`);
  });

  it('refuses a device instead of a file', async () => {
    const error = await refusal('sqlite:/dev/null');
    expect(error.message).toBe(`/dev/null is not a regular file; ${ADVICE}`);
  });

  it('refuses a folder it may not write to', async () => {
    const locked = path.join(baseDir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const url = 'sqlite:locked/switchyard.db';
    const expected = `DatabaseLocationError cannot write to the folder ${locked} (EACCES: permission denied); ${ADVICE}`;
    // Root may write anywhere, so as root the open runs as an unprivileged user, as a service would.
    if (!isRoot) return expect(`DatabaseLocationError ${(await refusal(url)).message}`).toBe(expected);
    chmodSync(baseDir, 0o755);
    expect(await openInChild(url, { uid: UNPRIVILEGED, gid: UNPRIVILEGED })).toBe(expected);
  });

  // Root may "write" to /proc (access() says yes), but no file can be created there.
  it('refuses a file in /proc, even as root', async () => {
    const error = await refusal('sqlite:/proc/switchyard.db');
    expect(error.problem).toMatch(/^(cannot open \/proc\/switchyard\.db as a SQLite database \(SQLITE_CANTOPEN: |cannot write to the folder \/proc \(EACCES)/);
  });

  // Node's recursive mkdir loops forever under /proc. The open runs in a child process, because a
  // synchronous hang would also stop vitest's own timeout.
  it('refuses a folder under /proc within seconds instead of hanging', async () => {
    const outcome = await openInChild('sqlite:/proc/switchyard-test/state/switchyard.db');
    expect(outcome).toMatch(
      /^DatabaseLocationError (cannot create the folder \/proc\/switchyard-test \(ENOENT: no such file or directory\)|cannot write to the folder \/proc \(EACCES: permission denied\)); point the database url at a writable folder$/,
    );
  });
});

describe('openDatabase: a PostgreSQL server that does not answer', () => {
  let silent: Server | undefined;
  const sockets: Socket[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise((resolve) => (silent ? silent.close(resolve) : resolve(undefined)));
    silent = undefined;
  });

  it('fails at open, naming host and port, when nothing listens there', async () => {
    const attempt = openDatabase({ url: 'postgres://switchyard:secret@127.0.0.1:1/switchyard' });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseConnectionError);
    await expect(attempt).rejects.toThrow(
      'cannot connect to PostgreSQL at 127.0.0.1:1: nothing listens there (ECONNREFUSED); start PostgreSQL there or fix the database url',
    );
  });

  it('gives up within seconds on a server that accepts but never answers', async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    const attempt = openDatabase({ url: `postgres://switchyard@127.0.0.1:${port}/switchyard` });
    await expect(attempt).rejects.toThrow(`cannot connect to PostgreSQL at 127.0.0.1:${port}: no answer within 5 seconds;`);
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 10_000);
});
