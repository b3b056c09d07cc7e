import BetterSqlite3 from 'better-sqlite3';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { Kysely, SqliteDialect } from 'kysely';
import { SwitchyardError } from '../src/errors.js';
import { installResourceDirectory } from '../src/resource-kit/index.js';

// Test tables are created by each spec; no schema type describes them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/**
 * The least of a Switchyard host a kit test needs: a resource directory, `request.auth` from
 * `X-Project-Id` / `X-Roles`, and NeutronError bodies (the server's real handler does more).
 */
export async function buildKitApp(register: (app: FastifyInstance, db: AnyDb) => Promise<void> | void): Promise<FastifyInstance> {
  const db: AnyDb = new Kysely({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
  const app = Fastify({ ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } } });
  installResourceDirectory(app);
  app.decorateRequest('auth', null as never);
  app.addHook('onRequest', async (request) => {
    const roles = String(request.headers['x-roles'] ?? '').split(',');
    request.auth = { projectId: String(request.headers['x-project-id'] ?? 'p1'), roles, isAdmin: roles.includes('admin') };
  });
  app.setErrorHandler((error: Error & { validation?: unknown; statusCode?: number }, _request, reply) => {
    if (error instanceof SwitchyardError) return reply.status(error.statusCode).send(error.toBody());
    if (error.validation) return reply.status(400).send(new SwitchyardError('SY_ERR_INVALID_INPUT', error.message).toBody());
    return reply.status(500).send({ message: error.message });
  });
  app.addHook('onClose', async () => db.destroy());
  await register(app, db);
  await app.ready();
  return app;
}

export interface Caller {
  project: string;
  admin?: boolean;
}

export function send(app: FastifyInstance, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { 'x-project-id': caller.project, ...(caller.admin ? { 'x-roles': 'admin' } : {}) };
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}
