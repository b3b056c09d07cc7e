import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import { conflict, newRow } from '@switchyard/sdk';
import { retryOnUniqueViolation } from '../shared/database-errors.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb, CoreTables } from '../shared/tables.js';
import { loadAddressedPort } from './auto-addresses.js';
import { chooseFixedIps } from './fixed-ips.js';
import { type FixedIpRequest, type PortCreation, portResource } from './resource.js';
import { insertPort, isMacAddressTaken, releaseAddresses, replaceAllocations } from './store.js';

/** A port to create: the checked create input, or what the router API makes of a subnet. */
export interface PortSpec extends PortCreation {
  /**
   * Set by the router API: the device is a router, which must still exist when the port is stored
   * (404 RouterNotFound otherwise) and cannot be deleted before it is.
   */
  deviceIsRouter?: boolean;
}

/**
 * Creates a port with its MAC and addresses in one transaction; returns its id. The network (and
 * the router of a router interface) stays locked until the port is stored, so a concurrent delete
 * either wins first (404 NetworkNotFound here) or sees the port (409 NetworkInUse there).
 */
export async function createPort(db: CoreDb, spec: PortSpec): Promise<string> {
  return inRetriedTransaction(db, async (trx) => {
    if (spec.deviceIsRouter) await lockOrNotFound(trx, 'routers', spec.device_id);
    await lockOrNotFound(trx, 'networks', spec.network_id);
    const macAddress = spec.mac_address?.toLowerCase() ?? generateMacAddress();
    // A generated MAC that collides is retried; a requested one that is taken is the caller's to fix.
    if (spec.mac_address !== undefined && (await isMacAddressTaken(trx, macAddress))) {
      throw conflict('MacAddressInUse', `Unable to complete operation for network ${spec.network_id}. The mac address ${macAddress} is in use.`);
    }
    const row = newRow(portResource, { ...spec, mac_address: macAddress });
    const id = String(row.id);
    await insertPort(trx, row);
    const addressed = { macAddress, deviceOwner: spec.device_owner, held: [] };
    const fixedIps = await chooseFixedIps(trx, { networkId: spec.network_id, requests: spec.fixed_ips, port: addressed });
    await replaceAllocations(trx, { id, network_id: spec.network_id }, fixedIps);
    return id;
  });
}

/** Releases the port's addresses and takes the requested ones, atomically; 404 when the port was deleted meanwhile. */
export async function reallocatePort(
  db: CoreDb,
  port: { id: string; network_id: string },
  requests: readonly FixedIpRequest[],
): Promise<void> {
  await inRetriedTransaction(db, async (trx) => {
    await lockOrNotFound(trx, 'ports', port.id);
    await lockOrNotFound(trx, 'networks', port.network_id);
    const addressed = await loadAddressedPort(trx, port.id);
    await releaseAddresses(trx, port.id);
    const fixedIps = await chooseFixedIps(trx, { networkId: port.network_id, requests, port: addressed });
    await replaceAllocations(trx, port, fixedIps);
  });
}

/** Neutron's (OpenStack's) MAC prefix fa:16:3e followed by three random bytes. */
export function generateMacAddress(): string {
  const suffix = [...randomBytes(3)].map((byte) => byte.toString(16).padStart(2, '0'));
  return ['fa', '16', '3e', ...suffix].join(':');
}

/**
 * Runs `work` in its own transaction, again when it lost a race on a unique address or MAC; inside
 * the caller's transaction (a bulk create) it runs once, as PostgreSQL aborts a transaction on the
 * violation, which then answers 409 for the whole request.
 */
export function inRetriedTransaction<T>(db: CoreDb, work: (trx: Transaction<CoreTables>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<CoreTables>);
  return retryOnUniqueViolation(() => db.transaction().execute(work), exhaustedRetries);
}

function exhaustedRetries(): Error {
  return conflict('IpAddressGenerationFailure', 'Could not allocate a unique address or MAC because concurrent requests kept taking them; try again.');
}
