import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/index.js';
import { expectLogged, testServerLogger } from '../../src/testing/log-guard.js';
import { type ScratchDatabase, createScratchDatabase } from './scratch-database.js';

/** Long enough for an unblocked list, short enough to keep the spec quick. */
const STATEMENT_TIMEOUT_MS = 300;

describe('a statement the database cancels after [database] statement_timeout_ms', () => {
  let scratch: ScratchDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    scratch = await createScratchDatabase('switchyard_timeout');
    app = await buildApp({
      config: {
        baseDir: process.cwd(),
        server: { host: '127.0.0.1', port: 0 },
        database: { url: scratch.url, statementTimeoutMs: STATEMENT_TIMEOUT_MS },
        authStrategy: 'noauth',
        auth: { defaultProject: 'demo', tokens: {} },
        servicePlugins: [],
        preview: { enabled: [] },
        plugins: {},
      },
      logger: testServerLogger(),
    });
  });
  afterAll(async () => {
    await app?.close();
    await scratch?.drop();
  });

  it('is a 503 ServiceUnavailable that names the setting, not a 500, and the server answers again once the database does', async () => {
    expectLogged(/"msg":"request failed"/);
    // Another session holds the table, as a long migration or a stuck transaction would.
    const blocked = await scratch.database.db.transaction().execute(async (trx) => {
      await sql`LOCK TABLE networks IN ACCESS EXCLUSIVE MODE`.execute(trx);
      return app.inject({ method: 'GET', url: '/v2.0/networks' });
    });
    expect(blocked.statusCode).toBe(503);
    expect(blocked.json().NeutronError).toMatchObject({ type: 'ServiceUnavailable', code: 'SY_ERR_UNAVAILABLE' });
    expect(blocked.json().NeutronError.message).toContain('[database] statement_timeout_ms');

    const after = await app.inject({ method: 'GET', url: '/v2.0/networks' });
    expect(after.statusCode).toBe(200);
  });
});
