/**
 * The CLI's error catalog. Every failure a user can cause or meet is one of these; `report-error.ts`
 * turns them into one line on stderr and exit code 1 (codes show with `--debug`).
 *
 * @public
 */
export const CLI_ERROR_CATALOG = {
  SY_CLI_CONFIG: 'The config file is missing, is not valid TOML, or a key the CLI reads has the wrong type.',
  SY_CLI_INPUT: 'A command-line value is not valid (beyond what the option parser checks).',
  SY_CLI_UNREACHABLE: 'No server answered at the URL (refused, unknown host, timeout).',
  SY_CLI_SERVER: 'The server answered with an error status; the message is its NeutronError message.',
  SY_CLI_RESPONSE: 'The server answered with something that is not the JSON the CLI expects.',
} as const;

/** @public */
export type CliErrorCode = keyof typeof CLI_ERROR_CATALOG;

/** @public */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function configError(message: string, cause?: unknown): CliError {
  return new CliError('SY_CLI_CONFIG', message, { cause });
}

export function inputError(message: string): CliError {
  return new CliError('SY_CLI_INPUT', message);
}

export function unreachableServer(url: string, cause: unknown): CliError {
  return new CliError('SY_CLI_UNREACHABLE', `cannot reach the Switchyard server at ${url}: is it running? set --url or SWITCHYARD_URL`, {
    cause,
  });
}

/**
 * A 4xx/5xx answer; `type` is Neutron's error type, such as `NetworkNotFound`.
 *
 * @public
 */
export class ServerError extends CliError {
  override name = 'ServerError';
  constructor(
    readonly status: number,
    readonly type: string | undefined,
    message: string,
  ) {
    super('SY_CLI_SERVER', message);
  }
}

export function badResponse(message: string): CliError {
  return new CliError('SY_CLI_RESPONSE', message);
}
