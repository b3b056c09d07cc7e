import { type ErrorCode, SwitchyardError } from '@switchyard/sdk';

/**
 * The security groups' error catalog: each Neutron error `type` it returns, with the SDK code that
 * sets the HTTP status. Types and messages follow neutron's securitygroup extension, so clients
 * that switch on them keep working; each message then says how to fix the request. README.md
 * ("Errors") lists the same table; a test keeps the two in step.
 */
export const SECURITY_GROUP_ERRORS = {
  SecurityGroupRuleInvalidProtocol: { code: 'SY_ERR_INVALID_INPUT', summary: 'The protocol is not a known name, a number from 0 to 255, or null.' },
  SecurityGroupRuleInvalidEtherType: { code: 'SY_ERR_INVALID_INPUT', summary: 'The ethertype is not IPv4 or IPv6.' },
  SecurityGroupInvalidPortValue: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port is not an integer from 1 to 65535 (0 only for ICMP).' },
  SecurityGroupInvalidPortRange: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port range misses an end, or its min is above its max.' },
  SecurityGroupProtocolRequiredWithPorts: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port range was given without a protocol.' },
  SecurityGroupInvalidProtocolForPort: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port range was given for a protocol without ports.' },
  SecurityGroupInvalidIcmpValue: { code: 'SY_ERR_INVALID_INPUT', summary: 'An ICMP type or code is not from 0 to 255.' },
  SecurityGroupMissingIcmpType: { code: 'SY_ERR_INVALID_INPUT', summary: 'An ICMP code was given without an ICMP type.' },
  SecurityGroupEthertypeConflictWithProtocol: { code: 'SY_ERR_INVALID_INPUT', summary: 'An IPv4 rule names an IPv6-only protocol.' },
  SecurityGroupRuleParameterConflict: { code: 'SY_ERR_INVALID_INPUT', summary: 'remote_ip_prefix is not a CIDR of the rule ethertype.' },
  SecurityGroupMultipleRemoteEntites: { code: 'SY_ERR_INVALID_INPUT', summary: 'More than one of remote_ip_prefix, remote_group_id and remote_address_group_id was given.' },
  SecurityGroupRuleExists: { code: 'SY_ERR_CONFLICT', summary: 'The group already has the same rule.' },
  SecurityGroupDefaultAlreadyExists: { code: 'SY_ERR_CONFLICT', summary: 'A group would be created or renamed to "default".' },
  SecurityGroupCannotUpdateDefault: { code: 'SY_ERR_CONFLICT', summary: "The project's default group would be renamed." },
  SecurityGroupCannotRemoveDefault: { code: 'SY_ERR_CONFLICT', summary: "A non-admin would delete the project's default group." },
  SecurityGroupInUse: { code: 'SY_ERR_CONFLICT', summary: 'A group would be deleted while ports are in it.' },
  PortSecurityAndIPRequiredForSecurityGroups: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port would get security groups with port_security_enabled false.' },
  PortSecurityPortHasSecurityGroup: { code: 'SY_ERR_CONFLICT', summary: 'Port security would be disabled on a port still in security groups.' },
  AllowedAddressPairExhausted: { code: 'SY_ERR_INVALID_INPUT', summary: 'A port would have more than 10 allowed address pairs.' },
  DuplicateAddressPairInRequest: { code: 'SY_ERR_INVALID_INPUT', summary: 'A request names the same allowed address pair twice.' },
  AddressPairAndPortSecurityRequired: { code: 'SY_ERR_CONFLICT', summary: 'A port would have allowed address pairs with port security disabled.' },
  AddressGroupInUse: { code: 'SY_ERR_CONFLICT', summary: 'An address group would be deleted while security group rules name it.' },
  AddressesNotFound: { code: 'SY_ERR_NOT_FOUND', summary: 'remove_addresses names addresses the address group does not have.' },
  AddressesAlreadyExist: { code: 'SY_ERR_INVALID_INPUT', summary: 'add_addresses names addresses the address group already has.' },
  SecurityGroupInOtherProject: { code: 'SY_ERR_CONFLICT', summary: "An admin's rule names a group of another project than the rule's." },
  DuplicateRbacPolicy: { code: 'SY_ERR_CONFLICT', summary: 'The group is already shared with that target.' },
  RbacPolicyInUse: { code: 'SY_ERR_CONFLICT', summary: 'A policy would be deleted or retargeted while ports of a project it shares the group with use the group.' },
} as const satisfies Record<string, { code: ErrorCode; summary: string }>;

export type SecurityGroupErrorType = keyof typeof SECURITY_GROUP_ERRORS;

export function securityGroupError(type: SecurityGroupErrorType, message: string): SwitchyardError {
  return new SwitchyardError(SECURITY_GROUP_ERRORS[type].code, message, { type });
}

