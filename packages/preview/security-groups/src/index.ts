import { defineServicePlugin, registerResource } from '@switchyard/sdk';
import { type SecurityGroupsConfig, securityGroupsConfigSchema } from './config.js';
import { securityGroupsMigrations } from './migrations/index.js';
import { itemResource } from './resources/item.js';
import { createItem } from './service/create-item.js';

/**
 * The security-groups service plugin, its only export: the config type stays inside, since it derives
 * from a schema that is not part of the API. Its stability comes from package.json, not from here.
 *
 * @beta
 */
export default defineServicePlugin({
  name: 'security-groups',
  description: 'Security groups (Neutron\'s security-group API): groups of rules that say which traffic a project\'s ports accept.',
  extension: {
    alias: 'security-groups',
    name: 'SecurityGroups',
    description: 'Security groups (Neutron\'s security-group API): groups of rules that say which traffic a project\'s ports accept.',
    updated: '2026-12-03T00:00:00Z',
  },
  resources: [itemResource.apiResource],
  routes: async (app, { context }) => {
    // The host has checked the section against configSchema and filled its default in.
    const config = context.config as SecurityGroupsConfig;
    registerResource(app, itemResource, { db: context.db, service: { nativeBulk: true, create: (operation, input) => createItem(config, operation, input) } });
  },
  migrations: securityGroupsMigrations,
  configSchema: securityGroupsConfigSchema,
});
