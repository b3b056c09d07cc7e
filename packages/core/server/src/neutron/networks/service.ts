import { type ResourceService, type StoredRow, conflict, invalidInput, neutronTimestamp, newRow, presentRows, storedColumns } from '@switchyard/sdk';
import type { CoreContext } from '../shared/core-context.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { type Network, type NetworkAttributes, type NetworkChanges, type NetworkCreation, networkResource } from './resource.js';
import { deleteNetwork, hasPorts, insertNetwork, loadSubnetIds, updateNetwork } from './store.js';

/** What the kit calls for networks beyond plain rows. */
export function networkService({ db }: CoreContext): ResourceService<NetworkAttributes> {
  return {
    create: (_operation, input) => createNetwork(db, input),
    update: (_operation, row, changes) => changeNetwork(db, row, changes),
    remove: (_operation, row) => removeNetwork(db, String(row.id)),
    present: (rows) => presentNetworks(db, rows),
  };
}

export async function createNetwork(db: CoreDb, input: NetworkCreation): Promise<string> {
  refuseSharing(input.shared);
  const row = newRow(networkResource, input);
  await insertNetwork(db, row);
  return String(row.id);
}

export async function changeNetwork(db: CoreDb, row: StoredRow, changes: NetworkChanges): Promise<void> {
  refuseSharing(changes.shared);
  await updateNetwork(db, String(row.id), { ...storedColumns(networkResource, changes), updated_at: neutronTimestamp() });
}

/** Refused while ports use it; its subnets go with it. */
export async function removeNetwork(db: CoreDb, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Locked first, so a port being created meanwhile is either stored before the check or refused.
    await lockOrNotFound(trx, 'networks', id);
    if (await hasPorts(trx, id)) {
      throw conflict('NetworkInUse', `Unable to complete operation on network ${id}. There are one or more ports still in use on the network.`);
    }
    await deleteNetwork(trx, id);
  });
}

/** Rows to API networks, loading every row's subnet ids in one query. */
export async function presentNetworks(db: CoreDb, rows: readonly StoredRow[]): Promise<Network[]> {
  const subnets = await loadSubnetIds(
    db,
    rows.map((row) => String(row.id)),
  );
  return presentRows(networkResource, rows, (row) => ({ subnets: subnets.get(String(row.id)) ?? [] }));
}

function refuseSharing(shared: boolean | undefined): void {
  if (shared === true) {
    throw invalidInput("Invalid input for shared: shared networks are not supported; omit 'shared' or set it to false.");
  }
}
