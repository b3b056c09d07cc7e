import type { Kysely, Migration } from '@switchyard/sdk';

/**
 * `shared` on rules, policies and groups (false for every existing row, as neutron-fwaas'
 * default), and a rule's remote groups. The remote group columns reference the groups without
 * cascade, like a group's policies: the API refuses to delete a group a rule names (409), and
 * the key keeps a concurrent deletion from leaving a rule pointing nowhere.
 */
export const addSharingAndRemoteGroups: Migration = {
  // Migrations see the database as it was then, not as today's types describe it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    for (const table of SHAREABLE_TABLES) {
      await db.schema
        .alterTable(table)
        .addColumn('shared', 'boolean', (column) => column.notNull().defaultTo(false))
        .execute();
    }
    for (const column of REMOTE_GROUP_COLUMNS) {
      await db.schema
        .alterTable('firewall_rules')
        .addColumn(column, 'varchar(36)', (definition) => definition.references('firewall_groups.id'))
        .execute();
      await db.schema.createIndex(`firewall_rules_${column}_idx`).on('firewall_rules').column(column).execute();
    }
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const column of REMOTE_GROUP_COLUMNS) {
      await db.schema.dropIndex(`firewall_rules_${column}_idx`).execute();
      await db.schema.alterTable('firewall_rules').dropColumn(column).execute();
    }
    for (const table of SHAREABLE_TABLES) await db.schema.alterTable(table).dropColumn('shared').execute();
  },
};

const SHAREABLE_TABLES = ['firewall_rules', 'firewall_policies', 'firewall_groups'] as const;
const REMOTE_GROUP_COLUMNS = ['source_firewall_group_id', 'destination_firewall_group_id'] as const;
