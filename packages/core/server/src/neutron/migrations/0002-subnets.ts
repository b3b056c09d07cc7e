import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const subnetsMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('subnets')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('network_id', 'varchar(36)', (column) => column.notNull().references('networks.id').onDelete('cascade'))
      .addColumn('name', 'varchar(255)', (column) => column.notNull())
      .addColumn('description', 'varchar(255)', (column) => column.notNull())
      .addColumn('ip_version', 'integer', (column) => column.notNull())
      .addColumn('cidr', 'varchar(64)', (column) => column.notNull())
      .addColumn('gateway_ip', 'varchar(64)')
      .addColumn('enable_dhcp', 'integer', (column) => column.notNull())
      .addColumn('ipv6_ra_mode', 'varchar(16)')
      .addColumn('ipv6_address_mode', 'varchar(16)')
      .addColumn('created_at', 'varchar(40)', (column) => column.notNull())
      .addColumn('updated_at', 'varchar(40)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('subnets_project_id_idx').on('subnets').columns(['project_id', 'id']).execute();
    await db.schema.createIndex('subnets_network_id_idx').on('subnets').column('network_id').execute();
    await createSubnetDetailTables(db);
  },
  async down(db: AnyDb) {
    for (const table of ['subnet_host_routes', 'subnet_dns_nameservers', 'subnet_allocation_pools', 'subnets']) {
      await db.schema.dropTable(table).execute();
    }
  },
};

/** Lists of a subnet, kept in the order the user gave them (`position`). */
async function createSubnetDetailTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('subnet_allocation_pools')
    .addColumn('subnet_id', 'varchar(36)', (column) => column.notNull().references('subnets.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('first_ip', 'varchar(64)', (column) => column.notNull())
    .addColumn('last_ip', 'varchar(64)', (column) => column.notNull())
    .addPrimaryKeyConstraint('subnet_allocation_pools_pk', ['subnet_id', 'position'])
    .execute();
  await db.schema
    .createTable('subnet_dns_nameservers')
    .addColumn('subnet_id', 'varchar(36)', (column) => column.notNull().references('subnets.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('address', 'varchar(64)', (column) => column.notNull())
    .addPrimaryKeyConstraint('subnet_dns_nameservers_pk', ['subnet_id', 'position'])
    .execute();
  await db.schema
    .createTable('subnet_host_routes')
    .addColumn('subnet_id', 'varchar(36)', (column) => column.notNull().references('subnets.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('destination', 'varchar(64)', (column) => column.notNull())
    .addColumn('nexthop', 'varchar(64)', (column) => column.notNull())
    .addPrimaryKeyConstraint('subnet_host_routes_pk', ['subnet_id', 'position'])
    .execute();
}
