import type { ClientOptions } from './client-options.js';
import { type SwitchyardClient, defineServiceClient } from './define-service-client.js';
import type { paths } from './generated/api.js';
import { operationStability } from './generated/operation-stability.js';

const createCoreClient = defineServiceClient<paths>({ service: 'switchyard', operations: operationStability });

/**
 * A client of the core API (networks, subnets, ports, routers, discovery), typed from
 * `@switchyard/server`'s committed OpenAPI document. Plugins' operations: their own `./client`
 * export, or `request()`.
 *
 * @example
 * ```ts
 * const client = createSwitchyardClient({ url: 'http://127.0.0.1:9696', project: 'demo' });
 * const { data } = await client.POST('/v2.0/networks', { body: { network: { name: 'net1' } } });
 * ```
 *
 * @public
 */
export function createSwitchyardClient(options: ClientOptions): SwitchyardClient<paths> {
  return createCoreClient(options);
}
