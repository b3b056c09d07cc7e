import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const REVISED_TABLES = ['networks', 'subnets', 'ports', 'routers'] as const;

/**
 * Neutron's standard-attr-revisions on every core resource, and router:external on networks.
 * Additive: rows stored before this read as revision 1 and internal networks.
 */
export const standardAttributesMigration: Migration = {
  async up(db: AnyDb) {
    for (const table of REVISED_TABLES) {
      await db.schema
        .alterTable(table)
        .addColumn('revision_number', 'integer', (column) => column.notNull().defaultTo(1))
        .execute();
    }
    await db.schema
      .alterTable('networks')
      .addColumn('router_external', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.alterTable('networks').dropColumn('router_external').execute();
    for (const table of REVISED_TABLES) await db.schema.alterTable(table).dropColumn('revision_number').execute();
  },
};
