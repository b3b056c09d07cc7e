import { isForeignKeyViolation, notFound, rowsForIds } from '@switchyard/sdk';
import type { SecurityGroupDb } from './tables.js';

/** Each port's groups, sorted, for the ports asked; a port in none has no entry. */
export async function groupsOfPorts(db: SecurityGroupDb, portIds: readonly string[]): Promise<Map<string, string[]>> {
  const groups = new Map<string, string[]>();
  if (portIds.length === 0) return groups;
  const rows = await rowsForIds(portIds, (slice) =>
    db.selectFrom('security_group_port_bindings').select(['port_id', 'security_group_id']).where('port_id', 'in', slice).orderBy('port_id').orderBy('security_group_id').execute(),
  );
  for (const row of rows) groups.set(row.port_id, [...(groups.get(row.port_id) ?? []), row.security_group_id]);
  return groups;
}

/** Puts the port in the groups; a group deleted meanwhile (the foreign key says so) is a 404. */
export async function bindPort(db: SecurityGroupDb, portId: string, groupIds: readonly string[]): Promise<void> {
  if (groupIds.length === 0) return;
  try {
    await db
      .insertInto('security_group_port_bindings')
      .values(groupIds.map((groupId) => ({ port_id: portId, security_group_id: groupId })))
      .execute();
  } catch (error) {
    if (isForeignKeyViolation(error)) throw notFound('security_group', groupIds.join(', '));
    throw error;
  }
}

export async function unbindPort(db: SecurityGroupDb, portId: string): Promise<void> {
  await db.deleteFrom('security_group_port_bindings').where('port_id', '=', portId).execute();
}

/** The ids of the ports in the group, at most `limit` of them (enough to name them in an error). */
export async function portsInGroup(db: SecurityGroupDb, groupId: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('security_group_port_bindings').select('port_id').where('security_group_id', '=', groupId).orderBy('port_id').limit(limit).execute();
  return rows.map((row) => row.port_id);
}

/** The ports in any of the groups, as a subquery a port list narrows to (`?security_groups=<id>`). */
export function portsInGroupsQuery(db: SecurityGroupDb, groupIds: readonly string[]) {
  return db.selectFrom('security_group_port_bindings').select('port_id').where('security_group_id', 'in', groupIds);
}

/** Each port's port_security_enabled as stored; a port without a row has no entry. */
export async function portSecurityOf(db: SecurityGroupDb, portIds: readonly string[]): Promise<Map<string, boolean>> {
  if (portIds.length === 0) return new Map();
  const rows = await rowsForIds(portIds, (slice) => db.selectFrom('port_security').select(['port_id', 'port_security_enabled']).where('port_id', 'in', slice).execute());
  return new Map(rows.map((row) => [row.port_id, Boolean(row.port_security_enabled)]));
}

export async function setPortSecurity(db: SecurityGroupDb, portId: string, enabled: boolean): Promise<void> {
  const flag = enabled ? 1 : 0;
  await db
    .insertInto('port_security')
    .values({ port_id: portId, port_security_enabled: flag })
    .onConflict((conflict) => conflict.column('port_id').doUpdateSet({ port_security_enabled: flag }))
    .execute();
}

export async function forgetPortSecurity(db: SecurityGroupDb, portId: string): Promise<void> {
  await db.deleteFrom('port_security').where('port_id', '=', portId).execute();
}

/** Every port in the group: who would lose the group when a policy goes. */
export async function allPortsInGroup(db: SecurityGroupDb, groupId: string): Promise<string[]> {
  const rows = await db.selectFrom('security_group_port_bindings').select('port_id').where('security_group_id', '=', groupId).execute();
  return rows.map((row) => row.port_id);
}
