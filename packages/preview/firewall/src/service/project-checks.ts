import { otherProjectResource } from '../errors.js';
import { type ShareableTable, ownersOf } from '../store/tables.js';
import type { FirewallServices } from './service-context.js';

const LABELS = { firewall_rules: 'Firewall rule', firewall_policies: 'Firewall policy', firewall_groups: 'Firewall group' } as const;

/**
 * Admins see every project, but a policy may still only use rules of its own project or shared
 * ones, a group only such policies, and a rule only such remote groups (409
 * FirewallProjectConflict, neutron-fwaas' FirewallRuleConflict). The kit has already refused what
 * the caller may not see, so for anyone else this never fires.
 */
export async function refuseOtherProjects(
  services: FirewallServices,
  table: ShareableTable,
  ids: ReadonlyArray<string | null | undefined>,
  projectId: string,
): Promise<void> {
  const referenced = ids.filter((id): id is string => typeof id === 'string');
  const owners = await ownersOf(services.db, table, referenced);
  const foreign = referenced.find((id) => {
    const owner = owners.get(id);
    return owner !== undefined && !owner.shared && owner.projectId !== projectId;
  });
  if (foreign !== undefined) throw otherProjectResource(LABELS[table], foreign, projectId);
}
