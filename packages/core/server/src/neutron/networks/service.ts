import {
  type RequestAuth,
  type ResourceService,
  type StoredRow,
  conflict,
  forbidden,
  inTransaction,
  invalidInput,
  loadTags,
  newRow,
  presentRows,
  storedColumns,
  touchedColumns,
} from '@switchyard/sdk';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { MTU_RANGE, type Network, type NetworkAttributes, type NetworkChanges, type NetworkCreation, networkResource } from './resource.js';
import { deleteNetwork, hasPorts, insertNetwork, loadSubnetIds, updateNetwork } from './store.js';

/**
 * What the kit calls for networks beyond plain rows. Each function works on the operation's
 * database, which is a transaction when a bulk create runs every item in one.
 */
export function networkService(): ResourceService<NetworkAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createNetwork(operation.db, operation.auth, input),
    update: (operation, row, changes) => changeNetwork(operation.db, operation.auth, row, changes),
    remove: (operation, row) => removeNetwork(operation.db, operation.auth, row),
    present: (rows, db) => presentNetworks(db, rows),
  };
}

/** Attributes Neutron's default policy lets only admins set ("create_network:shared": "rule:admin_only"). */
const ADMIN_ONLY = ['shared', 'router:external'] as const;

export async function createNetwork(db: CoreDb, auth: RequestAuth, input: NetworkCreation): Promise<string> {
  refuseAdminOnly(auth, (attribute) => input[attribute] === true);
  const row = newRow(networkResource, { ...input, mtu: mtuOf(input.mtu) });
  await insertNetwork(db, row);
  return String(row.id);
}

export async function changeNetwork(db: CoreDb, auth: RequestAuth, row: StoredRow, changes: NetworkChanges): Promise<void> {
  refuseForeignChange(auth, row, 'update');
  refuseAdminOnly(auth, (attribute) => changes[attribute] !== undefined);
  const mtu = changes.mtu === undefined ? {} : { mtu: mtuOf(changes.mtu) };
  await updateNetwork(db, String(row.id), { ...storedColumns(networkResource, changes), ...mtu, ...touchedColumns(networkResource) });
}

/** Refused while ports use it, whoever owns them; its subnets go with it. */
export async function removeNetwork(db: CoreDb, auth: RequestAuth, row: StoredRow): Promise<void> {
  refuseForeignChange(auth, row, 'delete');
  const id = String(row.id);
  await inTransaction(db, async (trx) => {
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
  const ids = rows.map((row) => String(row.id));
  const [subnets, tags] = await Promise.all([loadSubnetIds(db, ids), loadTags(db, 'network_tags', ids)]);
  return presentRows(networkResource, rows, (row) => ({ subnets: subnets.get(String(row.id)) ?? [], tags: tags.get(String(row.id)) ?? [] }));
}

/** The MTU as an integer in range: clients may send it as digits. */
export function mtuOf(value: unknown): number {
  const mtu = typeof value === 'number' ? value : typeof value === 'string' && /^[0-9]{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(mtu) || mtu < MTU_RANGE.minimum || mtu > MTU_RANGE.maximum) {
    throw invalidInput(`Invalid input for mtu: ${JSON.stringify(value)} is not an integer from ${MTU_RANGE.minimum} to ${MTU_RANGE.maximum}.`);
  }
  return mtu;
}

function refuseAdminOnly(auth: RequestAuth, isSet: (attribute: (typeof ADMIN_ONLY)[number]) => boolean): void {
  if (auth.isAdmin) return;
  const attribute = ADMIN_ONLY.find(isSet);
  if (attribute !== undefined) throw forbidden(`Only an admin may set ${attribute} on a network (Neutron's default policy).`);
}

/** Other projects see a shared or external network but may not change it, as in Neutron (403, not 404: they can see it). */
function refuseForeignChange(auth: RequestAuth, row: StoredRow, verb: 'update' | 'delete'): void {
  if (auth.isAdmin || row.project_id === auth.projectId) return;
  throw forbidden(`Only the network's project or an admin may ${verb} network ${String(row.id)}; it is shared with you.`);
}
