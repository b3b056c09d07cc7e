import { SwitchyardApiError, SwitchyardConnectionError, SwitchyardResponseError } from '@switchyard/client';
import { ServerError, badResponse, unreachableServer } from './errors.js';

/** The client's typed errors as the CLI's catalog names them (`report-error.ts` prints them). */
export function toCliError(error: unknown): unknown {
  if (error instanceof SwitchyardApiError) return new ServerError(error.status, error.type, error.message);
  if (error instanceof SwitchyardResponseError) return badResponse(error.message);
  if (error instanceof SwitchyardConnectionError) return unreachableServer(error.url, error.cause);
  return error;
}
