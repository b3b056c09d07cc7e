import type { Migration } from '@switchyard/sdk';

/** The security_groups_items table, as itemResource declares it. Portable types only (flags are integers, as in the core). */
export const createItemsTable: Migration = {
  // `db` is untyped on purpose: a migration sees the database as it was then, not as today's types describe it.
  async up(db) {
    await db.schema
      .createTable('security_groups_items')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('admin_state_up', 'integer', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('security_groups_items_project_idx').on('security_groups_items').column('project_id').execute();
  },

  async down(db) {
    await db.schema.dropTable('security_groups_items').execute();
  },
};
