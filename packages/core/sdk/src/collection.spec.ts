import BetterSqlite3 from 'better-sqlite3';
import Fastify, { type FastifyInstance } from 'fastify';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCollection } from './collection.js';
import { SwitchyardError } from './errors.js';
import type { CollectionSpec } from './list-query.js';

// A type alias, not an interface: listCollection's rows must be indexable records.
type WidgetRow = {
  id: string;
  project_id: string;
  name: string;
  size_mb: number;
  shared: number;
};

const spec: CollectionSpec = {
  resource: 'widget',
  collection: 'widgets',
  attributes: {
    id: { column: 'widgets.id', type: 'string' },
    name: { column: 'name', type: 'string' },
    size: { column: 'size_mb', type: 'integer' },
    shared: { column: 'shared', type: 'boolean' },
  },
};

/**
 * 25 widgets, five per name, inserted in an order unrelated to their ids, so that sorting by
 * name needs the id tie-breaker; one widget belongs to another project.
 */
function widgetRows(): WidgetRow[] {
  const rows = Array.from({ length: 25 }, (_, index) => ({
    id: `w${String((index * 7) % 25).padStart(2, '0')}`,
    project_id: 'p1',
    name: `name-${index % 5}`,
    size_mb: index,
    shared: index % 2,
  }));
  rows.push({ id: 'other', project_id: 'p2', name: 'name-0', size_mb: 99, shared: 0 });
  return rows;
}

interface WidgetDatabase {
  widgets: WidgetRow;
}

async function openWidgets(): Promise<Kysely<WidgetDatabase>> {
  const db = new Kysely<WidgetDatabase>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
  await db.schema
    .createTable('widgets')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('size_mb', 'integer', (column) => column.notNull())
    .addColumn('shared', 'boolean', (column) => column.notNull())
    .execute();
  await db.insertInto('widgets').values(widgetRows()).execute();
  return db;
}

async function buildWidgetApp(db: Kysely<WidgetDatabase>): Promise<FastifyInstance> {
  const app = Fastify();
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof SwitchyardError) return reply.status(error.statusCode).send(error.toBody());
    return reply.status(500).send({ message: String(error) });
  });
  // The project scope is what a real route derives from `request.auth`.
  const scoped = () => db.selectFrom('widgets').selectAll().where('project_id', '=', 'p1');
  app.get('/v2.0/widgets', (request) =>
    listCollection<WidgetRow, object>({
      request,
      spec,
      query: scoped(),
      findMarker: (id) => scoped().where('id', '=', id).executeTakeFirst(),
      present: (rows) => rows.map((row) => ({ id: row.id, name: row.name, size: row.size_mb, shared: row.shared === 1 })),
    }),
  );
  await app.ready();
  return app;
}

interface Link {
  rel: string;
  href: string;
}

interface WidgetPage {
  widgets: Array<{ id: string; name: string; size: number; shared: boolean }>;
  widgets_links?: Link[];
}

let db: Kysely<WidgetDatabase>;
let app: FastifyInstance;

beforeAll(async () => {
  db = await openWidgets();
  app = await buildWidgetApp(db);
});

afterAll(async () => {
  await app.close();
  await db.destroy();
});

async function list(url: string): Promise<WidgetPage> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<WidgetPage>();
}

/** Follows one rel of `_links` from page to page, returning every id seen in reading order. */
async function walk(firstUrl: string, rel: 'next' | 'previous'): Promise<{ ids: string[]; pages: number }> {
  const pagesOfIds: string[][] = [];
  let url: string | undefined = firstUrl;
  while (url !== undefined && pagesOfIds.length < 20) {
    const page = await list(url);
    expect(page.widgets.length).toBeLessThanOrEqual(4);
    pagesOfIds.push(page.widgets.map((widget) => widget.id));
    const link = page.widgets_links?.find((candidate) => candidate.rel === rel);
    url = link === undefined ? undefined : pathOf(link.href);
  }
  const ordered = rel === 'next' ? pagesOfIds : pagesOfIds.reverse();
  return { ids: ordered.flat(), pages: pagesOfIds.length };
}

function linkedPath(page: WidgetPage, rel: 'next' | 'previous'): string {
  const link = page.widgets_links?.find((candidate) => candidate.rel === rel);
  if (link === undefined) throw new Error(`expected a ${rel} link in ${JSON.stringify(page.widgets_links)}`);
  return pathOf(link.href);
}

function pathOf(href: string): string {
  const parsed = new URL(href);
  return `${parsed.pathname}${parsed.search}`;
}

function expectedOrder(direction: 'asc' | 'desc'): string[] {
  const sign = direction === 'asc' ? 1 : -1;
  return widgetRows()
    .filter((row) => row.project_id === 'p1')
    .sort((a, b) => sign * (a.name.localeCompare(b.name) || a.id.localeCompare(b.id)))
    .map((row) => row.id);
}

