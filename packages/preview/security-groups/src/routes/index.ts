import { type ServicePlugin, registerResource, registerTags, tagQueryFilters } from '@switchyard/sdk';
import { GROUP_TAG_TABLE, groupResource } from '../resources/security-group.js';
import { ruleResource } from '../resources/security-group-rule.js';
import { ensureDefaultGroup } from '../service/default-group.js';
import { groupService } from '../service/groups-service.js';
import { ruleService } from '../service/rules-service.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { registerAddressGroups } from './address-group-routes.js';
import { projectsOfGroupRequest } from './group-request-projects.js';

/** All security group routes; the host registers this in its own encapsulated context. */
export const securityGroupRoutes: ServicePlugin['routes'] = async (app, { context }) => {
  // The host's handle is untyped (it serves every plugin); these are this plugin's tables.
  const db = context.db as SecurityGroupDb;
  // After validation, before the kit's handler: the project's default group exists by the time
  // its first list or create of security groups runs.
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== groupResource.declaration.path) return;
    for (const projectId of projectsOfGroupRequest(request)) await ensureDefaultGroup(db, projectId);
  });
  const groups = registerResource(app, groupResource, { db: context.db, service: groupService(), queryFilters: tagQueryFilters(GROUP_TAG_TABLE) });
  registerTags(app, context.db, { resource: groupResource, store: groups, table: GROUP_TAG_TABLE });
  registerAddressGroups(app, context.db);
  // Neutron has no update of a rule: a changed rule is a new one.
  registerResource(app, ruleResource, { db: context.db, service: ruleService(), verbs: ['list', 'show', 'create', 'delete'] });
};
