export * from './stability.js';
export * from './errors.js';
export * from './auth.js';
export * from './list-query.js';
export * from './collection.js';
export * from './service-plugin.js';
export * from './cli-plugin.js';
export { sql } from 'kysely';
export type { Kysely, Migration } from 'kysely';
