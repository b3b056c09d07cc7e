/**
 * `@switchyard/sdk/alpha`: building blocks that are not stable yet. Everything here is tagged
 * `@alpha` and may change or disappear in any minor release; the compatibility gate does not
 * protect it. Import from `@switchyard/sdk` for the stable contract.
 *
 * @packageDocumentation
 */
export { applyListQuery } from './apply-list-query.js';
// Repeated from the main entry so this entry's declarations are complete on their own.
export type { FilterValue, ListQuery } from './list-query.js';
