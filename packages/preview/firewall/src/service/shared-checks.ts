import { type RequestAuth, type StoredRow, forbidden } from '@switchyard/sdk';

type Kind = 'rule' | 'policy' | 'group';

/** neutron-fwaas' default policy: "create_firewall_<kind>:shared" and "update_firewall_<kind>:shared" are admin_only. */
export function refuseSharingByNonAdmin(auth: RequestAuth, kind: Kind, setsShared: boolean): void {
  if (auth.isAdmin || !setsShared) return;
  throw forbidden(`Only an admin may set shared on a firewall ${kind} (neutron-fwaas' default policy); leave shared out of the request.`);
}

/**
 * Other projects see a shared rule, policy or group but may not change it ("update_firewall_<kind>"
 * is admin_or_owner): a 403, not a 404, since they can see it.
 */
export function refuseForeignChange(auth: RequestAuth, row: StoredRow, kind: Kind, verb: 'update' | 'delete' | 'change the rules of'): void {
  if (auth.isAdmin || row.project_id === auth.projectId) return;
  throw forbidden(`Only the project of firewall ${kind} ${String(row.id)} or an admin may ${verb} it; it is shared with you.`);
}
