import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * Neutron's allowed-address-pairs: further addresses (and MACs) a port may send from, in the
 * order they were given. `mac_address` null means the port's own MAC, read when shown, so the pair
 * follows the port. As with the other port tables, no foreign key names the core's ports.
 */
export const createAllowedAddressPairs: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('port_allowed_address_pairs')
      .addColumn('port_id', 'varchar(36)', (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('ip_address', 'varchar(64)', (column) => column.notNull())
      .addColumn('mac_address', 'varchar(17)')
      .addPrimaryKeyConstraint('port_allowed_address_pairs_pk', ['port_id', 'position'])
      .execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('port_allowed_address_pairs').execute();
  },
};
