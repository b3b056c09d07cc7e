import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { type SwitchyardConfig, buildApp } from '../../src/index.js';
import { markDraining } from '../../src/health/server-state.js';
import { testConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writeFixturePlugin } from '../host/fixtures.js';

let dir: TempDir;
let app: FastifyInstance | undefined;
beforeEach(() => {
  dir = makeTempDir();
  writeFixturePlugin(dir, { service: 'dns', stability: 'preview', version: '0.1.0' });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  dir.remove();
});

/** A SQLite file, so the test can change the database behind the server's back. */
function fileConfig(overrides: Partial<SwitchyardConfig> = {}): SwitchyardConfig {
  mkdirSync(path.join(dir.root, 'state'), { recursive: true });
  return testConfig(dir.root, {
    database: { url: 'sqlite:state/switchyard.db' },
    servicePlugins: ['dns'],
    preview: { enabled: ['dns'] },
    ...overrides,
  });
}

describe('GET /healthz and GET /readyz', () => {
  it('answer 200 when the database answers and its migrations are this code\'s', async () => {
    app = await buildApp({ config: fileConfig() });
    const live = await app.inject({ method: 'GET', url: '/healthz' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', plugins: ['dns'] } });
  });

  it('need no token under auth_strategy = "token", while the API still does', async () => {
    app = await buildApp({ config: fileConfig({ authStrategy: 'token', auth: { defaultProject: 'x', tokens: { s3cret: { project: 'p', roles: [] } } } }) });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/v2.0/networks' })).statusCode).toBe(401);
  });

  it('readyz answers 503 while draining, healthz still 200, and every answer asks to close the connection', async () => {
    app = await buildApp({ config: fileConfig() });
    expect((await app.inject({ method: 'GET', url: '/v2.0/networks' })).headers.connection).not.toBe('close');
    markDraining(app);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', reason: 'the server is shutting down' });
    expect(ready.headers.connection).toBe('close');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const served = await app.inject({ method: 'GET', url: '/v2.0/networks' });
    expect(served.statusCode).toBe(200);
    expect(served.headers.connection).toBe('close');
  });

  it('readyz answers 503 naming the migrations once a newer release migrated the database', async () => {
    app = await buildApp({ config: fileConfig() });
    const other = await openDatabase({ url: 'sqlite:state/switchyard.db', baseDir: dir.root });
    try {
      await sql`INSERT INTO switchyard_migrations_dns (name, timestamp) VALUES ('0002_from_the_future', '2030-01-01T00:00:00.000Z')`.execute(
        other.db,
      );
    } finally {
      await other.close();
    }
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'unavailable', reason: 'the database was migrated by a newer release (dns/0002_from_the_future)' });
  });

  it('is left out of the OpenAPI document: it is not part of the Neutron API', async () => {
    app = await buildApp({ config: fileConfig() });
    const document = (await app.inject({ method: 'GET', url: '/v2.0/openapi.json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).not.toContain('/healthz');
    expect(Object.keys(document.paths)).not.toContain('/readyz');
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});
