import type { FastifyInstance } from 'fastify';

/**
 * Who sends a test request under noauth: a project, and whether it has the admin role.
 *
 * @public
 */
export interface TestCaller {
  project: string;
  admin?: boolean;
}

/**
 * An answer as plugin tests read it: the status, the parsed JSON body (undefined when empty), the headers.
 *
 * @public
 */
export interface TestReply {
  status: number;
  // Tests read whatever shape the API returned.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Record<string, unknown>;
}

/**
 * One HTTP call as `caller` through Fastify's inject (no port), with the noauth headers a client would send.
 *
 * @public
 */
export async function injectAs(app: FastifyInstance, caller: TestCaller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<TestReply> {
  const headers: Record<string, string> = { 'x-project-id': caller.project };
  if (caller.admin) headers['x-roles'] = 'admin';
  const response = await app.inject({ method, url, headers, payload: payload as Record<string, unknown> | undefined });
  return { status: response.statusCode, body: response.body === '' ? undefined : response.json(), headers: response.headers };
}
