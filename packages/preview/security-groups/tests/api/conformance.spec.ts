import { describeConformance } from '@switchyard/sdk/testing';
import { addressGroupResource } from '../../src/resources/address-group.js';
import { rbacPolicyResource } from '../../src/resources/rbac-policy.js';
import { groupResource } from '../../src/resources/security-group.js';
import { ruleResource } from '../../src/resources/security-group-rule.js';
import { buildServiceApp } from './service-app.js';

/**
 * The SDK's conformance suite over this service's resources: the isolation matrix (two projects
 * and an admin on every verb and reference), hostile input (zero 5xx, NeutronError 4xx) and the
 * OpenAPI contract. `SWITCHYARD_CONFORMANCE=long` sends 10,000+ requests.
 */
describeConformance({
  name: 'security-groups',
  app: () => buildServiceApp(),
  resources: [groupResource, ruleResource, addressGroupResource, rbacPolicyResource],
  fixtures: {
    address_group: (client, caller) => client.create(caller, addressGroupResource, { name: 'office', addresses: ['192.0.2.0/24', '2001:db8::/64'] }),
    security_group: (client, caller) => client.create(caller, groupResource, { name: 'web' }),
    security_group_rule: async (client, caller) =>
      client.create(caller, ruleResource, {
        security_group_id: await client.create(caller, groupResource, { name: 'ssh' }),
        direction: 'ingress',
        protocol: 'tcp',
        port_range_min: 22,
        port_range_max: 22,
        remote_group_id: await client.create(caller, groupResource, { name: 'bastion' }),
      }),
    // Shared with a project outside the matrix, so that the matrix's own projects stay apart.
    rbac_policy: async (client, caller) =>
      client.create(caller, rbacPolicyResource, {
        object_type: 'security_group',
        object_id: await client.create(caller, groupResource, { name: 'lent' }),
        action: 'access_as_shared',
        target_tenant: 'project-outside-the-matrix',
      }),
  },
});
