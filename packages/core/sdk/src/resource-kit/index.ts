export { type AttributeDeclaration, type AttributeDeclarations, type CreateInput, type InputSchemaOf, type KeysWhere, type ReferenceDeclaration, type ResourceOf, type UpdateInput, attribute, revisionAttributes, standardAttributes, timestampAttributes } from './attributes.js';
export { type Resource, type ResourceDeclaration, type ResourceReference, defineResource } from './define-resource.js';
export { ResourceDirectory, type ResourceLookup, installResourceDirectory, resourceDirectoryOf } from './directory.js';
export { enumOf } from './enum-of.js';
export { neutronErrorResponses, neutronErrorSchema } from './error-responses.js';
export { type MemberAction, registerMemberAction } from './member-action.js';
export { nullable } from './nullable.js';
export type { ResourceSchemas } from './resource-schemas.js';
export {
  type CheckedCreateInput,
  type QueryFilter,
  type RegisterResourceOptions,
  type ResourceOperation,
  type ResourceService,
  type ResourceVerb,
  neutronTimestamp,
  newRow,
  registerResource,
  touchedColumns,
} from './register-resource.js';
export { type QuotaLimits, overQuota } from './quotas.js';
export { inTransaction } from './transactions.js';
export { rowsForIds } from './rows-for-ids.js';
export { TAG_FILTERS, type TaggedResource, createTagTable, loadTags, registerTags, tagQueryFilters, tagsAttribute } from './tags/index.js';
export { type ResourceStore, type StoredRow, type VisibilityRule, presentRows, projectVisibility, storedColumns, tableStore } from './table-store.js';
// Plugins declare attributes with the SDK's own TypeBox, so schemas and types agree on one copy.
export { type Static, type TSchema, Type } from '@sinclair/typebox';
