import { type ServicePlugin, registerResource, registerTags, tableStore, tagQueryFilters } from '@switchyard/sdk';
import { rbacPolicyResource } from '../resources/rbac-policy.js';
import { GROUP_TAG_TABLE, groupResource } from '../resources/security-group.js';
import { ruleResource } from '../resources/security-group-rule.js';
import { ensureDefaultGroup } from '../service/default-group.js';
import { groupService } from '../service/groups-service.js';
import { rbacPolicyService } from '../service/rbac-service.js';
import { ruleService } from '../service/rules-service.js';
import { sharedGroupVisibility } from '../store/rbac-store.js';
import type { SecurityGroupDb } from '../store/tables.js';
import { registerAddressGroups } from './address-group-routes.js';
import { belongsToDefaultFilter } from './belongs-to-default-filter.js';
import { projectsOfGroupRequest } from './group-request-projects.js';
import { refuseComputedRuleAttributes } from './computed-rule-attributes.js';
import { sharedFilter } from './shared-filter.js';

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
  const groups = registerResource(app, groupResource, {
    db: context.db,
    service: groupService(),
    store: tableStore(db, groupResource, sharedGroupVisibility(db)),
    queryFilters: { ...tagQueryFilters(GROUP_TAG_TABLE), shared: sharedFilter(db) },
  });
  registerTags(app, context.db, { resource: groupResource, store: groups, table: GROUP_TAG_TABLE });
  registerAddressGroups(app, context.db);
  // Neutron has no update of a rule: a changed rule is a new one.
  refuseComputedRuleAttributes(app);
  registerResource(app, ruleResource, {
    db: context.db,
    service: ruleService(),
    verbs: ['list', 'show', 'create', 'delete'],
    queryFilters: { belongs_to_default_sg: belongsToDefaultFilter(db) },
  });
  // rbac-security-groups: /v2.0/rbac-policies lives here while security groups are its only object type.
  registerResource(app, rbacPolicyResource, { db: context.db, service: rbacPolicyService() });
};
