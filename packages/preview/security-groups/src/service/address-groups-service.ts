import { type ResourceOperation, type ResourceService, type StoredRow, inTransaction, isForeignKeyViolation, newRow, notFound, presentRows, tableStore } from '@switchyard/sdk';
import { checkCreatedAddresses, normalizeAddresses } from '../domain/address-group-addresses.js';
import { addressGroupInUse, addressesAlreadyExist, addressesNotFound } from '../errors.js';
import { type AddressGroup, type AddressGroupAttributes, type AddressGroupCreation, type AddressesBody, addressGroupResource } from '../resources/address-group.js';
import { addressesInGroup, addressesOfGroups, deleteAddresses, insertAddresses, rulesNamingAddressGroup, touchAddressGroup } from '../store/address-groups-store.js';
import type { SecurityGroupDb } from '../store/tables.js';

/** What the kit calls for address groups beyond plain rows; name and description updates are the kit's own. */
export function addressGroupService(): ResourceService<AddressGroupAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createAddressGroup(operation, input),
    remove: (operation, row) => removeAddressGroup(operation.db as SecurityGroupDb, String(row.id)),
    present: (rows, db) => presentAddressGroups(db as SecurityGroupDb, rows),
  };
}

async function createAddressGroup(operation: ResourceOperation, input: AddressGroupCreation): Promise<string> {
  const addresses = checkCreatedAddresses(input.addresses);
  const row = newRow(addressGroupResource, input);
  await inTransaction(operation.db as SecurityGroupDb, async (trx) => {
    await tableStore(trx, addressGroupResource).insert(row);
    await insertAddresses(trx, String(row.id), addresses);
  });
  return String(row.id);
}

/**
 * Neutron's add_addresses: every address new to the group (400 AddressesAlreadyExist naming the
 * others, also when a concurrent request added one first), then the group as it is now.
 */
export async function addAddresses(operation: ResourceOperation, row: StoredRow, body: AddressesBody): Promise<{ address_group: AddressGroup }> {
  const id = String(row.id);
  const addresses = normalizeAddresses(body.addresses);
  return inTransaction(operation.db as SecurityGroupDb, async (trx) => {
    const present = await addressesInGroup(trx, id, addresses);
    if (present.length > 0) throw addressesAlreadyExist(id, present);
    if (!(await insertAddresses(trx, id, addresses))) throw addressesAlreadyExist(id, addresses);
    if (addresses.length > 0) await touchAddressGroup(trx, id);
    return { address_group: await showAddressGroup(trx, id) };
  });
}

/** Neutron's remove_addresses: every address one the group has (404 AddressesNotFound naming the others). */
export async function removeAddresses(operation: ResourceOperation, row: StoredRow, body: AddressesBody): Promise<{ address_group: AddressGroup }> {
  const id = String(row.id);
  const addresses = normalizeAddresses(body.addresses);
  return inTransaction(operation.db as SecurityGroupDb, async (trx) => {
    const present = new Set(await addressesInGroup(trx, id, addresses));
    const missing = addresses.filter((address) => !present.has(address));
    if (missing.length > 0) throw addressesNotFound(id, missing);
    // A concurrent remove may have taken some meanwhile: they are not the group's any more.
    if (addresses.length > 0) {
      if ((await deleteAddresses(trx, id, addresses)) < addresses.length) throw addressesNotFound(id, addresses);
      await touchAddressGroup(trx, id);
    }
    return { address_group: await showAddressGroup(trx, id) };
  });
}

/**
 * As in Neutron, a group that security group rules name is not deleted (409 naming some of them).
 * Its addresses go with it; the foreign key keeps a group a rule was created with meanwhile.
 */
async function removeAddressGroup(db: SecurityGroupDb, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rules = await rulesNamingAddressGroup(trx, id, RULES_NAMED_IN_USE);
    if (rules.length > 0) throw addressGroupInUse(id, rules);
    try {
      await tableStore(trx, addressGroupResource).remove(id);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw addressGroupInUse(id, []);
      throw error;
    }
  });
}

/** How many of the rules naming a group an AddressGroupInUse error names. */
const RULES_NAMED_IN_USE = 5;

async function showAddressGroup(db: SecurityGroupDb, id: string): Promise<AddressGroup> {
  const row = await tableStore(db, addressGroupResource).find(id);
  // Deleted by a concurrent request after the kit found it.
  if (row === undefined) throw notFound('address_group', id);
  const [shown] = await presentAddressGroups(db, [row]);
  return shown;
}

/** Rows to API resources, loading every group's addresses in one query. */
export async function presentAddressGroups(db: SecurityGroupDb, rows: readonly StoredRow[]): Promise<AddressGroup[]> {
  const addresses = await addressesOfGroups(
    db,
    rows.map((row) => String(row.id)),
  );
  return presentRows(addressGroupResource, rows, (row) => ({ addresses: addresses.get(String(row.id)) ?? [] }));
}
