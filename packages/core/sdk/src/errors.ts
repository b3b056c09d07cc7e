/**
 * The error catalog: every error a Switchyard API returns has a stable code, an HTTP status
 * and a Neutron error type, so OpenStack clients and scripts can rely on all three.
 * Keep README.md ("Error codes") in step with this table; a test checks it.
 *
 * @public
 */
export const ERROR_CATALOG = {
  SY_ERR_INVALID_INPUT: { statusCode: 400, type: 'InvalidInput', summary: 'The request body, query or path is not valid.' },
  SY_ERR_UNAUTHORIZED: { statusCode: 401, type: 'HTTPUnauthorized', summary: 'No valid token was given.' },
  SY_ERR_FORBIDDEN: { statusCode: 403, type: 'PolicyNotAuthorized', summary: 'The caller may not perform this action.' },
  SY_ERR_NOT_FOUND: { statusCode: 404, type: 'NotFound', summary: 'The resource does not exist or belongs to another project.' },
  SY_ERR_CONFLICT: { statusCode: 409, type: 'Conflict', summary: 'The request conflicts with the current state (in use, already allocated).' },
  SY_ERR_INTERNAL: { statusCode: 500, type: 'InternalServerError', summary: 'An unexpected failure; the server log has details.' },
  SY_ERR_UNAVAILABLE: {
    statusCode: 503,
    type: 'ServiceUnavailable',
    summary: 'The database did not answer in time or could not be reached; retry later.',
  },
} as const;

/** @public */
export type ErrorCode = keyof typeof ERROR_CATALOG;

/** @public */
export interface NeutronErrorBody {
  NeutronError: { type: string; message: string; detail: string; code: ErrorCode };
}

/** @public */
export class SwitchyardError extends Error {
  override name = 'SwitchyardError';
  readonly statusCode: number;
  readonly type: string;
  readonly detail: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { type?: string; detail?: string } = {},
  ) {
    super(message);
    this.statusCode = ERROR_CATALOG[code].statusCode;
    this.type = options.type ?? ERROR_CATALOG[code].type;
    this.detail = options.detail ?? '';
  }

  toBody(): NeutronErrorBody {
    return { NeutronError: { type: this.type, message: this.message, detail: this.detail, code: this.code } };
  }
}

/**
 * `resource` is the singular API name ("network", "firewall_group"); the type follows Neutron ("NetworkNotFound").
 *
 * @public
 */
export function notFound(resource: string, id: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_NOT_FOUND', `${humanize(resource)} ${id} could not be found.`, {
    type: `${pascalCase(resource)}NotFound`,
  });
}

/** @public */
export function invalidInput(message: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_INVALID_INPUT', message);
}

/**
 * `type` names the conflict as Neutron does ("IpAddressAlreadyAllocated", "NetworkInUse").
 *
 * @public
 */
export function conflict(type: string, message: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_CONFLICT', message, { type });
}

/** @public */
export function forbidden(message: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_FORBIDDEN', message);
}

/** @public */
export function unauthorized(message: string): SwitchyardError {
  return new SwitchyardError('SY_ERR_UNAUTHORIZED', message);
}

function humanize(resource: string): string {
  const words = resource.split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function pascalCase(resource: string): string {
  return resource
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
