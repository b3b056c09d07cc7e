import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * Groups, their rules, and each project's default group. A rule goes with its group and with
 * any group it names as remote group (Neutron's foreign keys cascade the same way). The unique
 * index on (security_group_id, rule_key) keeps a group from holding one rule twice, and the
 * primary key of default_security_groups gives a project one default group, under concurrent
 * requests too.
 */
export const createSecurityGroupTables: Migration = {
  // Migrations see the database as it was then, not as today's types describe it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('security_groups')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('stateful', 'boolean', (column) => column.notNull())
      .addColumn('shared', 'boolean', (column) => column.notNull())
      .addColumn('revision_number', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'varchar(32)', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(32)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('security_groups_project_idx').on('security_groups').column('project_id').execute();

    await db.schema
      .createTable('security_group_rules')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('security_group_id', 'varchar(36)', (column) => column.notNull().references('security_groups.id').onDelete('cascade'))
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('direction', 'varchar(8)', (column) => column.notNull())
      .addColumn('ethertype', 'varchar(8)', (column) => column.notNull())
      .addColumn('protocol', 'varchar(40)')
      .addColumn('port_range_min', 'integer')
      .addColumn('port_range_max', 'integer')
      .addColumn('remote_ip_prefix', 'varchar(64)')
      .addColumn('remote_group_id', 'varchar(36)', (column) => column.references('security_groups.id').onDelete('cascade'))
      .addColumn('rule_key', 'varchar(255)', (column) => column.notNull())
      .addColumn('revision_number', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'varchar(32)', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(32)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('security_group_rules_project_idx').on('security_group_rules').column('project_id').execute();
    await db.schema.createIndex('security_group_rules_remote_group_idx').on('security_group_rules').column('remote_group_id').execute();
    await db.schema.createIndex('security_group_rules_key_idx').on('security_group_rules').columns(['security_group_id', 'rule_key']).unique().execute();

    await db.schema
      .createTable('default_security_groups')
      .addColumn('project_id', 'varchar(255)', (column) => column.primaryKey())
      .addColumn('security_group_id', 'varchar(36)', (column) => column.notNull().unique().references('security_groups.id').onDelete('cascade'))
      .execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['default_security_groups', 'security_group_rules', 'security_groups']) await db.schema.dropTable(table).execute();
  },
};
