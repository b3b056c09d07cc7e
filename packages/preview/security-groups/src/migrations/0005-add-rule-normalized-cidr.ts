import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * security-groups-normalized-cidr: a rule keeps its remote_ip_prefix as sent and stores its
 * network beside it, so that lists filter and sort on it. Until now remote_ip_prefix held the
 * network already, so existing rules get it copied. Additive: a new nullable column.
 */
export const addRuleNormalizedCidr: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('security_group_rules').addColumn('normalized_cidr', 'varchar(64)').execute();
    await db.updateTable('security_group_rules').set((eb) => ({ normalized_cidr: eb.ref('remote_ip_prefix') })).execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('security_group_rules').dropColumn('normalized_cidr').execute();
  },
};
