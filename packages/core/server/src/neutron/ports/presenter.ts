import { isSet } from '../shared/integer-booleans.js';
import { type Executor, type PortRow, loadFixedIps } from './repository.js';
import type { FixedIp, Port } from './schema.js';

export async function presentPorts(db: Executor, rows: readonly PortRow[]): Promise<Port[]> {
  const fixedIps = await loadFixedIps(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentPort(row, fixedIps.get(row.id) ?? []));
}

export function presentPort(row: PortRow, fixedIps: FixedIp[]): Port {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    project_id: row.project_id,
    tenant_id: row.project_id,
    network_id: row.network_id,
    mac_address: row.mac_address,
    admin_state_up: isSet(row.admin_state_up),
    status: row.status,
    device_id: row.device_id,
    device_owner: row.device_owner,
    fixed_ips: fixedIps,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
