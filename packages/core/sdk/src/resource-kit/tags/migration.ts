import type { Kysely } from 'kysely';

/**
 * Creates the tag table of one resource, as the tag routes and filters expect it: `resource_id`
 * (deleted with its resource) and `tag`, one row per tag, indexed for the tag filters. For a
 * service's own migration; additive, a new table only.
 *
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createTagTable(db: Kysely<any>, tables: { resourceTable: string; tagTable: string }): Promise<void> {
  const { resourceTable, tagTable } = tables;
  await db.schema
    .createTable(tagTable)
    .addColumn('resource_id', 'varchar(36)', (column) => column.notNull().references(`${resourceTable}.id`).onDelete('cascade'))
    .addColumn('tag', 'varchar(255)', (column) => column.notNull())
    .addPrimaryKeyConstraint(`${tagTable}_pkey`, ['resource_id', 'tag'])
    .execute();
  await db.schema.createIndex(`${tagTable}_tag_idx`).on(tagTable).columns(['tag', 'resource_id']).execute();
}
