import { isUniqueViolation, rowsForIds, touchedColumns } from '@switchyard/sdk';
import { addressGroupResource } from '../resources/address-group.js';
import type { SecurityGroupDb } from './tables.js';

/** The addresses of these groups, by group id, sorted (as Neutron's primary key orders them). */
export async function addressesOfGroups(db: SecurityGroupDb, groupIds: readonly string[]): Promise<Map<string, string[]>> {
  const addresses = new Map<string, string[]>();
  if (groupIds.length === 0) return addresses;
  const rows = await rowsForIds(groupIds, (slice) =>
    db.selectFrom('address_group_addresses').select(['address_group_id', 'address']).where('address_group_id', 'in', slice).orderBy('address').execute(),
  );
  for (const row of rows) addresses.set(row.address_group_id, [...(addresses.get(row.address_group_id) ?? []), row.address]);
  return addresses;
}

/** Of these addresses, the ones the group has. */
export async function addressesInGroup(db: SecurityGroupDb, groupId: string, addresses: readonly string[]): Promise<string[]> {
  const rows = await rowsForIds(addresses, (slice) =>
    db.selectFrom('address_group_addresses').select('address').where('address_group_id', '=', groupId).where('address', 'in', slice).execute(),
  );
  return rows.map((row) => row.address);
}

/** Adds them; false when a concurrent request added one of them first (the primary key refused it). */
export async function insertAddresses(db: SecurityGroupDb, groupId: string, addresses: readonly string[]): Promise<boolean> {
  try {
    await inSlices(addresses, async (slice) => {
      await db
        .insertInto('address_group_addresses')
        .values(slice.map((address) => ({ address_group_id: groupId, address })))
        .execute();
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Removes them; returns how many the group had. */
export async function deleteAddresses(db: SecurityGroupDb, groupId: string, addresses: readonly string[]): Promise<number> {
  let deleted = 0;
  await inSlices(addresses, async (slice) => {
    const result = await db.deleteFrom('address_group_addresses').where('address_group_id', '=', groupId).where('address', 'in', slice).executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  });
  return deleted;
}

/** Changed addresses change the group, as Neutron's revises_on_change does: a new revision, a new updated_at. */
export async function touchAddressGroup(db: SecurityGroupDb, groupId: string): Promise<void> {
  await db.updateTable('address_groups').set(touchedColumns(addressGroupResource) as never).where('id', '=', groupId).execute();
}

/** The ids of the rules naming the group as remote end, of any project, at most `limit` (enough to name them in an error). */
export async function rulesNamingAddressGroup(db: SecurityGroupDb, groupId: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('security_group_rules').select('id').where('remote_address_group_id', '=', groupId).orderBy('id').limit(limit).execute();
  return rows.map((row) => row.id);
}

/** Runs `work` on slices of `values` as rowsForIds cuts them: a group of any size stays within one statement's parameter limit. */
async function inSlices(values: readonly string[], work: (slice: readonly string[]) => Promise<void>): Promise<void> {
  await rowsForIds(values, async (slice) => {
    await work(slice);
    return [];
  });
}
