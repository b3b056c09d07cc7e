import { type RequestAuth, type StoredRow, canAccess, forbidden } from '@switchyard/sdk';

/**
 * A group shared with the caller is visible but not the caller's to change (Neutron's
 * update_security_group and delete_security_group are admin_or_owner): a 403, since it can see it.
 */
export function refuseSharedChange(auth: RequestAuth, row: StoredRow, verb: 'update' | 'delete' | 'add rules to'): void {
  if (canAccess(auth, String(row.project_id))) return;
  throw forbidden(`Only the project of security group ${String(row.id)} or an admin may ${verb} it; it is shared with you.`);
}
