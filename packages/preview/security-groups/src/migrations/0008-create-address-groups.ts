import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * Neutron's address-group and security-groups-remote-address-group: named sets of CIDRs, and a
 * rule's remote_address_group_id. A group's addresses go with it; a rule's address group is kept
 * while the rule names it (restrict: the service answers AddressGroupInUse, and a rule created
 * while the group is deleted fails instead of being dropped). Additive: new tables and a new
 * nullable column.
 */
export const createAddressGroups: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('address_groups')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('revision_number', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'varchar(32)', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(32)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('address_groups_project_idx').on('address_groups').column('project_id').execute();

    await db.schema
      .createTable('address_group_addresses')
      .addColumn('address_group_id', 'varchar(36)', (column) => column.notNull().references('address_groups.id').onDelete('cascade'))
      .addColumn('address', 'varchar(64)', (column) => column.notNull())
      .addPrimaryKeyConstraint('address_group_addresses_pk', ['address_group_id', 'address'])
      .execute();

    await db.schema
      .alterTable('security_group_rules')
      .addColumn('remote_address_group_id', 'varchar(36)', (column) => column.references('address_groups.id').onDelete('restrict'))
      .execute();
    await db.schema.createIndex('security_group_rules_remote_address_group_idx').on('security_group_rules').column('remote_address_group_id').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('security_group_rules_remote_address_group_idx').execute();
    await db.schema.alterTable('security_group_rules').dropColumn('remote_address_group_id').execute();
    await db.schema.dropTable('address_group_addresses').execute();
    await db.schema.dropTable('address_groups').execute();
  },
};
