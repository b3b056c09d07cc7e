import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The schema unqualified table names resolve to on this connection (PostgreSQL's
 * `current_schema()`, from its search_path); undefined on SQLite, which has one namespace.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function connectionSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

/**
 * The tables of the connection's own schema. Kysely's introspection lists every schema of a
 * PostgreSQL database, so deployments in two schemas of one database would see each other's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ownTableNames(db: Kysely<any>): Promise<Set<string>> {
  const [tables, schema] = await Promise.all([db.introspection.getTables(), connectionSchema(db)]);
  return new Set(tables.filter((table) => schema === undefined || table.schema === schema).map((table) => table.name));
}
