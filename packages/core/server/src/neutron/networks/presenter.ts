import { isSet } from '../shared/integer-booleans.js';
import type { CoreDb } from '../shared/tables.js';
import { type NetworkRow, loadSubnetIds } from './repository.js';
import type { Network } from './schema.js';

export async function presentNetworks(db: CoreDb, rows: readonly NetworkRow[]): Promise<Network[]> {
  const subnetIds = await loadSubnetIds(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentNetwork(row, subnetIds.get(row.id) ?? []));
}

export function presentNetwork(row: NetworkRow, subnets: string[]): Network {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    tenant_id: row.project_id,
    admin_state_up: isSet(row.admin_state_up),
    status: row.status,
    shared: isSet(row.shared),
    mtu: row.mtu,
    subnets,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
