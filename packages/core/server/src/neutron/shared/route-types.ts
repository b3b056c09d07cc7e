import type { CoreDb } from './tables.js';

/** What every core resource's routes are registered with. */
export interface CoreRouteOptions {
  db: CoreDb;
}
