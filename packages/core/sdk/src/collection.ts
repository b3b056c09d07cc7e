import type { FastifyRequest } from 'fastify';
import type { SelectQueryBuilder } from 'kysely';
import { applyListQuery, rowValue } from './apply-list-query.js';
import { notFound } from './errors.js';
import { type CollectionSpec, type ListQuery, parseListQuery, pickFields } from './list-query.js';

// The public signatures spell these types out, so the API report shows what callers pass.
type Row = Record<string, unknown>;

/** @public */
export interface CollectionLink {
  rel: 'next' | 'previous';
  href: string;
}

/** @public */
export interface ListCollectionOptions<TRow extends Record<string, unknown>, TResource extends object> {
  request: FastifyRequest;
  spec: CollectionSpec;
  /** A select already scoped to what the caller may see (project, parent resource). */
  // Kysely's builders are generic over the caller's schema; this layer works on any table.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: SelectQueryBuilder<any, any, any>;
  /** Loads the marker row within the same scope; absent means the marker is unknown (404). */
  findMarker: (id: string) => Promise<TRow | undefined>;
  /** Turns rows into API resources (may load related rows in one batch). */
  present: (rows: TRow[]) => TResource[] | Promise<TResource[]>;
}

/**
 * Lists a collection the way Neutron does and returns the envelope
 * `{"<collection>": [...], "<collection>_links": [...]}` (links only when paginating).
 *
 * @public
 */
export async function listCollection<TRow extends Record<string, unknown>, TResource extends object>(
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

interface Page<TRow> {
  rows: TRow[];
}

function takePage<TRow>(rows: TRow[], listQuery: ListQuery): Page<TRow> {
  const hasMore = listQuery.limit !== undefined && rows.length > listQuery.limit;
  const pageRows = hasMore ? rows.slice(0, listQuery.limit) : rows;
  // A reversed page was read backwards; show it in the requested order.
  if (listQuery.pageReverse) pageRows.reverse();
  return { rows: pageRows };
}

function collectionLinks(request: FastifyRequest, listQuery: ListQuery, page: Page<Row>): CollectionLink[] {
  if (listQuery.limit === undefined) return [];
  // As neutron-server: a full page links onward (even when it is the last), a marker links back.
  const full = page.rows.length >= listQuery.limit;
  const forwardHasMore = listQuery.pageReverse ? listQuery.marker !== undefined : full;
  const backwardHasMore = listQuery.pageReverse ? full : listQuery.marker !== undefined;
  if (page.rows.length === 0) {
    // Past either end: the way back is a read from that end, without a marker.
    if (listQuery.marker === undefined) return [];
    const back: CollectionLink = listQuery.pageReverse
      ? { rel: 'next', href: pageHref(request, undefined, false) }
      : { rel: 'previous', href: pageHref(request, undefined, true) };
    return [back];
  }
  const first = page.rows[0];
  const last = page.rows[page.rows.length - 1];
  // Markers are ids; the id attribute may live in a column not called "id".
  const idColumn = listQuery.sort.find((entry) => entry.attribute === 'id')?.column ?? 'id';
  const links: CollectionLink[] = [];
  if (forwardHasMore) links.push({ rel: 'next', href: pageHref(request, String(rowValue(last, idColumn)), false) });
  if (backwardHasMore) links.push({ rel: 'previous', href: pageHref(request, String(rowValue(first, idColumn)), true) });
  return links;
}

function pageHref(request: FastifyRequest, marker: string | undefined, reverse: boolean): string {
  const [path] = request.url.split('?');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query as Record<string, unknown>)) {
    if (key === 'marker' || key === 'page_reverse' || value === undefined) continue;
    for (const entry of Array.isArray(value) ? value : [value]) params.append(key, String(entry));
  }
  if (marker !== undefined) params.set('marker', marker);
  if (reverse) params.set('page_reverse', 'True');
  return `${request.protocol}://${request.host}${path}?${params.toString()}`;
}
