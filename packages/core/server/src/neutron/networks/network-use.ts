import { forbidden, notFound } from '@switchyard/sdk';
import type { CoreDb } from '../shared/tables.js';

/** What a project puts on a network: Neutron's default policy differs for each. */
export interface NetworkUse {
  networkId: string;
  /** The project the new subnet or port will belong to. */
  projectId: string;
  use: 'subnet' | 'port';
}

/**
 * Other projects see shared and external networks (networks/store.ts), but as Neutron's default
 * policy says, only the network's project adds subnets to it, and others add ports only to a
 * shared one. Admins act for the owning project, so the rule follows the new resource's project.
 */
export async function refuseNetworkUse(db: CoreDb, { networkId, projectId, use }: NetworkUse): Promise<void> {
  const network = await db.selectFrom('networks').select(['project_id', 'shared']).where('id', '=', networkId).executeTakeFirst();
  if (network === undefined || network.project_id === projectId) return;
  if (use === 'subnet') {
    throw forbidden(`Only network ${networkId}'s project (or an admin, for that project) may add subnets to it; it is shared with project ${projectId}.`);
  }
  // An external network that is not shared is visible for routers' gateways, not for ports.
  if (!network.shared) throw notFound('network', networkId);
}
