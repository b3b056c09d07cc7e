import type { Kysely } from '@switchyard/sdk';

/**
 * Booleans go in as 0/1 (SQLite's driver cannot bind `true`) and come back as 0/1 on SQLite
 * or true/false on Postgres; `flag` and `isSet` are the only conversions.
 */
export type StoredFlag = number | boolean;

export interface RuleTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  protocol: string | null;
  ip_version: number;
  source_ip_address: string | null;
  destination_ip_address: string | null;
  source_port: string | null;
  destination_port: string | null;
  action: string;
  enabled: StoredFlag;
}

export interface PolicyTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  audited: StoredFlag;
}

export interface PolicyRuleTable {
  policy_id: string;
  rule_id: string;
  position: number;
}

export interface GroupTable {
  id: string;
  project_id: string;
  name: string;
  description: string;
  ingress_firewall_policy_id: string | null;
  egress_firewall_policy_id: string | null;
  admin_state_up: StoredFlag;
  status: string;
}

export interface GroupPortTable {
  port_id: string;
  group_id: string;
}

export interface FirewallTables {
  firewall_rules: RuleTable;
  firewall_policies: PolicyTable;
  firewall_policy_rules: PolicyRuleTable;
  firewall_groups: GroupTable;
  firewall_group_ports: GroupPortTable;
}

export type FirewallDb = Kysely<FirewallTables>;

export function flag(value: boolean): number {
  return value ? 1 : 0;
}

export function isSet(value: StoredFlag): boolean {
  return value === true || value === 1;
}

/** True when a statement failed on a UNIQUE or PRIMARY KEY constraint (SQLite or Postgres). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
