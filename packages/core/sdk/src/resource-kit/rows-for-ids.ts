/**
 * How many values one `IN (...)` list binds: far below SQLite's limit of 32,766 parameters per
 * statement and PostgreSQL's 65,535, with room for the query's other parameters.
 */
export const IDS_PER_QUERY = 1_000;

/**
 * Runs `query` on slices of `ids` of at most `IDS_PER_QUERY` and returns all their rows, so that
 * loading what a page shows (its ports' addresses, its groups' rules) works however large the
 * page is: an unlimited list (`limit=0`) of 40,000 ports would otherwise exceed the database's
 * parameter limit and fail. Rows come slice by slice, each slice in the query's own order; group
 * them by id (a `Map`) rather than rely on one global order.
 *
 * @public
 */
export async function rowsForIds<Id, Row>(ids: readonly Id[], query: (slice: readonly Id[]) => Promise<readonly Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) rows.push(...(await query(ids.slice(start, start + IDS_PER_QUERY))));
  return rows;
}
