import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/index.js';

/** A server on a fresh in-memory database; `noauth`, so `X-Project-Id` picks the project. */
export async function buildTestApp(): Promise<FastifyInstance> {
  return buildApp({
    config: {
      baseDir: process.cwd(),
      server: { host: '127.0.0.1', port: 0 },
      database: { url: 'sqlite::memory:' },
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
