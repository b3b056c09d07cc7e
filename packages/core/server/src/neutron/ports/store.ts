import { randomBytes, randomUUID } from 'node:crypto';
import { conflict } from '@switchyard/sdk';
import { retryOnUniqueViolation } from '../shared/database-errors.js';
import { lockOrNotFound } from '../shared/row-locks.js';
import type { CoreDb } from '../shared/tables.js';
import { timestamp } from '../shared/time.js';
import { chooseFixedIps } from './fixed-ips.js';
import { type Executor, replaceAllocations } from './repository.js';
import type { FixedIpRequest } from './schema.js';

export interface PortSpec {
  projectId: string;
  networkId: string;
  name: string;
  description: string;
  adminStateUp: boolean;
  macAddress?: string;
  deviceId: string;
  deviceOwner: string;
  status: string;
  /** Undefined: Neutron's default addresses; [] for none. */
  fixedIps: readonly FixedIpRequest[] | undefined;
  /**
   * Set by the router API: the device is a router, which must still exist when the port is stored
   * (404 RouterNotFound otherwise) and cannot be deleted before it is.
   */
  deviceIsRouter?: boolean;
}

/**
 * Creates a port with its addresses in one transaction; returns its id. The network (and the
 * router of a router interface) stays locked until the port is stored, so a concurrent delete
 * either wins first (404 NetworkNotFound here) or sees the port (409 NetworkInUse there).
 */
export async function createPort(db: CoreDb, spec: PortSpec): Promise<string> {
  return retryOnUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        if (spec.deviceIsRouter) await lockOrNotFound(trx, 'routers', spec.deviceId);
        await lockOrNotFound(trx, 'networks', spec.networkId);
        const id = randomUUID();
        const macAddress = spec.macAddress?.toLowerCase() ?? generateMacAddress();
        // A generated MAC that collides is retried; a requested one that is taken is the caller's to fix.
        if (spec.macAddress !== undefined) await refuseTakenMac(trx, spec.networkId, macAddress);
        const now = timestamp();
        await trx
          .insertInto('ports')
          .values({
            id,
            project_id: spec.projectId,
            network_id: spec.networkId,
            name: spec.name,
            description: spec.description,
            mac_address: macAddress,
            admin_state_up: spec.adminStateUp,
            status: spec.status,
            device_id: spec.deviceId,
            device_owner: spec.deviceOwner,
            created_at: now,
            updated_at: now,
          })
          .execute();
        const fixedIps = await chooseFixedIps(trx, { networkId: spec.networkId, requests: spec.fixedIps, deviceOwner: spec.deviceOwner });
        await replaceAllocations(trx, { id, network_id: spec.networkId }, fixedIps);
        return id;
      }),
    exhaustedRetries,
  );
}

/** Releases the port's addresses and takes the requested ones, atomically; 404 when the port was deleted meanwhile. */
export async function reallocatePort(
  db: CoreDb,
  port: { id: string; network_id: string; device_owner: string },
  requests: readonly FixedIpRequest[],
): Promise<void> {
  await retryOnUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        await lockOrNotFound(trx, 'ports', port.id);
        await lockOrNotFound(trx, 'networks', port.network_id);
        await trx.deleteFrom('ip_allocations').where('port_id', '=', port.id).execute();
        const fixedIps = await chooseFixedIps(trx, { networkId: port.network_id, requests, deviceOwner: port.device_owner });
        await replaceAllocations(trx, port, fixedIps);
      }),
    exhaustedRetries,
  );
}

/** Neutron's (OpenStack's) MAC prefix fa:16:3e followed by three random bytes. */
export function generateMacAddress(): string {
  const suffix = [...randomBytes(3)].map((byte) => byte.toString(16).padStart(2, '0'));
  return ['fa', '16', '3e', ...suffix].join(':');
}

async function refuseTakenMac(db: Executor, networkId: string, macAddress: string): Promise<void> {
  const taken = await db.selectFrom('ports').select('id').where('mac_address', '=', macAddress).executeTakeFirst();
  if (taken) {
    throw conflict('MacAddressInUse', `Unable to complete operation for network ${networkId}. The mac address ${macAddress} is in use.`);
  }
}

function exhaustedRetries(): Error {
  return conflict(
    'IpAddressGenerationFailure',
    'Could not allocate a unique address or MAC because concurrent requests kept taking them; try again.',
  );
}
