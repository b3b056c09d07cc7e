import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import type { FilterValue, ListQuery } from './list-query.js';

// Kysely's builders are generic over the caller's schema; this layer works on any table.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyExpressionBuilder = ExpressionBuilder<any, any>;
type Row = Record<string, unknown>;

/**
 * Adds filters, keyset pagination from the marker row, ordering and limit (+1 to detect a next page).
 * `listCollection` is the stable way to list; this lower layer is exported for plugins that build
 * their own envelope, and stays alpha while its untyped query builder and the extra row it reads
 * are likely to change.
 *
 * @alpha
 */
export function applyListQuery(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<any, any, any>,
  listQuery: ListQuery,
  markerRow?: Record<string, unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): SelectQueryBuilder<any, any, any> {
  let scoped = query;
  for (const filter of listQuery.filters) scoped = scoped.where(filter.column, 'in', filter.values.map(bindable));
  const order = effectiveOrder(listQuery);
  if (markerRow) scoped = scoped.where((eb: AnyExpressionBuilder) => after(eb, order, markerRow));
  for (const { column, direction } of order) scoped = scoped.orderBy(column, direction);
  if (listQuery.limit !== undefined) scoped = scoped.limit(listQuery.limit + 1);
  return scoped;
}

/**
 * SQLite's driver cannot bind booleans. 1/0 matches a flag stored as an integer on either
 * dialect, and a Postgres boolean column too (Postgres reads the parameter as '1'/'0').
 */
function bindable(value: FilterValue): string | number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function effectiveOrder(listQuery: ListQuery): ListQuery['sort'] {
  if (!listQuery.pageReverse) return listQuery.sort;
  return listQuery.sort.map((entry) => ({ ...entry, direction: entry.direction === 'asc' ? 'desc' : 'asc' }));
}

/** Rows strictly after the marker in the given order: (a > m.a) or (a = m.a and b > m.b) ... */
function after(eb: AnyExpressionBuilder, order: ListQuery['sort'], markerRow: Row): Expression<SqlBool> {
  const alternatives = order.map((entry, index) => {
    const equalPrefix = order
      .slice(0, index)
      .map((previous) => eb(previous.column, '=', rowValue(markerRow, previous.column)));
    const beyond = eb(entry.column, entry.direction === 'asc' ? '>' : '<', rowValue(markerRow, entry.column));
    return eb.and([...equalPrefix, beyond]);
  });
  return eb.or(alternatives);
}

/** A selected row names its keys without the table prefix a column may carry ("networks.name"). */
export function rowValue(row: Row, column: string): unknown {
  return Object.hasOwn(row, column) ? row[column] : row[column.slice(column.lastIndexOf('.') + 1)];
}
