import { type ServicePluginHooks, presentRows } from '@switchyard/sdk';
import { groupResource } from '../resources/firewall-group.js';
import { groupStatus } from '../domain/group-status.js';
import { portsOfGroup, setGroupStatus, unbindPort } from '../store/groups-store.js';
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
  const row = await unbindPort(db, portId);
  if (!row) return undefined;
  const [group] = presentRows(groupResource, [row]);
  await setGroupStatus(db, group.id, groupStatus({ ...group, ports: await portsOfGroup(db, group.id) }));
  return group.id;
}
