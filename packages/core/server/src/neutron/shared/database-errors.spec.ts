import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreMigrations } from '../migrations/index.js';
import { concurrencyErrorOf } from './database-errors.js';

const now = '2026-11-30T01:02:03Z';
const network = { id: 'n1', project_id: 'p', name: '', description: '', admin_state_up: 1, status: 'ACTIVE', shared: 0, mtu: 1500, created_at: now, updated_at: now };
const port = (id: string, networkId: string, mac: string) => ({
  id,
  project_id: 'p',
  network_id: networkId,
  name: '',
  description: '',
  mac_address: mac,
  admin_state_up: 1,
  status: 'DOWN',
  device_id: '',
  device_owner: '',
  created_at: now,
  updated_at: now,
});

function failureOf(statement: Promise<unknown>): Promise<unknown> {
  return statement.then(
    () => {
      throw new Error('the statement was expected to fail');
    },
    (error: unknown) => error,
  );
}

describe('concurrencyErrorOf, with errors SQLite really raises', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateToLatest(database.db, [{ owner: 'core', stability: 'stable', migrations: coreMigrations }]);
    await database.db.insertInto('networks').values(network).execute();
  });
  afterEach(() => database.close());

  it('answers a broken foreign key with a 409 ResourceInUse (SQLite does not say which way it broke)', async () => {
    const error = await failureOf(database.db.insertInto('ports').values(port('p1', 'gone', 'fa:16:3e:00:00:01')).execute());
    expect(concurrencyErrorOf(error)?.toBody().NeutronError).toMatchObject({ type: 'ResourceInUse', code: 'SY_ERR_CONFLICT' });
    expect(concurrencyErrorOf(error)?.message).toContain('concurrent request');

    await database.db.insertInto('ports').values(port('p1', 'n1', 'fa:16:3e:00:00:01')).execute();
    const deletion = await failureOf(database.db.deleteFrom('networks').where('id', '=', 'n1').execute());
    expect(concurrencyErrorOf(deletion)?.statusCode).toBe(409);
  });

  it('answers a unique or primary key violation with a 409 NeutronDbObjectDuplicateEntry', async () => {
    await database.db.insertInto('ports').values(port('p1', 'n1', 'fa:16:3e:00:00:01')).execute();
    const sameMac = await failureOf(database.db.insertInto('ports').values(port('p2', 'n1', 'fa:16:3e:00:00:01')).execute());
    const sameId = await failureOf(database.db.insertInto('networks').values(network).execute());
    for (const error of [sameMac, sameId]) {
      expect(concurrencyErrorOf(error)?.toBody().NeutronError).toMatchObject({ type: 'NeutronDbObjectDuplicateEntry', code: 'SY_ERR_CONFLICT' });
    }
    expect(concurrencyErrorOf(sameMac)?.message).toContain('the same port');
  });

  it('leaves other failures (a bug, not a race) to be a 500', async () => {
    const error = await failureOf(sql`SELECT * FROM no_such_table`.execute(database.db));
    expect(concurrencyErrorOf(error)).toBeUndefined();
    expect(concurrencyErrorOf(new TypeError('x is undefined'))).toBeUndefined();
    expect(concurrencyErrorOf(undefined)).toBeUndefined();
  });
});

describe('concurrencyErrorOf, with SQLITE_BUSY from a second process holding the write lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'switchyard-busy-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a 409 ConcurrentModification, so the client retries instead of seeing a 500', async () => {
    const url = `sqlite:${path.join(dir, 'switchyard.db')}`;
    const writer = await openDatabase({ url });
    const other = await openDatabase({ url });
    try {
      await sql`CREATE TABLE t (id integer)`.execute(writer.db);
      await sql`PRAGMA busy_timeout = 0`.execute(other.db);
      await sql`BEGIN IMMEDIATE`.execute(writer.db);
      const error = await failureOf(sql`INSERT INTO t VALUES (1)`.execute(other.db));
      await sql`ROLLBACK`.execute(writer.db);
      expect((error as { code?: string }).code).toMatch(/^SQLITE_BUSY/);
      expect(concurrencyErrorOf(error)?.toBody().NeutronError).toMatchObject({ type: 'ConcurrentModification', code: 'SY_ERR_CONFLICT' });
    } finally {
      await other.close();
      await writer.close();
    }
  });
});
