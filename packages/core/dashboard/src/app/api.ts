/**
 * The dashboard's only HTTP code: every call to the server goes through `createApi`, so moving
 * to @switchyard/client later changes this file alone. Errors become `ApiError`s whose message
 * is the server's NeutronError message, ready to show.
 */
import type { Session } from './session.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface Api {
  request<T = unknown>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
}

/** Sends the session's credentials the way the server's auth strategy reads them. */
export function authHeaders(session: Session): Record<string, string> {
  if (session.token) return { 'X-Auth-Token': session.token };
  const headers: Record<string, string> = { 'X-Project-Id': session.projectId || 'default' };
  if (session.admin) headers['X-Roles'] = 'admin';
  return headers;
}

export function createApi(session: Session, fetchImpl: typeof fetch = (...args) => fetch(...args)): Api {
  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
      const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(session) };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchImpl(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch (error) {
        throw new ApiError(`The server cannot be reached (${(error as Error).message}); is it running?`, 0);
      }
      const text = await response.text();
      if (!response.ok) throw new ApiError(readableError(response.status, text), response.status);
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
  };
}

/** The NeutronError's message ("Network abc could not be found."), else the status and a short body. */
export function readableError(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { NeutronError?: { message?: unknown }; message?: unknown };
    const message = body.NeutronError?.message ?? body.message;
    if (typeof message === 'string' && message !== '') return message;
  } catch {
    // Not JSON (a proxy's HTML page): fall through to the status line.
  }
  const excerpt = text.trim().slice(0, 120);
  return `The server answered ${status}${excerpt ? `: ${excerpt}` : ''}`;
}
