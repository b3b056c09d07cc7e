import type { Migration } from '@switchyard/sdk';
import { createFirewallTables } from './0001-create-firewall-tables.js';

/** Applied in name order; a released name never changes. */
export const firewallMigrations: Record<string, Migration> = {
  '0001-create-firewall-tables': createFirewallTables,
};
