import { defineServiceClient } from '@switchyard/client';
import type { paths } from './generated/api.js';
import { operationStability } from './generated/operation-stability.js';

export type { components, paths } from './generated/api.js';
export { operationStability } from './generated/operation-stability.js';

/**
 * A typed client of the security groups API (groups and their rules), from this
 * package's committed OpenAPI document. While security-groups is a preview, its first call emits a
 * `PreviewWarning` (see `@switchyard/client`'s `previewWarnings` option).
 *
 * @example
 * ```ts
 * const securityGroups = createSecurityGroupsClient({ url: 'http://127.0.0.1:9696', project: 'demo' });
 * const { data } = await securityGroups.GET('/v2.0/security-groups');
 * ```
 *
 * @beta
 */
export const createSecurityGroupsClient = defineServiceClient<paths>({ service: 'security-groups', operations: operationStability });
