import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** A project's own limits, set by an admin (PUT /v2.0/quotas/<project_id>); the rest come from [quotas]. Additive: a new table only. */
export const quotasMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('quotas')
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('resource', 'varchar(255)', (column) => column.notNull())
      .addColumn('quota_limit', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('quotas_pkey', ['project_id', 'resource'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('quotas').execute();
  },
};
