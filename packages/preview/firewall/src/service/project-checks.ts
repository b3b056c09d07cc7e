import { otherProjectResource } from '../errors.js';
import { ownersOf } from '../store/tables.js';
import type { FirewallServices } from './service-context.js';

const LABELS = { firewall_rules: 'Firewall rule', firewall_policies: 'Firewall policy' } as const;

/**
 * Admins see every project, but a policy may still only use rules of its own project, and a group
 * only policies of its own (409 FirewallProjectConflict). The kit has already refused what the
 * caller may not see, so for anyone else this never fires.
 */
export async function refuseOtherProjects(
  services: FirewallServices,
  table: keyof typeof LABELS,
  ids: ReadonlyArray<string | null | undefined>,
  projectId: string,
): Promise<void> {
  const referenced = ids.filter((id): id is string => typeof id === 'string');
  const owners = await ownersOf(services.db, table, referenced);
  const foreign = referenced.find((id) => owners.has(id) && owners.get(id) !== projectId);
  if (foreign !== undefined) throw otherProjectResource(LABELS[table], foreign, projectId);
}
