import { type RequestAuth, type StoredRow, forbidden } from '@switchyard/sdk';

/**
 * A group shared with the caller is visible but not the caller's to change (Neutron's
 * update_security_group and delete_security_group are admin_or_owner): a 403, since it can see it.
 */
export function refuseSharedChange(auth: RequestAuth, row: StoredRow, verb: 'update' | 'delete' | 'add rules to'): void {
  if (auth.isAdmin || row.project_id === auth.projectId) return;
  throw forbidden(`Only the project of security group ${String(row.id)} or an admin may ${verb} it; it is shared with you.`);
}
