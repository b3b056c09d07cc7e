import type { Middleware } from 'openapi-fetch';
import type { ClientOptions } from './client-options.js';
import { SwitchyardConnectionError, SwitchyardResponseError, apiErrorFrom } from './errors.js';
import { type OperationStabilities, stabilityOf } from './operation-stability.js';
import { warnPreviewOnce } from './preview-warning.js';

export interface ServiceDescription {
  service: string;
  operations: OperationStabilities;
}

/**
 * What every call of a Switchyard client goes through, typed or not: the preview warning before
 * it, typed errors after it, so callers get `data` or an exception, never an error to unpack.
 */
export function switchyardMiddleware(description: ServiceDescription, options: ClientOptions): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (stabilityOf(description.operations, request.method, schemaPath) !== 'preview') return undefined;
      warnPreviewOnce(description.service, `${request.method} ${schemaPath}`, options.previewWarnings !== false);
      return undefined;
    },
    onResponse({ request, response, schemaPath }) {
      return checkedResponse(response, `${request.method} ${schemaPath}`);
    },
    onError({ error }) {
      return new SwitchyardConnectionError(options.url, { cause: error });
    },
  };
}

/** Throws the typed error of a failed call; else a copy of the answer whose body is known to be JSON. */
async function checkedResponse(response: Response, request: string): Promise<Response> {
  const text = await response.text();
  const body = parseJson(text, response.status, request);
  if (!response.ok) throw apiErrorFrom(response.status, body, request);
  return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function parseJson(text: string, status: number, request: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SwitchyardResponseError(status, `${request} answered ${status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
  }
}
