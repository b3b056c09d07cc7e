import type { CoreResources, ResourceDirectory, ResourceOperation } from '@switchyard/sdk';
import type { FirewallConfig } from '../config.js';
import type { FirewallDb } from '../store/tables.js';

/** What the firewall's operations need from the host, typed for the firewall's own tables. */
export interface FirewallServices {
  db: FirewallDb;
  core: CoreResources;
  config: FirewallConfig;
  /** Every resource the server serves, for what the caller may see (ports to evaluate). */
  directory: ResourceDirectory;
}

/**
 * The services on the operation's database: a bulk create runs every item in one transaction,
 * which each item's reads and writes must join (SQLite has one connection; a second waits forever).
 */
export function onDatabaseOf(services: FirewallServices, db: ResourceOperation['db']): FirewallServices {
  return db === services.db ? services : { ...services, db };
}
