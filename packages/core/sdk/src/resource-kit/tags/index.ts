export { TAG_FILTERS, tagsAttribute } from './declaration.js';
export { createTagTable } from './migration.js';
export { type TaggedResource, registerTags } from './routes.js';
export { loadTags, tagQueryFilters } from './store.js';
