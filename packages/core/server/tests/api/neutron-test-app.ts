import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { buildApp } from '../../src/index.js';

/**
 * A server on a fresh database; `noauth`, so `X-Project-Id` picks the project. SQLite in memory
 * by default; with SWITCHYARD_TEST_DATABASE_URL=postgres://... each app gets its own Postgres
 * schema (through search_path), dropped when the app closes: the same specs then run on Postgres.
 */
export async function buildTestApp(): Promise<FastifyInstance> {
  const postgresUrl = process.env.SWITCHYARD_TEST_DATABASE_URL;
  if (!postgresUrl) return buildTestAppOn('sqlite::memory:');
  const schema = `neutron_${randomUUID().replaceAll('-', '')}`;
  await onPostgres(postgresUrl, `CREATE SCHEMA ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const app = await buildTestAppOn(url.toString());
  app.addHook('onClose', async () => onPostgres(postgresUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  return app;
}

async function onPostgres(url: string, statement: string): Promise<void> {
  const database = await openDatabase({ url });
  try {
    await sql.raw(statement).execute(database.db);
  } finally {
    await database.close();
  }
}

/** A server on the given database URL (for specs that also open the database themselves). */
export async function buildTestAppOn(url: string): Promise<FastifyInstance> {
  return buildApp({
    config: {
      baseDir: process.cwd(),
      server: { host: '127.0.0.1', port: 0 },
      database: { url },
      authStrategy: 'noauth',
      auth: { defaultProject: 'demo', tokens: {} },
      servicePlugins: [],
      preview: { enabled: [] },
      plugins: {},
    },
  });
}

export interface Caller {
  project: string;
  admin?: boolean;
}

export const projectA: Caller = { project: 'project-a' };
export const projectB: Caller = { project: 'project-b' };
export const admin: Caller = { project: 'admin-project', admin: true };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Sends a JSON request as the given caller. */
export async function call(
  app: FastifyInstance,
  caller: Caller,
  method: Method,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { 'x-project-id': caller.project };
  if (caller.admin) headers['x-roles'] = 'admin';
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

/** Creates a resource and returns its body, failing loudly when creation did not answer 201. */
export async function create<T = Record<string, unknown>>(
  app: FastifyInstance,
  caller: Caller,
  resource: 'network' | 'subnet' | 'port' | 'router',
  attributes: Record<string, unknown>,
): Promise<T & { id: string }> {
  const response = await call(app, caller, 'POST', `/v2.0/${resource}s`, { [resource]: attributes });
  if (response.statusCode !== 201) throw new Error(`creating a ${resource} answered ${response.statusCode}: ${response.body}`);
  return response.json()[resource];
}

export interface NeutronErrorJson {
  NeutronError: { type: string; message: string; code: string };
}

export function neutronError(response: LightMyRequestResponse): NeutronErrorJson['NeutronError'] {
  return (response.json() as NeutronErrorJson).NeutronError;
}
