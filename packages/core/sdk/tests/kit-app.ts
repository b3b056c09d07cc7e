import swagger from '@fastify/swagger';
import BetterSqlite3 from 'better-sqlite3';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type LightMyRequestResponse } from 'fastify';
import { Kysely, SqliteDialect } from 'kysely';
import { SwitchyardError, invalidInput } from '../src/errors.js';
import { type QuotaLimits, installResourceDirectory } from '../src/resource-kit/index.js';

// Test tables are created by each spec; no schema type describes them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface KitAppOptions {
  /** Serve the routes' OpenAPI document at `GET /v2.0/openapi.json`, as the server does. */
  openapi?: boolean;
  /** The host's quotas, which the kit checks on every create. */
  quotas?: QuotaLimits;
}

export const KIT_OPENAPI_PATH = '/v2.0/openapi.json';

/**
 * The least of a Switchyard host a kit test needs: a resource directory, `request.auth` from
 * `X-Project-Id` / `X-Roles`, and NeutronError bodies for every refusal, the framework's own
 * (bad URLs, content types, body limits) included, as the server renders them.
 */
export async function buildKitApp(register: (app: FastifyInstance, db: AnyDb) => Promise<void> | void, options: KitAppOptions = {}): Promise<FastifyInstance> {
  const db: AnyDb = new Kysely({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
  const app = Fastify({
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
    // Bad URLs and over-long path parameters never reach the error handler.
    frameworkErrors: (error, _request, reply) => void (reply as FastifyReply).status(400).send(invalidInput(error.message).toBody()),
  });
  installResourceDirectory(app, { quotas: options.quotas });
  app.decorateRequest('auth', null as never);
  app.addHook('onRequest', async (request) => {
    const roles = String(request.headers['x-roles'] ?? '').split(',');
    request.auth = { projectId: String(request.headers['x-project-id'] ?? 'p1'), roles, isAdmin: roles.includes('admin') };
  });
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const refusal = toSwitchyardError(error);
    return reply.status(refusal.statusCode).send(refusal.toBody());
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(new SwitchyardError('SY_ERR_NOT_FOUND', `The resource could not be found: ${request.method} ${request.url.split('?')[0]}`, { type: 'HTTPNotFound' }).toBody()),
  );
  app.addHook('onClose', async () => db.destroy());
  if (options.openapi) await serveOpenApi(app);
  await register(app, db);
  await app.ready();
  return app;
}

/** The server's mapping: catalog errors as they are, validation and other client errors as 400s, anything else a 500. */
function toSwitchyardError(error: FastifyError): SwitchyardError {
  if (error instanceof SwitchyardError) return error;
  if (error.validation) return invalidInput(`Invalid input for ${error.validationContext ?? 'request'}: ${error.message}`);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return invalidInput(error.message);
  return new SwitchyardError('SY_ERR_INTERNAL', 'Request failed because of an internal error.');
}

async function serveOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, { openapi: { openapi: '3.0.3', info: { title: 'kit test app', version: '2.0' } } });
  app.get(KIT_OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}

export interface Caller {
  project: string;
  admin?: boolean;
}

export function send(app: FastifyInstance, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { 'x-project-id': caller.project, ...(caller.admin ? { 'x-roles': 'admin' } : {}) };
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}
