import { defineServicePlugin } from '@switchyard/sdk';
import { firewallConfigSchema } from './config.js';
import { groupResource } from './resources/firewall-group.js';
import { policyResource } from './resources/firewall-policy.js';
import { ruleResource } from './resources/firewall-rule.js';
import { firewallMigrations } from './migrations/index.js';
import { firewallRoutes } from './routes/index.js';
import { firewallHooks } from './service/core-hooks.js';

export type { FirewallConfig } from './config.js';

/**
 * Firewall as a service, FWaaS v2 style: rules, ordered policies, and groups enforced on the
 * router interface ports they are bound to. Its stability comes from package.json, not from here.
 *
 * @beta
 */
export default defineServicePlugin({
  name: 'firewall',
  description: 'Firewall as a service: FWaaS v2 rules, policies and groups enforced on router interface ports.',
  extension: {
    alias: 'fwaas_v2',
    name: 'Firewall as a Service v2',
    description: 'FWaaS v2 API (firewall_rules, firewall_policies, firewall_groups) with explicit router-port binding and packet evaluation.',
    updated: '2026-11-30T00:00:00Z',
  },
  resources: [ruleResource, policyResource, groupResource].map((resource) => resource.apiResource),
  routes: firewallRoutes,
  migrations: firewallMigrations,
  configSchema: firewallConfigSchema,
  hooks: firewallHooks,
});