describe('listCollection', () => {
  it('lists every row in scope, ordered by id, without links when not paginating', async () => {
    const page = await list('/v2.0/widgets');
    expect(page.widgets.map((widget) => widget.id)).toEqual([...page.widgets.map((widget) => widget.id)].sort());
    expect(page.widgets).toHaveLength(25);
    expect(page.widgets_links).toBeUndefined();
    expect(page.widgets[0]).toEqual({ id: 'w00', name: 'name-0', size: 0, shared: false });
  });

  it('filters by string, integer and boolean attributes', async () => {
    expect((await list('/v2.0/widgets?name=name-1')).widgets.map((widget) => widget.size)).toEqual([11, 1, 16, 6, 21]);
    expect((await list('/v2.0/widgets?size=3&size=4')).widgets.map((widget) => widget.id).sort()).toEqual(['w03', 'w21']);
    const shared = await list('/v2.0/widgets?shared=true');
    expect(shared.widgets).toHaveLength(12);
    expect(shared.widgets.every((widget) => widget.shared)).toBe(true);
    expect((await list('/v2.0/widgets?shared=False')).widgets).toHaveLength(13);
  });

  it('answers a bad query with a 400 NeutronError', async () => {
    const response = await app.inject({ method: 'GET', url: '/v2.0/widgets?colour=red' });
    expect(response.statusCode).toBe(400);
    expect(response.json().NeutronError.message).toBe(
      '"colour" is not a valid filter for widgets. Filter by one of: id, name, size, shared.',
    );
  });

  it('keeps only the requested fields', async () => {
    const page = await list('/v2.0/widgets?fields=id&fields=name&limit=2');
    expect(page.widgets).toEqual([
      { id: 'w00', name: 'name-0' },
      { id: 'w01', name: 'name-3' },
    ]);
  });

  it('pages forward with a next link that keeps the other parameters', async () => {
    const first = await list('/v2.0/widgets?limit=4&fields=id');
    expect(first.widgets.map((widget) => widget.id)).toEqual(['w00', 'w01', 'w02', 'w03']);
    expect(first.widgets_links).toEqual([{ rel: 'next', href: 'http://localhost:80/v2.0/widgets?limit=4&fields=id&marker=w03' }]);

    const second = await list(linkedPath(first, 'next'));
    expect(second.widgets.map((widget) => widget.id)).toEqual(['w04', 'w05', 'w06', 'w07']);
    expect(second.widgets_links).toEqual([
      { rel: 'next', href: 'http://localhost:80/v2.0/widgets?limit=4&fields=id&marker=w07' },
      { rel: 'previous', href: 'http://localhost:80/v2.0/widgets?limit=4&fields=id&marker=w04&page_reverse=True' },
    ]);
  });

  it('ends with a page that has only a previous link', async () => {
    const last = await list('/v2.0/widgets?limit=4&marker=w19');
    expect(last.widgets.map((widget) => widget.id)).toEqual(['w20', 'w21', 'w22', 'w23']);
    expect(last.widgets_links?.map((link) => link.rel)).toEqual(['next', 'previous']);
    const end = await list('/v2.0/widgets?limit=4&marker=w23');
    expect(end.widgets.map((widget) => widget.id)).toEqual(['w24']);
    expect(end.widgets_links).toEqual([
      { rel: 'previous', href: 'http://localhost:80/v2.0/widgets?limit=4&marker=w24&page_reverse=True' },
    ]);
  });

  it('pages backward with page_reverse, showing each page in ascending order', async () => {
    const page = await list('/v2.0/widgets?limit=4&marker=w08&page_reverse=True');
    expect(page.widgets.map((widget) => widget.id)).toEqual(['w04', 'w05', 'w06', 'w07']);
    expect(page.widgets_links).toEqual([
      { rel: 'next', href: 'http://localhost:80/v2.0/widgets?limit=4&marker=w07' },
      { rel: 'previous', href: 'http://localhost:80/v2.0/widgets?limit=4&marker=w04&page_reverse=True' },
    ]);
    const start = await list('/v2.0/widgets?limit=4&marker=w03&page_reverse=True');
    expect(start.widgets.map((widget) => widget.id)).toEqual(['w00', 'w01', 'w02']);
    expect(start.widgets_links?.map((link) => link.rel)).toEqual(['next']);
  });

  it('reads the last page when page_reverse is given without a marker', async () => {
    const page = await list('/v2.0/widgets?limit=4&page_reverse=true');
    expect(page.widgets.map((widget) => widget.id)).toEqual(['w21', 'w22', 'w23', 'w24']);
    expect(page.widgets_links?.map((link) => link.rel)).toEqual(['previous']);
  });

  it('treats limit=0 as no limit', async () => {
    const page = await list('/v2.0/widgets?limit=0');
    expect(page.widgets).toHaveLength(25);
    expect(page.widgets_links).toBeUndefined();
  });

  it('answers an unknown marker, or one outside the caller scope, with a typed 404', async () => {
    for (const marker of ['missing', 'other']) {
      const response = await app.inject({ method: 'GET', url: `/v2.0/widgets?limit=2&marker=${marker}` });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        NeutronError: { type: 'WidgetNotFound', message: `Widget ${marker} could not be found.`, detail: '', code: 'SY_ERR_NOT_FOUND' },
      });
    }
  });

  describe.each(['asc', 'desc'] as const)('sorted by a non-unique name, %s', (direction) => {
    const query = `sort_key=name&sort_dir=${direction}&limit=4`;

    it('walks forward through every row once', async () => {
      const { ids, pages } = await walk(`/v2.0/widgets?${query}`, 'next');
      expect(pages).toBe(7);
      expect(ids).toEqual(expectedOrder(direction));
    });

    it('walks backward from the end through every row once', async () => {
      const { ids, pages } = await walk(`/v2.0/widgets?${query}&page_reverse=True`, 'previous');
      expect(pages).toBe(7);
      expect(ids).toEqual(expectedOrder(direction));
    });

    it('turns around mid-way without repeating or skipping a row', async () => {
      const expected = expectedOrder(direction);
      const third = await list(`/v2.0/widgets?${query}&marker=${expected[7]}`);
      expect(third.widgets.map((widget) => widget.id)).toEqual(expected.slice(8, 12));
      const second = await list(linkedPath(third, 'previous'));
      expect(second.widgets.map((widget) => widget.id)).toEqual(expected.slice(4, 8));
    });
  });
});
