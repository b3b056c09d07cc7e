import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * The port attributes this service adds to core ports: which groups each port is in, and whether
 * its port security is on. Ports are the core's, so nothing here references them; the plugin's
 * portDeleted hook forgets a deleted port. A group in use by a port cannot be deleted: the
 * foreign key restricts it, the service answers 409 before it gets there.
 */
export const createPortSecurityTables: Migration = {
  // Migrations see the database as it was then, not as today's types describe it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('security_group_port_bindings')
      .addColumn('port_id', 'varchar(36)', (column) => column.notNull())
      .addColumn('security_group_id', 'varchar(36)', (column) => column.notNull().references('security_groups.id').onDelete('restrict'))
      .addPrimaryKeyConstraint('security_group_port_bindings_pk', ['port_id', 'security_group_id'])
      .execute();
    await db.schema.createIndex('security_group_port_bindings_group_idx').on('security_group_port_bindings').column('security_group_id').execute();

    await db.schema
      .createTable('port_security')
      .addColumn('port_id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('port_security_enabled', 'boolean', (column) => column.notNull())
      .execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['port_security', 'security_group_port_bindings']) await db.schema.dropTable(table).execute();
  },
};
