import type { buildApp } from '@switchyard/server';
import { buildTestServer } from '@switchyard/server/testing';
import plugin from '../../src/index.js';

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface Caller {
  project: string;
  admin?: boolean;
}

export const alice: Caller = { project: 'project-alice' };
export const bob: Caller = { project: 'project-bob' };
export const admin: Caller = { project: 'project-admin', admin: true };

/**
 * A whole server in memory (or on PostgreSQL under `npm run test:postgres`), with this package
 * handed in as the `security-groups` plugin, opted in as its stability requires.
 */
export async function buildServiceApp(): Promise<App> {
  return buildTestServer({ plugins: [{ plugin, packageJsonUrl: new URL('../../package.json', import.meta.url) }] });
}

export interface Reply {
  status: number;
  // Tests read whatever shape the API returned.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Record<string, unknown>;
}

/** One HTTP call as `caller`, through Fastify's inject (no port). */
export async function call(app: App, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<Reply> {
  const headers: Record<string, string> = { 'x-project-id': caller.project };
  if (caller.admin) headers['x-roles'] = 'admin';
  const response = await app.inject({ method, url, headers, payload: payload as Record<string, unknown> | undefined });
  return { status: response.statusCode, body: response.body === '' ? undefined : response.json(), headers: response.headers };
}
