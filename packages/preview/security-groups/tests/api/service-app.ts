import type { buildApp } from '@switchyard/server';
import { type TestReply, buildTestServer, injectAs } from '@switchyard/server/testing';
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

export type Reply = TestReply;

/** One HTTP call as `caller`, through Fastify's inject (no port). */
export const call = (app: App, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<Reply> =>
  injectAs(app, caller, method, url, payload);
