/**
 * Where a client calls and who it acts as, as the server's `auth_strategy` expects: with
 * `"token"`, `{ url, token }` (sent as `X-Auth-Token`; an admin may add `project` to act in
 * another project); with `"noauth"`, `{ url, project }` (sent as `X-Project-Id`), plus
 * `roles: ['admin']` to act as an admin (sent as `X-Roles`).
 *
 * @public
 */
export interface ClientOptions {
  /** The server's address, such as `http://127.0.0.1:9696`. */
  url: string;
  token?: string;
  project?: string;
  /** noauth only: the caller's roles, sent as `X-Roles` (`['admin']` makes it an admin); the token decides them otherwise. */
  roles?: readonly string[];
  /**
   * `false` silences the one-line `PreviewWarning` the first call of a preview operation emits
   * (so does the environment variable `SWITCHYARD_NO_PREVIEW_WARNING=1`). Default `true`.
   */
  previewWarnings?: boolean;
  /** Replaces the global fetch (tests, proxies). */
  fetch?: typeof fetch;
}

/** The headers every call carries: JSON answers, and the caller's credentials. */
export function baseHeaders(options: ClientOptions): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.project !== undefined) headers['x-project-id'] = options.project;
  if (options.token !== undefined) headers['x-auth-token'] = options.token;
  if (options.roles !== undefined && options.roles.length > 0) headers['x-roles'] = options.roles.join(',');
  return headers;
}
