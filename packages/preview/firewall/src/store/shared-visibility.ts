import { type VisibilityRule, projectVisibility } from '@switchyard/sdk';

/**
 * neutron-fwaas' default policy for reading rules, policies and groups ("rule:admin_or_owner or
 * rule:shared_firewall_rules"): a project sees its own and the shared ones; admins see all.
 * Changing one stays its project's (service/shared-checks.ts).
 */
export const sharedVisibility: VisibilityRule = (query, auth) =>
  auth.isAdmin ? projectVisibility(query, auth) : query.where((where) => where.or([where('project_id', '=', auth.projectId), where('shared', '=', 1)]));