export function ruleExists(ruleId: string): SwitchyardError {
  return securityGroupError('SecurityGroupRuleExists', `Security group rule already exists. Rule id is ${ruleId}.`);
}

export function defaultNameTaken(): SwitchyardError {
  return securityGroupError(
    'SecurityGroupDefaultAlreadyExists',
    'Default security group already exists: "default" is the name of the group every project gets, choose another name.',
  );
}

export function cannotRenameDefault(): SwitchyardError {
  return securityGroupError('SecurityGroupCannotUpdateDefault', 'Updating default security group not allowed: its name stays "default"; change its description or rules instead.');
}

export function cannotRemoveDefault(): SwitchyardError {
  return securityGroupError(
    'SecurityGroupCannotRemoveDefault',
    "Insufficient rights for removing default security group: only an admin may delete a project's default group.",
  );
}

export function groupInUse(groupId: string, portIds: readonly string[]): SwitchyardError {
  return securityGroupError(
    'SecurityGroupInUse',
    `Security Group ${groupId} in use${portIds.length > 0 ? ` by port ${portIds.join(', ')}` : ''}: take it off its ports first (PUT /v2.0/ports/{id} with the other groups in security_groups), then delete it.`,
  );
}

export function securityNeedsPortSecurity(): SwitchyardError {
  return securityGroupError(
    'PortSecurityAndIPRequiredForSecurityGroups',
    'Port security must be enabled in order to use security groups: send port_security_enabled true, or security_groups [] to keep it disabled.',
  );
}

export function portHasSecurityGroup(portId: string): SwitchyardError {
  return securityGroupError(
    'PortSecurityPortHasSecurityGroup',
    `Port ${portId} has security groups associated. Cannot disable port security until they are removed: send security_groups [] with port_security_enabled false.`,
  );
}

export function addressPairsExhausted(maximum: number): SwitchyardError {
  return securityGroupError('AllowedAddressPairExhausted', `The number of allowed address pair exceeds the maximum ${maximum}: send at most ${maximum}, or a CIDR that covers several addresses.`);
}

export function duplicateAddressPair(ipAddress: string, macAddress: string): SwitchyardError {
  return securityGroupError('DuplicateAddressPairInRequest', `Request contains duplicate address pair: mac_address ${macAddress} ip_address ${ipAddress}. Send each pair once.`);
}

export function pairsNeedPortSecurity(): SwitchyardError {
  return securityGroupError(
    'AddressPairAndPortSecurityRequired',
    'Port Security must be enabled in order to have allowed address pairs on a port: send allowed_address_pairs [] with port_security_enabled false.',
  );
}

export function multipleRemotes(): SwitchyardError {
  return securityGroupError(
    'SecurityGroupMultipleRemoteEntites',
    'Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may be provided: keep the one that says where the traffic comes from, leave the others out.',
  );
}

export function addressGroupInUse(addressGroupId: string, ruleIds: readonly string[]): SwitchyardError {
  return securityGroupError(
    'AddressGroupInUse',
    `Address group ${addressGroupId} is in use on one or more security group rules${ruleIds.length > 0 ? ` (${ruleIds.join(', ')})` : ''}: delete those rules first (DELETE /v2.0/security-group-rules/{id}), then the address group.`,
  );
}

export function addressesNotFound(addressGroupId: string, addresses: readonly string[]): SwitchyardError {
  return securityGroupError(
    'AddressesNotFound',
    `Addresses ${addresses.join(', ')} not found in the address group ${addressGroupId}: remove only addresses it has (GET /v2.0/address-groups/${addressGroupId} lists them).`,
  );
}

export function addressesAlreadyExist(addressGroupId: string, addresses: readonly string[]): SwitchyardError {
  return securityGroupError(
    'AddressesAlreadyExist',
    `Addresses ${addresses.join(', ')} already exist in the address group ${addressGroupId}: add only addresses it does not have.`,
  );
}

export function groupInOtherProject(groupId: string, projectId: string): SwitchyardError {
  return securityGroupError('SecurityGroupInOtherProject', `security group ${groupId} belongs to another project than ${projectId}; use one of project ${projectId}.`);
}

export function duplicateRbacPolicy(existingId: string): SwitchyardError {
  return securityGroupError('DuplicateRbacPolicy', `An RBAC policy already exists with those values: ${existingId}. Change or delete that one instead.`);
}

export function rbacPolicyInUse(groupId: string, projects: readonly string[]): SwitchyardError {
  return securityGroupError(
    'RbacPolicyInUse',
    `RBAC policy on object ${groupId} cannot be removed because other objects depend on it. Details: ports of project ${projects.join(', ')} are in the group; ` +
      'take them out of it first (PUT /v2.0/ports/{id} with other security_groups), or share the group with those projects by another policy.',
  );
}
