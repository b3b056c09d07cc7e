import type { CliHttpMethod } from '@switchyard/sdk';
import { ServerError, badResponse, unreachableServer } from '../errors.js';
import type { Connection } from '../settings/connection.js';

export type HttpRequest = <T = unknown>(method: CliHttpMethod, path: string, body?: unknown) => Promise<T>;

/**
 * Calls the server as the connection says (noauth: `X-Project-Id`; token: `X-Auth-Token`).
 * Resolves to the parsed JSON body, undefined for an empty answer; every failure is a `CliError`.
 */
export function createHttpClient(connection: Connection, fetchImpl: typeof fetch = fetch): HttpRequest {
  return async <T>(method: CliHttpMethod, path: string, body?: unknown) => {
    const url = `${connection.url}${path}`;
    let response: Response;
    try {
      response = await fetchImpl(url, { method, headers: headersFor(connection, body), body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw unreachableServer(connection.url, error);
    }
    const parsed = await readBody(response, method, path);
    if (!response.ok) throw serverError(response.status, parsed, method, path);
    return parsed as T;
  };
}

function headersFor(connection: Connection, body: unknown): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (connection.project !== undefined) headers['x-project-id'] = connection.project;
  if (connection.token !== undefined) headers['x-auth-token'] = connection.token;
  return headers;
}

async function readBody(response: Response, method: string, path: string): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badResponse(`${method} ${path} answered ${response.status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
}

/** The NeutronError message when there is one, else the status and the request. */
function serverError(status: number, body: unknown, method: string, path: string): ServerError {
  const neutron = (body as { NeutronError?: { type?: unknown; message?: unknown } } | undefined)?.NeutronError;
  const type = typeof neutron?.type === 'string' ? neutron.type : undefined;
  const message = typeof neutron?.message === 'string' ? neutron.message : `${method} ${path} failed with HTTP ${status}`;
  return new ServerError(status, type, message);
}
