import type { Kysely, Migration } from 'kysely';

// Migrations see the database as it was then, not as the current types describe it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const networksMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('networks')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('admin_state_up', 'integer', (column) => column.notNull())
      .addColumn('status', 'varchar(16)', (column) => column.notNull())
      .addColumn('shared', 'integer', (column) => column.notNull())
      .addColumn('mtu', 'integer', (column) => column.notNull())
      .addColumn('created_at', 'varchar(40)', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(40)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('networks_project_id_idx').on('networks').columns(['project_id', 'id']).execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('networks').execute();
  },
};
