import type { CoreResources, owningProject } from '@switchyard/sdk';
import type { FirewallConfig } from '../config.js';
import type { FirewallDb } from '../store/tables.js';

/** What the firewall's operations need from the host, typed for the firewall's own tables. */
export interface FirewallServices {
  db: FirewallDb;
  core: CoreResources;
  config: FirewallConfig;
}

/** The Fastify request, named through the SDK so this package needs no direct Fastify import. */
export type ApiRequest = Parameters<typeof owningProject>[0];
