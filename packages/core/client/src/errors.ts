/**
 * The server answered with an error status. `type` and `message` come from its NeutronError body
 * (`{"NeutronError": {"type": "NetworkNotFound", "message": "...", "detail": ""}}`); without one
 * the message names the request and the status.
 *
 * @public
 */
export class SwitchyardApiError extends Error {
  override name = 'SwitchyardApiError';
  constructor(
    readonly status: number,
    /** Neutron's error type, such as `NetworkNotFound`; undefined when the body had none. */
    readonly type: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * No server answered at the client's URL (refused, unknown host, timeout); `cause` is fetch's error.
 *
 * @public
 */
export class SwitchyardConnectionError extends Error {
  override name = 'SwitchyardConnectionError';
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`cannot reach the Switchyard server at ${url}: is it running?`, options);
  }
}

/**
 * The server answered with a body that is not JSON (a proxy's error page, for example).
 *
 * @public
 */
export class SwitchyardResponseError extends Error {
  override name = 'SwitchyardResponseError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The NeutronError's type and message when the body has one, else the request and the status. */
export function apiErrorFrom(status: number, body: unknown, request: string): SwitchyardApiError {
  const neutron = (body as { NeutronError?: { type?: unknown; message?: unknown } } | undefined)?.NeutronError;
  const type = typeof neutron?.type === 'string' ? neutron.type : undefined;
  const message = typeof neutron?.message === 'string' ? neutron.message : `${request} failed with HTTP ${status}`;
  return new SwitchyardApiError(status, type, message);
}
