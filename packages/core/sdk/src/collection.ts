import type { FastifyRequest } from 'fastify';
import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import { notFound } from './errors.js';
import { type CollectionSpec, type FilterValue, type ListQuery, parseListQuery, pickFields } from './list-query.js';

// Kysely's builders are generic over the caller's schema; this layer works on any table.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect = SelectQueryBuilder<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyExpressionBuilder = ExpressionBuilder<any, any>;
type Row = Record<string, unknown>;

export interface CollectionLink {
  rel: 'next' | 'previous';
  href: string;
}

export interface ListCollectionOptions<TRow extends Row, TResource extends object> {
  request: FastifyRequest;
  spec: CollectionSpec;
  /** A select already scoped to what the caller may see (project, parent resource). */
  query: AnySelect;
  /** Loads the marker row within the same scope; absent means the marker is unknown (404). */
  findMarker: (id: string) => Promise<TRow | undefined>;
  /** Turns rows into API resources (may load related rows in one batch). */
  present: (rows: TRow[]) => TResource[] | Promise<TResource[]>;
}

/**
 * Lists a collection the way Neutron does and returns the envelope
 * `{"<collection>": [...], "<collection>_links": [...]}` (links only when paginating).
 */
export async function listCollection<TRow extends Row, TResource extends object>(
  options: ListCollectionOptions<TRow, TResource>,
): Promise<Record<string, unknown>> {
  const { request, spec } = options;
  const listQuery = parseListQuery(spec, request.query as Record<string, unknown>);
  const markerRow = listQuery.marker === undefined ? undefined : await options.findMarker(listQuery.marker);
  if (listQuery.marker !== undefined && markerRow === undefined) throw notFound(spec.resource, listQuery.marker);

  const rows = (await applyListQuery(options.query, listQuery, markerRow).execute()) as TRow[];
  const page = takePage(rows, listQuery);
  const resources = await options.present(page.rows);
  const envelope: Record<string, unknown> = {
    [spec.collection]: resources.map((resource) => pickFields(resource, listQuery.fields)),
  };
  const links = collectionLinks(request, listQuery, page);
  if (links.length > 0) envelope[`${spec.collection}_links`] = links;
  return envelope;
}

/** Adds filters, keyset pagination from the marker row, ordering and limit (+1 to detect a next page). */
export function applyListQuery(query: AnySelect, listQuery: ListQuery, markerRow?: Row): AnySelect {
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

interface Page<TRow> {
  rows: TRow[];
  hasMore: boolean;
}

function takePage<TRow>(rows: TRow[], listQuery: ListQuery): Page<TRow> {
  const hasMore = listQuery.limit !== undefined && rows.length > listQuery.limit;
  const pageRows = hasMore ? rows.slice(0, listQuery.limit) : rows;
  // A reversed page was read backwards; show it in the requested order.
  if (listQuery.pageReverse) pageRows.reverse();
  return { rows: pageRows, hasMore };
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
function rowValue(row: Row, column: string): unknown {
  return column in row ? row[column] : row[column.slice(column.lastIndexOf('.') + 1)];
}

function collectionLinks(request: FastifyRequest, listQuery: ListQuery, page: Page<Row>): CollectionLink[] {
  if (listQuery.limit === undefined || page.rows.length === 0) return [];
  const first = page.rows[0];
  const last = page.rows[page.rows.length - 1];
  // Markers are ids; the id attribute may live in a column not called "id".
  const idColumn = listQuery.sort.find((entry) => entry.attribute === 'id')?.column ?? 'id';
  const forwardHasMore = listQuery.pageReverse ? listQuery.marker !== undefined : page.hasMore;
  const backwardHasMore = listQuery.pageReverse ? page.hasMore : listQuery.marker !== undefined;
  const links: CollectionLink[] = [];
  if (forwardHasMore) links.push({ rel: 'next', href: pageHref(request, String(rowValue(last, idColumn)), false) });
  if (backwardHasMore) links.push({ rel: 'previous', href: pageHref(request, String(rowValue(first, idColumn)), true) });
  return links;
}

function pageHref(request: FastifyRequest, marker: string, reverse: boolean): string {
  const [path] = request.url.split('?');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query as Record<string, unknown>)) {
    if (key === 'marker' || key === 'page_reverse' || value === undefined) continue;
    for (const entry of Array.isArray(value) ? value : [value]) params.append(key, String(entry));
  }
  params.set('marker', marker);
  if (reverse) params.set('page_reverse', 'True');
  return `${request.protocol}://${request.host}${path}?${params.toString()}`;
}
