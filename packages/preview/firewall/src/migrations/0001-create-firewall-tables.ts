import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * Rules, policies (with their ordered rule list) and groups (with the router ports they are
 * bound to). Portable column types only: booleans are `boolean` (0/1 on SQLite), positions are
 * integers. Foreign keys without cascade keep in-use resources from vanishing under a race;
 * the API checks first so the caller gets a 409 that names the users.
 */
export const createFirewallTables: Migration = {
  // Migrations see the database as it was then, not as today's types describe it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('firewall_rules')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(1024)', (column) => column.notNull())
      .addColumn('protocol', 'varchar(8)')
      .addColumn('ip_version', 'integer', (column) => column.notNull())
      .addColumn('source_ip_address', 'varchar(64)')
      .addColumn('destination_ip_address', 'varchar(64)')
      .addColumn('source_port', 'varchar(16)')
      .addColumn('destination_port', 'varchar(16)')
      .addColumn('action', 'varchar(8)', (column) => column.notNull())
      .addColumn('enabled', 'boolean', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('firewall_rules_project_idx').on('firewall_rules').column('project_id').execute();

    await db.schema
      .createTable('firewall_policies')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(1024)', (column) => column.notNull())
      .addColumn('audited', 'boolean', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('firewall_policies_project_idx').on('firewall_policies').column('project_id').execute();

    await db.schema
      .createTable('firewall_policy_rules')
      .addColumn('policy_id', 'varchar(36)', (column) => column.notNull().references('firewall_policies.id').onDelete('cascade'))
      .addColumn('rule_id', 'varchar(36)', (column) => column.notNull().references('firewall_rules.id'))
      .addColumn('position', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('firewall_policy_rules_pk', ['policy_id', 'rule_id'])
      .execute();
    await db.schema.createIndex('firewall_policy_rules_rule_idx').on('firewall_policy_rules').column('rule_id').execute();

    await db.schema
      .createTable('firewall_groups')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(1024)', (column) => column.notNull())
      .addColumn('ingress_firewall_policy_id', 'varchar(36)', (column) => column.references('firewall_policies.id'))
      .addColumn('egress_firewall_policy_id', 'varchar(36)', (column) => column.references('firewall_policies.id'))
      .addColumn('admin_state_up', 'boolean', (column) => column.notNull())
      .addColumn('status', 'varchar(16)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('firewall_groups_project_idx').on('firewall_groups').column('project_id').execute();

    // The primary key on port_id is the enforcement of "one group per port", race-proof.
    await db.schema
      .createTable('firewall_group_ports')
      .addColumn('port_id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('group_id', 'varchar(36)', (column) => column.notNull().references('firewall_groups.id').onDelete('cascade'))
      .execute();
    await db.schema.createIndex('firewall_group_ports_group_idx').on('firewall_group_ports').column('group_id').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['firewall_group_ports', 'firewall_groups', 'firewall_policy_rules', 'firewall_policies', 'firewall_rules']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
