/**
 * The dashboard's only HTTP code: every call to the server goes through `createApi`, on
 * `@switchyard/client` (the same client, derived from the same OpenAPI document, as the CLI's).
 * Panels name plugin paths the core document does not describe, so calls use its `request()`.
 * Errors become `ApiError`s whose message is the server's NeutronError message, ready to show.
 */
import { SwitchyardApiError, SwitchyardConnectionError, SwitchyardResponseError, createSwitchyardClient } from '@switchyard/client';
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

export interface ApiOptions {
  /** The page's address: paths resolve against it ("panels.json" beside the page, "/v2.0/..." at its origin). */
  base: string;
  fetch?: typeof fetch;
}

/** The session's credentials the way the server's auth strategy reads them: the token alone, else the noauth project and role. */
function credentials(session: Session): { token?: string; project?: string; roles?: string[] } {
  if (session.token) return { token: session.token };
  return { project: session.projectId || 'default', roles: session.admin ? ['admin'] : [] };
}

export function createApi(session: Session, options: ApiOptions = { base: document.baseURI }): Api {
  const origin = new URL(options.base).origin;
  // The dashboard draws its own Preview labels from each panel's stability.
  const client = createSwitchyardClient({ url: origin, ...credentials(session), previewWarnings: false, fetch: options.fetch });
  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
      const target = new URL(path, options.base);
      try {
        return await client.request<T>(method, `${target.pathname}${target.search}`, body);
      } catch (error) {
        throw readableError(error);
      }
    },
  };
}

/** The client's typed errors as one line to show: the server's message, else what failed. */
function readableError(error: unknown): ApiError {
  if (error instanceof SwitchyardApiError || error instanceof SwitchyardResponseError) return new ApiError(error.message, error.status);
  if (error instanceof SwitchyardConnectionError) {
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    return new ApiError(`The server cannot be reached (${cause}); is it running?`, 0);
  }
  return new ApiError(error instanceof Error ? error.message : String(error), 0);
}
