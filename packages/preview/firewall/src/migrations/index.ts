import type { Migration } from '@switchyard/sdk';
import { createFirewallTables } from './0001-create-firewall-tables.js';
import { addSharingAndRemoteGroups } from './0002-add-sharing-and-remote-groups.js';

/** Applied in name order; a released name never changes. */
export const firewallMigrations: Record<string, Migration> = {
  '0001-create-firewall-tables': createFirewallTables,
  '0002-add-sharing-and-remote-groups': addSharingAndRemoteGroups,
};
