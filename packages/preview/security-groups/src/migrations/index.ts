import type { Migration } from '@switchyard/sdk';
import { createSecurityGroupTables } from './0001-create-security-group-tables.js';
import { createPortSecurityTables } from './0002-create-port-security-tables.js';
import { createAllowedAddressPairs } from './0003-create-allowed-address-pairs.js';
import { createSecurityGroupTags } from './0004-create-security-group-tags.js';
import { addRuleNormalizedCidr } from './0005-add-rule-normalized-cidr.js';
import { createRbacPolicies } from './0006-create-rbac-policies.js';
import { createNetworkPortSecurity } from './0007-create-network-port-security.js';
import { createAddressGroups } from './0008-create-address-groups.js';

/** Applied in name order; a released name never changes. */
export const securityGroupsMigrations: Record<string, Migration> = {
  '0001-create-security-group-tables': createSecurityGroupTables,
  '0002-create-port-security-tables': createPortSecurityTables,
  '0003-create-allowed-address-pairs': createAllowedAddressPairs,
  '0004-create-security-group-tags': createSecurityGroupTags,
  '0005-add-rule-normalized-cidr': addRuleNormalizedCidr,
  '0006-create-rbac-policies': createRbacPolicies,
  '0007-create-network-port-security': createNetworkPortSecurity,
  '0008-create-address-groups': createAddressGroups,
};
