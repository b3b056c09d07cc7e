import type { CoreResources, ResourceDirectory } from '@switchyard/sdk';
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
