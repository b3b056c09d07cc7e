import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * Each network's port_security_enabled (Neutron's port-security puts it on networks too), the
 * default of the ports created on it. Networks are the core's, so nothing references them; the
 * networkDeleted hook forgets a deleted network. A network without a row has it on.
 */
export const createNetworkPortSecurity: Migration = {
  // Migrations see the database as it was then, not as today's types describe it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('network_port_security')
      .addColumn('network_id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('port_security_enabled', 'boolean', (column) => column.notNull())
      .execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('network_port_security').execute();
  },
};
