import Fastify, { type FastifyInstance } from 'fastify';
import { type Database, openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureLogs } from '../../tests/host/log-capture.js';
import { installErrorHandlers } from './error-handler.js';

/** Routes that let real SQLite failures reach the handler, as a route that missed a race would. */
describe('installErrorHandlers: database failures', () => {
  let database: Database;
  let app: FastifyInstance;
  let logs: ReturnType<typeof captureLogs>;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await sql`CREATE TABLE parents (id text PRIMARY KEY)`.execute(database.db);
    await sql`CREATE TABLE children (id text PRIMARY KEY, parent_id text NOT NULL REFERENCES parents (id))`.execute(database.db);
    await sql`INSERT INTO parents VALUES ('kept')`.execute(database.db);
    logs = captureLogs();
    app = Fastify({ logger: logs.logger });
    installErrorHandlers(app);
    app.post('/orphan', async () => sql`INSERT INTO children VALUES ('c1', 'gone')`.execute(database.db));
    app.post('/twice', async () => sql`INSERT INTO parents VALUES ('kept')`.execute(database.db));
    app.post('/bug', async () => sql`SELECT * FROM no_such_table`.execute(database.db));
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('answers a broken foreign key with a 409 NeutronError, and warns that a race reached the database', async () => {
    const response = await app.inject({ method: 'POST', url: '/orphan' });
    expect(response.statusCode).toBe(409);
    expect(response.json().NeutronError).toMatchObject({ type: 'ResourceInUse', code: 'SY_ERR_CONFLICT' });
    expect(logs.lines).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringMatching(/^the database refused a change racing another request/) }));
  });

  it('answers a unique violation with a 409 NeutronDbObjectDuplicateEntry', async () => {
    const response = await app.inject({ method: 'POST', url: '/twice' });
    expect(response.statusCode).toBe(409);
    expect(response.json().NeutronError.type).toBe('NeutronDbObjectDuplicateEntry');
  });

  it('keeps any other database failure a 500 that tells nothing, and logs it', async () => {
    const response = await app.inject({ method: 'POST', url: '/bug' });
    expect(response.statusCode).toBe(500);
    expect(response.json().NeutronError).toEqual({
      type: 'InternalServerError',
      message: 'Request failed because of an internal error.',
      detail: '',
      code: 'SY_ERR_INTERNAL',
    });
    const logged = logs.lines.find((line) => line.msg === 'request failed');
    expect((logged?.err as { message?: string } | undefined)?.message).toContain('no such table');
  });
});
