import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const portsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('ports')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('network_id', 'varchar(36)', (column) => column.notNull().references('networks.id'))
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('mac_address', 'varchar(32)', (column) => column.notNull().unique())
      .addColumn('admin_state_up', 'integer', (column) => column.notNull())
      .addColumn('status', 'varchar(16)', (column) => column.notNull())
      .addColumn('device_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('device_owner', 'varchar(255)', (column) => column.notNull())
      .addColumn('created_at', 'varchar(40)', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(40)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('ports_project_id_idx').on('ports').columns(['project_id', 'id']).execute();
    await db.schema.createIndex('ports_network_id_idx').on('ports').column('network_id').execute();
    await db.schema.createIndex('ports_device_id_idx').on('ports').column('device_id').execute();
    // The primary key is what makes an address impossible to hand out twice, even under races.
    await db.schema
      .createTable('ip_allocations')
      .addColumn('subnet_id', 'varchar(36)', (column) => column.notNull().references('subnets.id'))
      .addColumn('ip_address', 'varchar(64)', (column) => column.notNull())
      .addColumn('port_id', 'varchar(36)', (column) => column.notNull().references('ports.id').onDelete('cascade'))
      .addColumn('network_id', 'varchar(36)', (column) => column.notNull().references('networks.id'))
      .addPrimaryKeyConstraint('ip_allocations_pk', ['subnet_id', 'ip_address'])
      .execute();
    await db.schema.createIndex('ip_allocations_port_id_idx').on('ip_allocations').column('port_id').execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('ip_allocations').execute();
    await db.schema.dropTable('ports').execute();
  },
};
