import type { CoreEvents } from '../events/core-events.js';
import type { CoreDb } from './tables.js';

/** What every core resource's routes are registered with. */
export interface CoreRouteOptions {
  db: CoreDb;
  /** Deletions announce themselves here, inside their transaction. */
  events: CoreEvents;
}
