import {
  type CoreNetwork,
  type NetworkCaller,
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
import type { CoreEvents } from '../events/core-events.js';
import type { CoreContext } from '../shared/core-context.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import type { NetworkExtensions } from './network-extensions.js';
import { MTU_RANGE, type Network, type NetworkAttributes, type NetworkChanges, type NetworkCreation, networkResource } from './resource.js';
import { deleteNetwork, hasPorts, insertNetwork, loadSubnetIds, updateNetwork } from './store.js';

/**
 * What the kit calls for networks beyond plain rows: the plugins' network attributes stored in
 * the same transaction, the core event on delete. Each function works on the operation's
 * database, which is a transaction when a bulk create runs every item in one.
 */
export function networkService({ networkExtensions: extensions, events }: CoreContext): ResourceService<NetworkAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createNetwork(operation.db, operation.auth, input, extensions),
    update: (operation, row, changes) => changeNetwork(operation.db, operation.auth, row, changes, extensions),
    remove: (operation, row) => removeNetwork(operation.db, operation.auth, row, events),
    present: async (rows, db) => extensions.present(await presentNetworks(db, rows), db),
  };
}

/** Attributes Neutron's default policy lets only admins set ("create_network:shared": "rule:admin_only"). */
const ADMIN_ONLY = ['shared', 'router:external'] as const;

/** The plugins store their attributes in the network's transaction; a refusal of theirs leaves no network. */
export async function createNetwork(db: CoreDb, auth: RequestAuth, input: NetworkCreation, extensions: NetworkExtensions): Promise<string> {
  refuseAdminOnly(auth, (attribute) => input[attribute] === true);
  const { core, extended } = extensions.split(input);
  const row = newRow(networkResource, { ...core, mtu: mtuOf(core.mtu) });
  await inTransaction(db, async (trx) => {
    await insertNetwork(trx, row);
    await extensions.created(coreNetworkOf(row), extended, callerOf(auth), trx);
  });
  return String(row.id);
}

export async function changeNetwork(db: CoreDb, auth: RequestAuth, row: StoredRow, changes: NetworkChanges, extensions: NetworkExtensions): Promise<void> {
  refuseForeignChange(auth, row, 'update');
  const { core, extended } = extensions.split(changes);
  refuseAdminOnly(auth, (attribute) => core[attribute] !== undefined);
  const mtu = core.mtu === undefined ? {} : { mtu: mtuOf(core.mtu) };
  const columns = { ...storedColumns(networkResource, core), ...mtu, ...touchedColumns(networkResource) };
  await inTransaction(db, async (trx) => {
    await updateNetwork(trx, String(row.id), columns);
    await extensions.updated(coreNetworkOf({ ...row, ...columns }), extended, callerOf(auth), trx);
  });
}

/** Refused while ports use it, whoever owns them; its subnets go with it, and the plugins hear of it in its transaction. */
export async function removeNetwork(db: CoreDb, auth: RequestAuth, row: StoredRow, events: CoreEvents): Promise<void> {
  refuseForeignChange(auth, row, 'delete');
  const id = String(row.id);
  await inTransaction(db, async (trx) => {
    // Locked first, so a port being created meanwhile is either stored before the check or refused.
    await lockOrNotFound(trx, 'networks', id);
    if (await hasPorts(trx, id)) {
      throw conflict('NetworkInUse', `Unable to complete operation on network ${id}. There are one or more ports still in use on the network.`);
    }
    await deleteNetwork(trx, id);
    await events.networkDeleted({ network: coreNetworkOf(row) }, trx);
  });
}

/** What a plugin's network hooks see of a stored row. */
function coreNetworkOf(row: StoredRow): CoreNetwork {
  return { id: String(row.id), project_id: String(row.project_id), name: String(row.name), shared: Boolean(row.shared) };
}

function callerOf(auth: RequestAuth): NetworkCaller {
  return { projectId: auth.projectId, isAdmin: auth.isAdmin };
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
