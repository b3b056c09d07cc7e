import type { CoreEvents } from '../events/core-events.js';
import type { NetworkExtensions } from '../networks/network-extensions.js';
import type { PortExtensions } from '../ports/port-extensions.js';
import type { CoreDb } from './tables.js';

/** What every core resource's service is built with. */
export interface CoreContext {
  db: CoreDb;
  /** Deletions announce themselves here, inside their transaction. */
  events: CoreEvents;
  /** The plugins' port attributes, stored and shown with the port. */
  portExtensions: PortExtensions;
  /** The plugins' network attributes, stored and shown with the network. */
  networkExtensions: NetworkExtensions;
}
