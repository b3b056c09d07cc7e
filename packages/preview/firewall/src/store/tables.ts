import { type Kysely, rowsForIds } from '@switchyard/sdk';

/**
 * The firewall's tables as migrations 0001 and 0002 made them, for typed queries. Booleans go in as 0/1
 * (SQLite's driver cannot bind `true`) and come back as 0/1 on SQLite or true/false on Postgres;
 * `flag` and `isSet` convert them, as the kit's `tableStore` and `presentRows` do for resource rows.
 */
export type StoredFlag = number | boolean;

export type RuleTable = {
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
  shared: StoredFlag;
  source_firewall_group_id: string | null;
  destination_firewall_group_id: string | null;
};

export type PolicyTable = {
  id: string;
  project_id: string;
  name: string;
  description: string;
  audited: StoredFlag;
  shared: StoredFlag;
};

export type PolicyRuleTable = {
  policy_id: string;
  rule_id: string;
  position: number;
};

export type GroupTable = {
  id: string;
  project_id: string;
  name: string;
  description: string;
  ingress_firewall_policy_id: string | null;
  egress_firewall_policy_id: string | null;
  admin_state_up: StoredFlag;
  status: string;
  shared: StoredFlag;
};

export type GroupPortTable = {
  port_id: string;
  group_id: string;
};

export type FirewallTables = {
  firewall_rules: RuleTable;
  firewall_policies: PolicyTable;
  firewall_policy_rules: PolicyRuleTable;
  firewall_groups: GroupTable;
  firewall_group_ports: GroupPortTable;
};

export type FirewallDb = Kysely<FirewallTables>;

export function flag(value: boolean): number {
  return value ? 1 : 0;
}

export function isSet(value: StoredFlag): boolean {
  return value === true || value === 1;
}

/** Tables of the resources other projects may use when shared. */
export type ShareableTable = 'firewall_rules' | 'firewall_policies' | 'firewall_groups';

export interface Ownership {
  projectId: string;
  shared: boolean;
}

/** The owning project, and whether it is shared, of each of these resources that still exists, by id. */
export async function ownersOf(db: FirewallDb, table: ShareableTable, ids: readonly string[]): Promise<Map<string, Ownership>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsForIds(ids, (slice) => db.selectFrom(table).select(['id', 'project_id', 'shared']).where('id', 'in', slice).execute());
  return new Map(rows.map((row) => [row.id, { projectId: row.project_id, shared: isSet(row.shared) }]));
}

/** Groups `[key, value]` rows into lists by key, in row order (the queries sort them). */
export function listsByKey(rows: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [key, value] of rows) {
    const list = lists.get(key);
    if (list) list.push(value);
    else lists.set(key, [value]);
  }
  return lists;
}
