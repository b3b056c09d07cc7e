import { type StoredRow, rowsForIds, sql, tableStore } from '@switchyard/sdk';
import { groupResource } from '../resources/firewall-group.js';
import type { GroupStatus } from '../domain/group-status.js';
import { type FirewallDb, type GroupTable, listsByKey } from './tables.js';

/** Stores a new group and its bindings; run it in the transaction that checked (and locked) the ports. */
export async function insertGroup(trx: FirewallDb, row: StoredRow, portIds: readonly string[]): Promise<void> {
  await tableStore(trx, groupResource).insert(row);
  await bindPorts(trx, String(row.id), portIds);
}

/** Stores the changed columns of a group locked with `lockGroup`; `portIds`, when given, replaces its bindings. */
export async function updateGroup(trx: FirewallDb, id: string, columns: StoredRow, portIds?: readonly string[]): Promise<void> {
  await tableStore(trx, groupResource).update(id, columns);
  if (portIds) {
    await trx.deleteFrom('firewall_group_ports').where('group_id', '=', id).execute();
    await bindPorts(trx, id, portIds);
  }
}

/**
 * Takes the group's row lock until the transaction ends and returns the row as it is then;
 * undefined when the group is gone. Whatever changes a group's bindings or status takes it before
 * reading them (a no-op update works on both dialects), so a binding change and a port deletion's
 * unbinding never interleave.
 */
export async function lockGroup(trx: FirewallDb, id: string): Promise<GroupTable | undefined> {
  const result = await trx.updateTable('firewall_groups').set({ status: sql<string>`status` }).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return undefined;
  return trx.selectFrom('firewall_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteGroup(trx: FirewallDb, id: string): Promise<void> {
  await tableStore(trx, groupResource).remove(id);
}

export async function portsOfGroup(db: FirewallDb, groupId: string): Promise<string[]> {
  return (await portsOfGroups(db, [groupId])).get(groupId) ?? [];
}

/** Each group's bound ports, in one query. */
export async function portsOfGroups(db: FirewallDb, groupIds: readonly string[]): Promise<Map<string, string[]>> {
  if (groupIds.length === 0) return new Map();
  const rows = await rowsForIds(groupIds, (slice) =>
    db.selectFrom('firewall_group_ports').select(['group_id', 'port_id']).where('group_id', 'in', slice).orderBy('port_id').execute(),
  );
  return listsByKey(rows.map((row) => [row.group_id, row.port_id]));
}

/**
 * Removes the port from whichever group lists it (the primary key allows one), with that group
 * locked first, as binding changes do; returns the group as it is under the lock.
 */
export async function unbindPort(trx: FirewallDb, portId: string): Promise<GroupTable | undefined> {
  const bound = await groupOfPort(trx, portId);
  const group = bound && (await lockGroup(trx, bound.id));
  if (!group) return undefined;
  await trx.deleteFrom('firewall_group_ports').where('port_id', '=', portId).execute();
  return group;
}

export async function setGroupStatus(db: FirewallDb, id: string, status: GroupStatus): Promise<void> {
  await db.updateTable('firewall_groups').set({ status }).where('id', '=', id).execute();
}

/** The group bound to a port, if any. */
export async function groupOfPort(db: FirewallDb, portId: string): Promise<GroupTable | undefined> {
  return db
    .selectFrom('firewall_groups')
    .innerJoin('firewall_group_ports', 'firewall_group_ports.group_id', 'firewall_groups.id')
    .selectAll('firewall_groups')
    .where('firewall_group_ports.port_id', '=', portId)
    .executeTakeFirst();
}

async function bindPorts(db: FirewallDb, groupId: string, portIds: readonly string[]): Promise<void> {
  if (portIds.length === 0) return;
  await db.insertInto('firewall_group_ports').values(portIds.map((portId) => ({ port_id: portId, group_id: groupId }))).execute();
}
