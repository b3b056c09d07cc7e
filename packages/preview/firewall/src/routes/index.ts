import { type ServicePlugin, registerResource, resourceDirectoryOf, tableStore } from '@switchyard/sdk';
import { resolveConfig } from '../config.js';
import { groupResource } from '../resources/firewall-group.js';
import { policyResource } from '../resources/firewall-policy.js';
import { ruleResource } from '../resources/firewall-rule.js';
import { groupService } from '../service/groups-service.js';
import { policyService } from '../service/policies-service.js';
import { ruleService } from '../service/rules-service.js';
import type { FirewallServices } from '../service/service-context.js';
import { sharedVisibility } from '../store/shared-visibility.js';
import type { FirewallDb } from '../store/tables.js';
import { registerEvaluateRoute } from './evaluate-route.js';
import { registerPolicyRuleActions } from './policy-rule-actions.js';

/** All firewall routes; the host registers this in its own encapsulated context. */
export const firewallRoutes: ServicePlugin['routes'] = async (app, { context }) => {
  const services: FirewallServices = {
    // The host's handle is untyped (it serves every plugin); these are the firewall's tables.
    db: context.db as FirewallDb,
    core: context.core,
    config: resolveConfig(context.config),
    directory: resourceDirectoryOf(app),
  };
  const { db } = context;
  // Shared rules, policies and groups are visible to every project (store/shared-visibility.ts).
  const store = (resource: Parameters<typeof tableStore>[1]) => tableStore(db, resource, sharedVisibility);
  registerResource(app, ruleResource, { db, store: store(ruleResource), service: ruleService(services) });
  const policies = registerResource(app, policyResource, { db, store: store(policyResource), service: policyService(services) });
  registerPolicyRuleActions(app, services, policies);
  registerResource(app, groupResource, { db, store: store(groupResource), service: groupService(services) });
  registerEvaluateRoute(app, services);
  context.logger.debug({ max_rules_per_policy: services.config.max_rules_per_policy }, 'firewall routes registered');
};
