import {
  type RequestAuth,
  type ResourceOperation,
  type ResourceService,
  type StoredRow,
  inTransaction,
  isForeignKeyViolation,
  loadTags,
  presentRows,
  storedColumns,
  tableStore,
  touchedColumns,
} from '@switchyard/sdk';
import { cannotRemoveDefault, cannotRenameDefault, defaultNameTaken, groupInUse } from '../errors.js';
import { GROUP_TAG_TABLE, type GroupAttributes, type GroupChanges, type GroupCreation, type SecurityGroup, groupResource } from '../resources/security-group.js';
import { defaultGroupsAmong, isDefaultGroup } from '../store/default-groups-store.js';
import { groupsSharedWith } from '../store/rbac-store.js';
import { rulesOfGroups } from '../store/rules-store.js';
import { portsInGroup } from '../store/port-bindings-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { portsSeenBy } from './port-lookup.js';
import { presentRules } from './rules-service.js';
import { refuseSharedChange } from './shared-groups.js';
import { newGroupRow } from './new-group-row.js';

export const DEFAULT_GROUP_NAME = 'default';

/** What the kit calls for security groups beyond plain rows. */
export function groupService(): ResourceService<GroupAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createGroup(operation, input),
    update: (operation, row, changes) => changeGroup(operation, row, changes),
    remove: (operation, row) => removeGroup(operation, row),
    present: (rows, db, auth) => presentGroups(db as SecurityGroupDb, rows, auth),
  };
}

async function createGroup(operation: ResourceOperation, input: GroupCreation): Promise<string> {
  refuseDefaultName(input.name);
  const row = newGroupRow(input);
  await operation.store.insert(row);
  return String(row.id);
}

/** Neutron's name_not_default and update_security_group: nobody takes the name, the default group keeps it. */
async function changeGroup(operation: ResourceOperation, row: StoredRow, changes: GroupChanges): Promise<void> {
  refuseSharedChange(operation.auth, row, 'update');
  refuseDefaultName(changes.name);
  if (changes.name !== undefined && changes.name !== row.name && (await isDefaultGroup(operation.db as SecurityGroupDb, String(row.id)))) {
    throw cannotRenameDefault();
  }
  await operation.store.update(String(row.id), { ...storedColumns(groupResource, changes), ...touchedColumns(groupResource) });
}

/**
 * As in Neutron, a group that ports are in cannot be deleted (409 naming some of them), and only
 * an admin deletes a default group (the project's next request makes a new one). The group's
 * rules, and the rules of other groups naming it as remote group, go with it (the foreign keys
 * cascade).
 */
async function removeGroup(operation: ResourceOperation, row: StoredRow): Promise<void> {
  refuseSharedChange(operation.auth, row, 'delete');
  const id = String(row.id);
  const portsInUse = await inTransaction(operation.db as SecurityGroupDb, async (trx) => {
    if (!operation.auth.isAdmin && (await isDefaultGroup(trx, id))) throw cannotRemoveDefault();
    const ports = await portsInGroup(trx, id, PORTS_NAMED_IN_USE);
    if (ports.length > 0) return ports;
    try {
      await tableStore(trx, groupResource).remove(id);
    } catch (error) {
      // A port joined the group after the check (its transaction held the row).
      if (isForeignKeyViolation(error)) throw groupInUse(id, []);
      throw error;
    }
    return [];
  });
  // Named after the transaction (the port lookup uses another handle): only the ports the caller
  // sees, since a shared group may hold other projects' ports.
  if (portsInUse.length > 0) throw groupInUse(id, (await portsSeenBy(operation, operation.auth, portsInUse)).map((port) => port.id));
}

/** How many of a group's ports a SecurityGroupInUse error names. */
const PORTS_NAMED_IN_USE = 5;

function refuseDefaultName(name: string | undefined): void {
  if (name !== undefined && name.toLowerCase() === DEFAULT_GROUP_NAME) throw defaultNameTaken();
}

/** Rows to API resources, loading every group's rules, tags, default flags and sharing in one query each. */
async function presentGroups(db: SecurityGroupDb, rows: readonly StoredRow[], auth: RequestAuth | undefined): Promise<SecurityGroup[]> {
  const ids = rows.map((row) => String(row.id));
  const [rules, tags, defaults, shared] = await Promise.all([
    rulesOfGroups(db, ids),
    loadTags(db, GROUP_TAG_TABLE, ids),
    defaultGroupsAmong(db, ids),
    auth === undefined ? new Set<string>() : groupsSharedWith(db, auth.projectId, ids),
  ]);
  return presentRows(groupResource, rows, (row) => {
    const id = String(row.id);
    return { security_group_rules: presentRules(rules.get(id) ?? [], defaults), tags: tags.get(id) ?? [], shared: shared.has(id) };
  });
}

