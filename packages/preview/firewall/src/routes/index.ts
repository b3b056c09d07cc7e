import type { ServicePlugin } from '@switchyard/sdk';
import { resolveConfig } from '../config.js';
import type { FirewallServices } from '../service/service-context.js';
import type { FirewallDb } from '../store/tables.js';
import { registerEvaluateRoutes } from './evaluate-routes.js';
import { registerGroupRoutes } from './group-routes.js';
import { registerPolicyRoutes } from './policy-routes.js';
import { registerRuleRoutes } from './rule-routes.js';

/** All firewall routes; the host registers this in its own encapsulated context. */
export const firewallRoutes: ServicePlugin['routes'] = async (app, { context }) => {
  const services: FirewallServices = {
    // The host's handle is untyped (it serves every plugin); these are the firewall's tables.
    db: context.db as FirewallDb,
    core: context.core,
    config: resolveConfig(context.config),
  };
  registerRuleRoutes(app, services);
  registerPolicyRoutes(app, services);
  registerGroupRoutes(app, services);
  registerEvaluateRoutes(app, services);
  context.logger.debug({ max_rules_per_policy: services.config.max_rules_per_policy }, 'firewall routes registered');
};
