import { type ResourceService, type StoredRow, conflict, inTransaction, invalidInput, loadTags, newRow, notFound, presentRows, storedColumns, touchedColumns } from '@switchyard/sdk';
import { refuseNetworkUse } from '../networks/network-use.js';
import { type Cidr, cidrsOverlap, formatCidr, parseCidr } from '../ipam/address.js';
import { lockOrNotFound, lockRow } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { addAutoAddressesToNetworkPorts, lockAutoAddressedPorts, releaseAutoAddresses } from './auto-address-ports.js';
import { checkIpv6ModesUpdate, isAutoAddressSubnet } from './ipv6-modes.js';
import { planDetails, planNewSubnet, planSubnetUpdate, storedPlan } from './plan.js';
import { type Subnet, type SubnetAttributes, type SubnetChanges, type SubnetCreation, subnetResource } from './resource.js';
import { deleteSubnet, hasAllocations, insertSubnet, listNetworkSubnets, loadSubnetDetails, updateSubnet } from './store.js';

/** What the kit calls for subnets: IPAM plans checked on create and update, lists kept beside the row. */
export function subnetService(): ResourceService<SubnetAttributes> {
  return {
    nativeBulk: true,
    create: (operation, input) => createSubnet(operation.db, input),
    update: (operation, row, changes) => changeSubnet(operation.db, row, changes),
    remove: (operation, row) => removeSubnet(operation.db, row),
    present: (rows, db) => presentSubnets(db, rows),
  };
}

/** Returns the subnet as created: the network (and this subnet with it) may be deleted right after the commit. */
export async function createSubnet(db: CoreDb, input: SubnetCreation): Promise<Subnet> {
  await refuseNetworkUse(db, { networkId: input.network_id, projectId: input.project_id, use: 'subnet' });
  const plan = planNewSubnet(input);
  const { gateway_ip: gatewayIp, ...details } = planDetails(plan);
  const row = newRow(subnetResource, { ...input, cidr: formatCidr(plan.cidr), gateway_ip: gatewayIp });
  // Every port of the network but a router's gets an address on such a subnet, in this transaction.
  const autoAddress = isAutoAddressSubnet({ ipv6_ra_mode: input.ipv6_ra_mode ?? null, ipv6_address_mode: input.ipv6_address_mode ?? null });
  return inTransaction(db, async (trx) => {
    if (autoAddress) await lockAutoAddressedPorts(trx, input.network_id);
    // Locked, so that a concurrent subnet cannot overlap this one and a concurrent delete of the network waits.
    await lockOrNotFound(trx, 'networks', input.network_id);
    refuseOverlap(await listNetworkSubnets(trx, input.network_id), plan.cidr, input.network_id);
    await insertSubnet(trx, row, details);
    if (autoAddress) await addAutoAddressesToNetworkPorts(trx, { id: String(row.id), network_id: input.network_id, cidr: String(row.cidr) });
    const [created] = await presentSubnets(trx, [row]);
    return created;
  });
}

/**
 * Checks the changed addressing against what is stored; the lists not sent keep their value.
 * Returns the subnet as read inside the transaction, as `createSubnet` does.
 */
export async function changeSubnet(db: CoreDb, row: StoredRow, changes: SubnetChanges): Promise<Subnet> {
  const [current] = await presentSubnets(db, [row]);
  checkIpv6ModesUpdate(current, changes);
  const { gateway_ip: gatewayIp, ...lists } = planDetails(planSubnetUpdate(storedPlan(current.cidr, current.gateway_ip, current), changes));
  const changedLists = Object.fromEntries(Object.entries(lists).filter(([attribute]) => Object.hasOwn(changes, attribute)));
  const columns = { ...storedColumns(subnetResource, changes), gateway_ip: gatewayIp, ...touchedColumns(subnetResource) };
  return inTransaction(db, async (trx) => {
    // The network's lock: ports allocate from the pools this may change, and the subnet may be deleted meanwhile.
    await lockOrNotFound(trx, 'networks', current.network_id);
    const updated = await updateSubnet(trx, current.id, columns, changedLists);
    if (!updated) throw notFound('subnet', current.id);
    const [subnet] = await presentSubnets(trx, [updated]);
    return subnet;
  });
}

/** Refused while a port holds an address from it. */
export async function removeSubnet(db: CoreDb, row: StoredRow): Promise<void> {
  const id = String(row.id);
  const networkId = String(row.network_id);
  // Neutron releases the ports' automatic addresses with the subnet; only router ports keep it in use.
  const autoAddress = isAutoAddressSubnet({ ipv6_ra_mode: row.ipv6_ra_mode as string | null, ipv6_address_mode: row.ipv6_address_mode as string | null });
  await inTransaction(db, async (trx) => {
    if (autoAddress) await lockAutoAddressedPorts(trx, networkId);
    // Every allocation takes the network's lock, so none can be added between the check and the delete.
    if (!(await lockRow(trx, 'networks', networkId))) throw notFound('subnet', id);
    if (autoAddress) await releaseAutoAddresses(trx, { id, network_id: networkId });
    if (await hasAllocations(trx, id)) {
      throw conflict('SubnetInUse', `Unable to complete operation on subnet ${id}: One or more ports have an IP allocation from this subnet.`);
    }
    if (!(await deleteSubnet(trx, id))) throw notFound('subnet', id);
  });
}

/** Rows to API subnets, loading the lists of a whole page in three queries. */
export async function presentSubnets(db: CoreDb, rows: readonly StoredRow[]): Promise<Subnet[]> {
  const ids = rows.map((row) => String(row.id));
  const [details, tags] = await Promise.all([loadSubnetDetails(db, ids), loadTags(db, 'subnet_tags', ids)]);
  return presentRows(subnetResource, rows, (row) => {
    const lists = details.get(String(row.id));
    return lists && { ...lists, tags: tags.get(String(row.id)) ?? [] };
  });
}

/** Subnets of one network must not overlap, as in Neutron (which answers 400). */
function refuseOverlap(siblings: ReadonlyArray<{ id: string; cidr: string }>, cidr: Cidr, networkId: string): void {
  const clash = siblings.find((sibling) => cidrsOverlap(parseCidr(sibling.cidr), cidr));
  if (clash) {
    throw invalidInput(
      `Invalid input for cidr: requested subnet with cidr ${formatCidr(cidr)} for network ${networkId} overlaps with subnet ${clash.id} (${clash.cidr}).`,
    );
  }
}
