import { defineServicePlugin } from '@switchyard/sdk';
import { securityGroupsMigrations } from './migrations/index.js';
import { forgetNetwork, networkSecurityAttributes } from './networks/network-security.js';
import { forgetPort, portSecurityAttributes } from './ports/port-security.js';
import { addressGroupResource } from './resources/address-group.js';
import { rbacPolicyResource } from './resources/rbac-policy.js';
import { groupResource } from './resources/security-group.js';
import { ruleResource } from './resources/security-group-rule.js';
import { securityGroupRoutes } from './routes/index.js';
import type { SecurityGroupDb } from './store/tables.js';

/**
 * Security groups, Neutron's `security-group` API: groups of rules saying which traffic ports
 * accept, each project's default group, and the ports' `security_groups` and
 * `port_security_enabled`. Its stability comes from package.json, not from here.
 *
 * @beta
 */
export default defineServicePlugin({
  name: 'security-groups',
  description: "Security groups (Neutron's security-group API): groups of rules that say which traffic a project's ports accept.",
  extension: {
    alias: 'security-group',
    name: 'security-group',
    description: 'The security groups extension: /v2.0/security-groups and /v2.0/security-group-rules, with a default group per project.',
    updated: '2026-12-03T00:00:00Z',
  },
  additionalExtensions: [
    { alias: 'port-security', name: 'Port Security', description: "Ports and networks carry port_security_enabled; security groups apply only while a port's is true.", updated: '2026-12-04T00:00:00Z' },
    { alias: 'allowed-address-pairs', name: 'Allowed Address Pairs', description: 'Ports carry allowed_address_pairs: further addresses and MACs they may send from.', updated: '2026-12-03T00:00:00Z' },
    { alias: 'stateful-security-group', name: 'Stateful security group', description: 'A security group says whether its rules are stateful (stateful).', updated: '2026-12-03T00:00:00Z' },
    { alias: 'address-group', name: 'Address group', description: 'Address groups: /v2.0/address-groups, named sets of CIDRs, with add_addresses and remove_addresses.', updated: '2026-12-04T00:00:00Z' },
    {
      alias: 'security-groups-remote-address-group',
      name: 'Remote address group id field for security group rules',
      description: 'Security group rules carry remote_address_group_id: the remote end is any address of an address group.',
      updated: '2026-12-04T00:00:00Z',
    },
    { alias: 'rbac-policies', name: 'RBAC Policies', description: 'Allows creation and modification of policies that control project access to resources (here: security groups).', updated: '2026-12-04T00:00:00Z' },
    { alias: 'rbac-security-groups', name: 'Add security_group type to network RBAC', description: 'RBAC policies of object_type security_group share a group with a project or with every project.', updated: '2026-12-04T00:00:00Z' },
    {
      alias: 'security-groups-normalized-cidr',
      name: 'Normalized CIDR field for security group rules',
      description: 'Rules show normalized_cidr, the network of their remote_ip_prefix (a list filter and sort key).',
      updated: '2026-12-04T00:00:00Z',
    },
    {
      alias: 'security-groups-rules-belongs-to-default-sg',
      name: "Security group rule belongs to the project's default security group",
      description: "Rules show belongs_to_default_sg, whether they are in their project's default group (a list filter).",
      updated: '2026-12-04T00:00:00Z',
    },
  ],
  resources: [groupResource, ruleResource, addressGroupResource, rbacPolicyResource].map((resource) => resource.apiResource),
  routes: securityGroupRoutes,
  migrations: securityGroupsMigrations,
  portAttributes: portSecurityAttributes,
  networkAttributes: networkSecurityAttributes,
  hooks: {
    portDeleted: (event, context) => forgetPort(context.db as SecurityGroupDb, event.port.id),
    networkDeleted: (event, context) => forgetNetwork(context.db as SecurityGroupDb, event.network.id),
  },
});
