import type { Kysely } from '@switchyard/sdk';

/**
 * The tables as migration 0001 made them, for typed queries. Booleans go in as 0/1 (SQLite's
 * driver cannot bind `true`) and come back as 0/1 on SQLite or true/false on PostgreSQL.
 */
export type StoredFlag = number | boolean;

export type GroupTable = {
  id: string;
  project_id: string;
  name: string;
  description: string;
  stateful: StoredFlag;
  /**
   * 0001's column, false in every row and no longer read (`shared` depends on who asks, from the
   * RBAC policies). It stays, NOT NULL, because a stable migration may drop no column: write 0.
   */
  shared: StoredFlag;
  revision_number: number;
  created_at: string;
  updated_at: string;
};

export type RuleTable = {
  id: string;
  project_id: string;
  security_group_id: string;
  description: string;
  direction: string;
  ethertype: string;
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  /** The network of remote_ip_prefix (migration 0005). */
  normalized_cidr: string | null;
  remote_group_id: string | null;
  /** Migration 0008: an address group of the rule's project; its foreign key keeps the group while the rule names it. */
  remote_address_group_id: string | null;
  /** domain/rule-key.ts: unique per group, so a group never holds the same rule twice. */
  rule_key: string;
  revision_number: number;
  created_at: string;
  updated_at: string;
};

/** One row per project that has its default group; the primary key makes it one group per project. */
export type DefaultGroupTable = {
  project_id: string;
  security_group_id: string;
};

/** One row per group a port is in (migration 0002). */
export type PortBindingTable = {
  port_id: string;
  security_group_id: string;
};

/** A port's port_security_enabled; a port without a row has it on (Neutron's default). */
export type PortSecurityTable = {
  port_id: string;
  port_security_enabled: StoredFlag;
};

/** A network's port_security_enabled (migration 0007); a network without a row has it on. */
export type NetworkSecurityTable = {
  network_id: string;
  port_security_enabled: StoredFlag;
};

/** One allowed address pair of a port (migration 0003); a null MAC is the port's own. */
export type AddressPairTable = {
  port_id: string;
  position: number;
  ip_address: string;
  mac_address: string | null;
};

/** An address group (migration 0008); its addresses are rows of address_group_addresses. */
export type AddressGroupTable = {
  id: string;
  project_id: string;
  name: string;
  description: string;
  revision_number: number;
  created_at: string;
  updated_at: string;
};

/** One CIDR of an address group, as Neutron normalizes it (the network, then its prefix length). */
export type AddressGroupAddressTable = {
  address_group_id: string;
  address: string;
};

/** One RBAC policy (migration 0006): the group `object_id` is shared with `target_tenant` ('*': every project). */
export type RbacPolicyTable = {
  id: string;
  project_id: string;
  object_type: string;
  object_id: string;
  target_tenant: string;
  action: string;
};

export type SecurityGroupTables = {
  security_groups: GroupTable;
  security_group_rules: RuleTable;
  default_security_groups: DefaultGroupTable;
  security_group_port_bindings: PortBindingTable;
  port_security: PortSecurityTable;
  network_port_security: NetworkSecurityTable;
  port_allowed_address_pairs: AddressPairTable;
  security_group_rbac_policies: RbacPolicyTable;
  /** The kit's tag table (createTagTable): one row per tag of a group. */
  security_group_tags: { resource_id: string; tag: string };
  address_groups: AddressGroupTable;
  address_group_addresses: AddressGroupAddressTable;
};

export type SecurityGroupDb = Kysely<SecurityGroupTables>;
