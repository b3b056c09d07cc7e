import { type Kysely, type Migration, createTagTable } from '@switchyard/sdk';

/** Neutron's standard-attr-tag on security groups; a group's tags go with it. Additive: a new table only. */
export const createSecurityGroupTags: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await createTagTable(db, { resourceTable: 'security_groups', tagTable: 'security_group_tags' });
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('security_group_tags').execute();
  },
};
