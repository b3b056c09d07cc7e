import { rowsForIds } from '@switchyard/sdk';
import type { SecurityGroupDb } from './tables.js';

/** A pair as stored: a null MAC is the port's own. */
export interface StoredAddressPair {
  ip_address: string;
  mac_address: string | null;
}

/** Each port's pairs in the order given; a port without any has no entry. */
export async function pairsOfPorts(db: SecurityGroupDb, portIds: readonly string[]): Promise<Map<string, StoredAddressPair[]>> {
  const pairs = new Map<string, StoredAddressPair[]>();
  const rows = await rowsForIds(portIds, (slice) =>
    db.selectFrom('port_allowed_address_pairs').select(['port_id', 'ip_address', 'mac_address']).where('port_id', 'in', slice).orderBy('port_id').orderBy('position').execute(),
  );
  for (const row of rows) pairs.set(row.port_id, [...(pairs.get(row.port_id) ?? []), { ip_address: row.ip_address, mac_address: row.mac_address }]);
  return pairs;
}

export async function replacePairs(db: SecurityGroupDb, portId: string, pairs: readonly StoredAddressPair[]): Promise<void> {
  await forgetPairs(db, portId);
  if (pairs.length === 0) return;
  await db
    .insertInto('port_allowed_address_pairs')
    .values(pairs.map((pair, position) => ({ port_id: portId, position, ...pair })))
    .execute();
}

export async function forgetPairs(db: SecurityGroupDb, portId: string): Promise<void> {
  await db.deleteFrom('port_allowed_address_pairs').where('port_id', '=', portId).execute();
}
