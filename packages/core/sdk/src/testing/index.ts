/**
 * `@switchyard/sdk/testing`: the conformance suite every service's tests run against their app
 * and declared resources (isolation between projects, hostile input, the OpenAPI contract).
 * Needs vitest (an optional peer dependency of the SDK) in the importing package.
 *
 * @packageDocumentation
 */
export { describeConformance } from './describe-conformance.js';
export { runConformance } from './run-conformance.js';
export type {
  ConformanceCaller,
  ConformanceCallerName,
  ConformanceClient,
  ConformanceFixture,
  ConformanceOptions,
  ConformanceRequest,
  ConformanceResponse,
} from './options.js';
export type { ConformanceCheck, ConformanceFinding, ConformanceReport } from './report.js';
// Repeated from the main entry so this entry's declarations are complete on their own.
export type { Resource, ResourceDeclaration, ResourceReference } from '../resource-kit/define-resource.js';
export type { AttributeDeclaration, AttributeDeclarations, ReferenceDeclaration } from '../resource-kit/attributes.js';
export type { ResourceSchemas } from '../resource-kit/resource-schemas.js';
export type { AttributeType, CollectionAttribute, CollectionSpec } from '../list-query.js';
export type { ApiResource, JsonSchema, ResourceQuota } from '../service-plugin.js';
