import { describe, expect, it } from 'vitest';
import { findDataLoss } from './find-data-loss.js';

/** A migration module in the repository's shape, with `statement` as the only line of `up`. */
function migration(statement: string, down = 'await db.schema.dropTable("ports").execute();'): string {
  return `import { sql, type Kysely, type Migration } from 'kysely';

export const portsMigration: Migration = {
  async up(db: Kysely<any>) {
    ${statement}
  },
  async down(db: Kysely<any>) {
    ${down}
  },
};
`;
}

function effects(statement: string): string[] {
  return findDataLoss({ file: 'src/migrations/0005-x.ts', text: migration(statement) }).map((found) => found.effect);
}

describe('findDataLoss', () => {
  it.each([
    ['drop a table', `await db.schema.dropTable('ports').execute();`, 'drops table "ports"'],
    ['drop a column', `await db.schema.alterTable('ports').dropColumn('mac_address').execute();`, 'drops column "mac_address"'],
    ['change a column type', `await db.schema.alterTable('ports').alterColumn('name', (column) => column.setDataType('varchar(16)')).execute();`, 'changes the type of a column to "varchar(16)"'],
    ['modify a column', `await db.schema.alterTable('ports').modifyColumn('name', 'varchar(16)').execute();`, 'changes the definition of column "name" to "varchar(16)"'],
    ['rename a table', `await db.schema.alterTable('ports').renameTo('network_ports').execute();`, 'renames a table to "network_ports"'],
    ['rename a column', `await db.schema.alterTable('ports').renameColumn('name', 'label').execute();`, 'renames column "name" to "label"'],
    ['delete rows', `await db.deleteFrom('ports').where('status', '=', 'DOWN').execute();`, 'deletes rows of "ports"'],
    ['raw DROP', 'await sql`DROP TABLE ports`.execute(db);', 'runs destructive SQL ("DROP TABLE ports")'],
    ['raw TRUNCATE through sql.raw', `await sql.raw('truncate table ports').execute(db);`, 'runs destructive SQL ("truncate table ports")'],
    ['raw DELETE with a parameter', 'await sql`DELETE FROM ports WHERE id = ${id}`.execute(db);', 'runs destructive SQL ("DELETE FROM ports WHERE id = ?")'],
    ['raw ALTER ... TYPE', 'await sql`ALTER TABLE ports ALTER COLUMN name TYPE varchar(16)`.execute(db);', 'runs destructive SQL ("ALTER TABLE ports ALTER COLUMN name TYPE varchar(16)")'],
    ['raw RENAME', 'await sql`ALTER TABLE ports RENAME COLUMN name TO label`.execute(db);', 'runs destructive SQL ("ALTER TABLE ports RENAME COLUMN name TO label")'],
  ])('finds: %s', (_kind, statement, effect) => {
    expect(effects(statement)).toEqual([effect]);
  });

  it.each([
    ['create a table', `await db.schema.createTable('ports').addColumn('id', 'varchar(36)', (column) => column.primaryKey()).execute();`],
    ['add a column', `await db.schema.alterTable('ports').addColumn('label', 'varchar(255)').execute();`],
    ['create an index', `await db.schema.createIndex('ports_label_idx').on('ports').column('label').execute();`],
    ['copy data forward', `await db.updateTable('ports').set({ label: sql\`name\` }).execute();`],
    ['call methods every object has', `await db.schema.alterTable(String(1).toString()).addColumn('constructor', 'integer').execute();`],
    ['raw SQL with ON DELETE', 'await sql`CREATE TABLE macs (port_id varchar(36) REFERENCES ports(id) ON DELETE CASCADE)`.execute(db);'],
    ['raw DROP INDEX', 'await sql`DROP INDEX ports_name_idx`.execute(db);'],
    ['raw additive SQL', 'await sql`ALTER TABLE ports ADD COLUMN label varchar(255)`.execute(db);'],
    ['widen nothing but mention it in a comment', `// later: db.schema.dropTable('ports'), once nobody reads it\n    await db.schema.alterTable('ports').addColumn('x', 'integer').execute();`],
    ['mention it in a string', `await db.insertInto('notes').values({ text: "dropTable('ports') and sql DROP TABLE are forbidden" }).execute();`],
  ])('passes the additive counterpart: %s', (_kind, statement) => {
    expect(effects(statement)).toEqual([]);
  });

  it('ignores down(), where undoing is the point', () => {
    expect(effects(`await db.schema.createTable('ports').addColumn('id', 'integer').execute();`)).toEqual([]);
  });

  it('names the line of the call and the whole statement on one line', () => {
    const [found] = findDataLoss({ file: 'x.ts', text: migration(`await db.schema\n      .alterTable('ports')\n      .dropColumn('mac_address')\n      .execute();`) });
    expect(found).toMatchObject({ line: 7, statement: `await db.schema .alterTable('ports') .dropColumn('mac_address') .execute();`, escape: undefined });
  });

  it('reads up written as an exported function or an arrow property', () => {
    const asFunction = `export async function up(db) { await db.schema.dropTable('a').execute(); }\nexport async function down(db) {}\n`;
    const asArrow = `export default { up: async (db) => { await db.schema.dropTable('b').execute(); } };\n`;
    expect(findDataLoss({ file: 'f.ts', text: asFunction }).map((found) => found.effect)).toEqual(['drops table "a"']);
    expect(findDataLoss({ file: 'a.ts', text: asArrow }).map((found) => found.effect)).toEqual(['drops table "b"']);
  });

  describe('the escape comment', () => {
    const escapeOf = (statement: string) => findDataLoss({ file: 'x.ts', text: migration(statement) })[0]?.escape;

    it('is read from the line directly above, with its reason', () => {
      expect(escapeOf(`// switchyard-allow-data-loss: mac addresses moved to port_macs in 0004\n    await db.schema.alterTable('ports').dropColumn('mac').execute();`)).toEqual({ line: 5, reason: 'mac addresses moved to port_macs in 0004' });
    });

    it('may sit anywhere in the comment block right above', () => {
      expect(escapeOf(`// switchyard-allow-data-loss: replaced by port_macs\n    // (copied in 0004)\n    await db.schema.alterTable('ports').dropColumn('mac').execute();`)?.reason).toBe('replaced by port_macs');
    });

    it('records a missing reason as empty', () => {
      expect(escapeOf(`// switchyard-allow-data-loss\n    await db.schema.dropTable('ports').execute();`)).toEqual({ line: 5, reason: '' });
    });

    it('does not reach over a blank line or another statement', () => {
      expect(escapeOf(`// switchyard-allow-data-loss: old\n\n    await db.schema.dropTable('ports').execute();`)).toBeUndefined();
      expect(escapeOf(`// switchyard-allow-data-loss: old\n    await db.schema.createTable('t').execute();\n    await db.schema.dropTable('ports').execute();`)).toBeUndefined();
    });

    it('above a loop covers the statements in it', () => {
      expect(escapeOf(`// switchyard-allow-data-loss: legacy tables\n    for (const table of ['a', 'b']) {\n      await db.schema.dropTable(table).execute();\n    }`)?.reason).toBe('legacy tables');
    });
  });
});
