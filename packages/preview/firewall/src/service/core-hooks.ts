import type { ServicePluginHooks } from '@switchyard/sdk';
import { groupStatus } from '../domain/group-status.js';
import { portsOfGroup, setGroupStatus, toGroupRecord, unbindPort } from '../store/groups-store.js';
import type { FirewallDb } from '../store/tables.js';

/**
 * The firewall's answers to core events. They run inside the core's transaction (`context.db`),
 * so a port is never gone while a group still lists it, nor unbound while it still exists.
 */
export const firewallHooks: ServicePluginHooks = {
  async portDeleted(event, context) {
    const groupId = await forgetDeletedPort(context.db as FirewallDb, event.port.id);
    if (groupId) context.logger.info({ port_id: event.port.id, firewall_group_id: groupId }, 'deleted port unbound from its firewall group');
  },
};

/**
 * Unbinds a deleted port from the group that listed it, so neither GET nor evaluation sees it again,
 * and lets the group's status follow: a group left without ports is INACTIVE (and deletable).
 * Returns the group's id, or undefined when no group listed the port.
 */
export async function forgetDeletedPort(db: FirewallDb, portId: string): Promise<string | undefined> {
  const group = await unbindPort(db, portId);
  if (!group) return undefined;
  const ports = await portsOfGroup(db, group.id);
  await setGroupStatus(db, group.id, groupStatus({ ...toGroupRecord(group), ports }));
  return group.id;
}
