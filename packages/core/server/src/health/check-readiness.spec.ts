import { openDatabase } from '@switchyard/db';
import { Kysely, PostgresDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DATABASE_CHECK_TIMEOUT_MS, checkReadiness } from './check-readiness.js';

const nothing = async (): Promise<void> => undefined;

const none = { migrationSets: [], plugins: [], draining: false };

describe('checkReadiness', () => {
  it('is ready on an answering database with nothing to migrate', async () => {
    const database = await openDatabase({ url: 'sqlite::memory:' });
    try {
      expect(await checkReadiness({ ...none, db: database.db, plugins: ['dns'] })).toEqual({
        ready: true,
        body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', plugins: ['dns'] } },
      });
    } finally {
      await database.close();
    }
  });

  it('names pending migrations: a server must not serve a schema older than its code', async () => {
    const database = await openDatabase({ url: 'sqlite::memory:' });
    try {
      const sets = [{ owner: 'core', stability: 'stable' as const, migrations: { '0001_networks': { up: nothing } } }];
      const readiness = await checkReadiness({ ...none, db: database.db, migrationSets: sets });
      expect(readiness.body).toEqual({ status: 'unavailable', reason: 'migrations have not run: core/0001_networks' });
    } finally {
      await database.close();
    }
  });

  it('is not ready when the database fails, and keeps the error out of the body', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.9:5432'), { code: 'ECONNREFUSED' });
    const pool = { connect: async () => Promise.reject(refused), end: nothing };
    const db = new Kysely({ dialect: new PostgresDialect({ pool: pool as never }) });
    const readiness = await checkReadiness({ ...none, db });
    expect(readiness).toMatchObject({ ready: false, body: { status: 'unavailable', reason: 'the database does not answer' } });
    expect(readiness.ready ? undefined : readiness.cause).toBe(refused);
    expect(JSON.stringify(readiness.body)).not.toContain('10.0.0.9');
  });

  it(`gives up on a database that does not answer within ${DATABASE_CHECK_TIMEOUT_MS} ms`, async () => {
    // A pool that never hands out a connection: every pool connection busy, or the network gone.
    const pool = { connect: () => new Promise<never>(() => undefined), end: nothing };
    const db = new Kysely({ dialect: new PostgresDialect({ pool: pool as never }) });
    const started = Date.now();
    const readiness = await checkReadiness({ ...none, db });
    expect(readiness.body).toEqual({ status: 'unavailable', reason: 'the database does not answer' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(DATABASE_CHECK_TIMEOUT_MS - 50);
  });
});
