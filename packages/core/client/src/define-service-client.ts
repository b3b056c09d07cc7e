import createClient, { type Client } from 'openapi-fetch';
import { type ClientOptions, baseHeaders } from './client-options.js';
import type { OperationStabilities } from './operation-stability.js';
import { switchyardMiddleware } from './switchyard-middleware.js';

/** @public */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/**
 * openapi-fetch's client over `Paths` (`client.GET('/v2.0/networks', {...})` resolves to
 * `{ data, response }`; a failure rejects with a typed error), plus `request` for paths the
 * document does not describe.
 *
 * @public
 */
export type SwitchyardClient<Paths extends object> = Omit<Client<Paths>, 'request'> & {
  /**
   * Calls `path` (with its query string, if any) and resolves to the parsed JSON body, undefined
   * for an empty answer. Rejects like the typed methods.
   */
  request<T = unknown>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
};

/**
 * What a service's client is built from: the service's name (for the preview warning) and each
 * of its operations' stability, generated from its committed OpenAPI document.
 *
 * @public
 */
export interface ServiceClientDefinition {
  service: string;
  operations: OperationStabilities;
}

/**
 * The client factory of one service; a plugin's `./client` export is the result, typed by the
 * `paths` generated from its own OpenAPI document.
 *
 * @public
 */
export function defineServiceClient<Paths extends object>(definition: ServiceClientDefinition): (options: ClientOptions) => SwitchyardClient<Paths> {
  return (options) => {
    const client = createClient<Paths>({ baseUrl: options.url, headers: baseHeaders(options), fetch: options.fetch });
    client.use(switchyardMiddleware(definition, options));
    return { ...client, request: untypedRequest(client) };
  };
}

function untypedRequest<Paths extends object>(client: Client<Paths>): SwitchyardClient<Paths>['request'] {
  // openapi-fetch's own `request` only takes the document's paths; the middleware still applies.
  const untyped = client.request as unknown as (method: string, path: string, init: { body?: unknown }) => Promise<{ data?: unknown }>;
  return async <T>(method: HttpMethod, path: string, body?: unknown) => {
    const { data } = await untyped(method, path, body === undefined ? {} : { body });
    return data as T;
  };
}
