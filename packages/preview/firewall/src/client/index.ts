import { defineServiceClient } from '@switchyard/client';
import type { paths } from './generated/api.js';
import { operationStability } from './generated/operation-stability.js';

export type { components, paths } from './generated/api.js';
export { operationStability } from './generated/operation-stability.js';

/**
 * A typed client of the firewall's API (rules, policies, groups, packet evaluation), from this
 * package's committed OpenAPI document. While the firewall is a preview, its first call emits a
 * `PreviewWarning` (see `@switchyard/client`'s `previewWarnings` option).
 *
 * @example
 * ```ts
 * const firewall = createFirewallClient({ url: 'http://127.0.0.1:9696', project: 'demo' });
 * const { data } = await firewall.GET('/v2.0/fwaas/firewall_rules');
 * ```
 *
 * @beta
 */
export const createFirewallClient = defineServiceClient<paths>({ service: 'firewall', operations: operationStability });
