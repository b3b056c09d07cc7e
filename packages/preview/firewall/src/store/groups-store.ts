import { sql } from '@switchyard/sdk';
import type { GroupStatus } from '../domain/group-status.js';
import { type FirewallDb, type GroupTable, flag, isSet } from './tables.js';

/** A firewall group as the API shows it. */
export interface FirewallGroup {
  id: string;
  name: string;
  description: string;
  project_id: string;
  tenant_id: string;
  ingress_firewall_policy_id: string | null;
  egress_firewall_policy_id: string | null;
  admin_state_up: boolean;
  status: GroupStatus;
  /** The router interface ports this group is enforced on, and nowhere else. */
  ports: string[];
}

export type GroupRecord = Omit<FirewallGroup, 'tenant_id' | 'ports'>;

export async function findGroupRow(db: FirewallDb, id: string): Promise<GroupTable | undefined> {
  return db.selectFrom('firewall_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a new group and its bindings; run it in the transaction that checked (and locked) the ports. */
export async function insertGroup(trx: FirewallDb, group: GroupRecord, portIds: readonly string[]): Promise<void> {
  await trx.insertInto('firewall_groups').values({ ...group, admin_state_up: flag(group.admin_state_up) }).execute();
  await bindPorts(trx, group.id, portIds);
}

/** Updates a group locked with `lockGroup`; `portIds`, when given, replaces its bindings. */
export async function updateGroup(trx: FirewallDb, group: GroupRecord, portIds?: readonly string[]): Promise<void> {
  const { id, ...fields } = group;
  await trx.updateTable('firewall_groups').set({ ...fields, admin_state_up: flag(fields.admin_state_up) }).where('id', '=', id).execute();
  if (portIds) {
    await trx.deleteFrom('firewall_group_ports').where('group_id', '=', id).execute();
    await bindPorts(trx, id, portIds);
  }
}

/**
 * Takes the group's row lock until the transaction ends; false when the group is gone. Whatever
 * changes a group's bindings or status takes it before reading them (a no-op update works on
 * both dialects), so a binding change and a port deletion's unbinding never interleave.
 */
export async function lockGroup(trx: FirewallDb, id: string): Promise<boolean> {
  const result = await trx.updateTable('firewall_groups').set({ status: sql<string>`status` }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteGroup(db: FirewallDb, id: string): Promise<void> {
  await db.deleteFrom('firewall_groups').where('id', '=', id).execute();
}

export async function portsOfGroup(db: FirewallDb, groupId: string): Promise<string[]> {
  const rows = await db.selectFrom('firewall_group_ports').select('port_id').where('group_id', '=', groupId).orderBy('port_id').execute();
  return rows.map((row) => row.port_id);
}

/**
 * Removes the port from whichever group lists it (the primary key allows one), with that group
 * locked first, as binding changes do; returns the group.
 */
export async function unbindPort(trx: FirewallDb, portId: string): Promise<GroupTable | undefined> {
  const group = await groupOfPort(trx, portId);
  if (!group || !(await lockGroup(trx, group.id))) return undefined;
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

export function toGroupRecord(row: GroupTable): GroupRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    ingress_firewall_policy_id: row.ingress_firewall_policy_id,
    egress_firewall_policy_id: row.egress_firewall_policy_id,
    admin_state_up: isSet(row.admin_state_up),
    status: row.status as GroupStatus,
  };
}

export async function presentGroups(db: FirewallDb, rows: readonly GroupTable[]): Promise<FirewallGroup[]> {
  const ids = rows.map((row) => row.id);
  const links =
    ids.length === 0
      ? []
      : await db.selectFrom('firewall_group_ports').select(['group_id', 'port_id']).where('group_id', 'in', ids).orderBy('port_id').execute();
  return rows.map((row) => ({
    ...toGroupRecord(row),
    tenant_id: row.project_id,
    ports: links.filter((link) => link.group_id === row.id).map((link) => link.port_id),
  }));
}

async function bindPorts(db: FirewallDb, groupId: string, portIds: readonly string[]): Promise<void> {
  if (portIds.length === 0) return;
  await db.insertInto('firewall_group_ports').values(portIds.map((portId) => ({ port_id: portId, group_id: groupId }))).execute();
}
