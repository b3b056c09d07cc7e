import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * rbac-security-groups: which projects (or '*', every project) a group is shared with. A policy
 * goes with its group; one group holds one policy per target and action. `shared` on groups now
 * depends on who asks, so 0001's `shared` column is no longer read; it stays, as a stable
 * migration may drop no column and this one becomes stable when the plugin is promoted.
 */
export const createRbacPolicies: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('security_group_rbac_policies')
      .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
      .addColumn('project_id', 'varchar(255)', (column) => column.notNull())
      .addColumn('object_type', 'varchar(32)', (column) => column.notNull())
      .addColumn('object_id', 'varchar(36)', (column) => column.notNull().references('security_groups.id').onDelete('cascade'))
      .addColumn('target_tenant', 'varchar(255)', (column) => column.notNull())
      .addColumn('action', 'varchar(255)', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('security_group_rbac_policies_project_idx').on('security_group_rbac_policies').column('project_id').execute();
    await db.schema.createIndex('security_group_rbac_policies_target_idx').on('security_group_rbac_policies').columns(['target_tenant', 'object_id']).execute();
    await db.schema.createIndex('security_group_rbac_policies_unique_idx').on('security_group_rbac_policies').columns(['object_id', 'target_tenant', 'action']).unique().execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('security_group_rbac_policies').execute();
  },
};
