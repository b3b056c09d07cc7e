import type { CoreDb } from './tables.js';

/** What every core resource's routes are registered with. */
export interface CoreRouteOptions {
  db: CoreDb;
}

export interface IdParams {
  id: string;
}

export interface ShowQuery {
  fields?: string[];
}
