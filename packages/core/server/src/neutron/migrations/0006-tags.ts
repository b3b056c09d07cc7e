import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** One tag table per core resource (standard-attr-tag); a tag goes with its resource (ON DELETE CASCADE). */
export const TAGGED_TABLES = { networks: 'network_tags', subnets: 'subnet_tags', ports: 'port_tags', routers: 'router_tags' } as const;

/** Neutron's tag extension on every core resource. Additive: new tables only. */
export const tagsMigration: Migration = {
  async up(db: AnyDb) {
    for (const [resourceTable, tagTable] of Object.entries(TAGGED_TABLES)) {
      await db.schema
        .createTable(tagTable)
        .addColumn('resource_id', 'varchar(36)', (column) => column.notNull().references(`${resourceTable}.id`).onDelete('cascade'))
        .addColumn('tag', 'varchar(255)', (column) => column.notNull())
        .addPrimaryKeyConstraint(`${tagTable}_pkey`, ['resource_id', 'tag'])
        .execute();
      await db.schema.createIndex(`${tagTable}_tag_idx`).on(tagTable).columns(['tag', 'resource_id']).execute();
    }
  },
  async down(db: AnyDb) {
    for (const tagTable of Object.values(TAGGED_TABLES)) await db.schema.dropTable(tagTable).execute();
  },
};
