import { openDatabase } from '@switchyard/db';
import { sql } from 'kysely';

/**
 * A SQLite database as SQL text, one statement per line: the schema exactly as the release's
 * migrations created it (sqlite_master), then every row, then indexes and triggers. Text rather
 * than the binary file: a reviewer can read it in a diff, and it is a tenth of the size.
 */
export async function dumpSqlite(databaseFile) {
  const database = await openDatabase({ url: `sqlite:${databaseFile}` });
  try {
    const { rows: objects } = await sql`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid`.execute(database.db);
    const tables = objects.filter((object) => object.type === 'table' && !object.name.startsWith('sqlite_'));
    const lines = [...tables.map((table) => `${table.sql};`)];
    for (const table of [...tables, ...objects.filter((object) => object.name === 'sqlite_sequence')]) lines.push(...(await insertsOf(database.db, table.name)));
    lines.push(...objects.filter((object) => object.type !== 'table').map((object) => `${object.sql};`));
    return `${lines.map(oneLine).join('\n')}\n`;
  } finally {
    await database.close();
  }
}

async function insertsOf(db, table) {
  const { rows } = await sql`SELECT * FROM ${sql.table(table)} ORDER BY rowid`.execute(db);
  return rows.map((row) => `INSERT INTO ${quoteName(table)} (${Object.keys(row).map(quoteName).join(', ')}) VALUES (${Object.values(row).map(literal).join(', ')});`);
}

function quoteName(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

function literal(value) {
  if (value === null) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  return `'${String(value).replaceAll("'", "''").replaceAll('\n', "'||char(10)||'")}'`;
}

/** Schema text from sqlite_master may span lines; the loader reads one statement per line. */
function oneLine(statement) {
  return statement.replace(/\s*\n\s*/g, ' ');
}
