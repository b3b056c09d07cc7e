import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflict } from '../errors.js';
import { type AnyDb, buildKitApp, send } from '../../tests/kit-app.js';
import { attribute, defineResource, newRow, registerResource, standardAttributes, timestampAttributes } from './index.js';

const shelves = defineResource({
  resource: 'shelf',
  collection: 'shelves',
  path: '/v2.0/shelves',
  table: 'shelves',
  attributes: {
    ...standardAttributes(),
    capacity: attribute(Type.Integer({ minimum: 1 }), { create: 'required', update: true }),
    locked: attribute(Type.Boolean(), { create: true, update: true, default: false }),
    ...timestampAttributes(),
  },
});

const books = defineResource({
  resource: 'book',
  collection: 'books',
  path: '/v2.0/books',
  table: 'books',
  attributes: {
    ...standardAttributes(),
    shelf_id: attribute(Type.String(), { create: 'required', update: true, reference: { resource: 'shelf' } }),
    related_shelves: attribute(Type.Array(Type.String()), { create: true, column: false, reference: { resource: 'shelf' } }),
  },
});

const owner = { project: 'p1' };
const stranger = { project: 'p2' };
const admin = { project: 'ops', admin: true };

async function createTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('shelves')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('capacity', 'integer', (column) => column.notNull())
    .addColumn('locked', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('books')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('shelf_id', 'text', (column) => column.notNull())
    .execute();
}

describe('registerResource', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    app = await buildKitApp(async (host, db) => {
      await createTables(db);
      registerResource(host, shelves, {
        db,
        service: {
          async remove(operation, row) {
            const book = await db.selectFrom('books').select('id').where('shelf_id', '=', String(row.id)).executeTakeFirst();
            if (book) throw conflict('ShelfInUse', `Shelf ${String(row.id)} still holds book ${book.id}.`);
            await operation.store.remove(String(row.id));
          },
        },
      });
      registerResource(host, books, {
        db,
        service: {
          // Related shelves only matter for their reference check here; nothing stores them.
          create: async (operation, input) => {
            const row = newRow(books, input);
            await operation.store.insert(row);
            return String(row.id);
          },
        },
      });
    });
  });
  afterEach(async () => {
    await app.close();
  });

  async function createShelf(caller = owner, attributes: Record<string, unknown> = { capacity: 3 }) {
    const response = await send(app, caller, 'POST', '/v2.0/shelves', { shelf: attributes });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().shelf as Record<string, unknown> & { id: string };
  }

  it('creates with defaults, timestamps and the caller’s project, and shows it back', async () => {
    const shelf = await createShelf(owner, { name: 'top', capacity: 3 });
    expect(shelf).toMatchObject({ name: 'top', description: '', capacity: 3, locked: false, project_id: 'p1', tenant_id: 'p1' });
    expect(shelf.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const shown = await send(app, owner, 'GET', `/v2.0/shelves/${shelf.id}?fields=name&fields=locked`);
    expect(shown.json()).toEqual({ shelf: { name: 'top', locked: false } });
  });

  it('validates bodies from the declaration: required, unknown and read-only attributes', async () => {
    const missing = await send(app, owner, 'POST', '/v2.0/shelves', { shelf: {} });
    expect(missing.statusCode).toBe(400);
    const unknown = await send(app, owner, 'POST', '/v2.0/shelves', { shelf: { capacity: 1, colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    const shelf = await createShelf();
    const readOnly = await send(app, owner, 'PUT', `/v2.0/shelves/${shelf.id}`, { shelf: { created_at: 'yesterday' } });
    expect(readOnly.statusCode).toBe(400);
    expect(readOnly.json().NeutronError.message).toBe('Cannot update read-only attribute created_at of a shelf; create a new shelf instead.');
  });

  it('updates the sent attributes and updated_at only', async () => {
    const shelf = await createShelf(owner, { name: 'a', capacity: 3 });
    const updated = await send(app, owner, 'PUT', `/v2.0/shelves/${shelf.id}`, { shelf: { locked: true } });
    expect(updated.json().shelf).toMatchObject({ name: 'a', capacity: 3, locked: true });
  });

  it('lists with filters, sorting and pagination links, scoped to the project', async () => {
    for (const capacity of [3, 1, 2]) await createShelf(owner, { capacity });
    await createShelf(stranger, { capacity: 9 });
    const page = await send(app, owner, 'GET', '/v2.0/shelves?sort_key=capacity&limit=2&fields=capacity');
    expect(page.json().shelves).toEqual([{ capacity: 1 }, { capacity: 2 }]);
    expect(page.json().shelves_links[0].rel).toBe('next');
    const filtered = await send(app, owner, 'GET', '/v2.0/shelves?locked=false&capacity=3&fields=capacity');
    expect(filtered.json().shelves).toEqual([{ capacity: 3 }]);
    const everyone = await send(app, admin, 'GET', '/v2.0/shelves?fields=capacity');
    expect(everyone.json().shelves).toHaveLength(4);
  });

  it('documents every filter of a list, as text the list parser reads', () => {
    const query = shelves.schemas.listQuery as { properties: Record<string, { type: string; items?: unknown; description?: string }> };
    expect(Object.keys(query.properties)).toEqual([
      ...['fields', 'sort_key', 'sort_dir', 'limit', 'marker', 'page_reverse'],
      ...['id', 'name', 'description', 'project_id', 'tenant_id', 'capacity', 'locked', 'created_at', 'updated_at'],
    ]);
    expect(query.properties.capacity).toEqual({ type: 'array', items: { type: 'string' }, description: 'Only shelves whose capacity is one of these (integer).' });
    // A list of ids is no filter: it has no column to compare with.
    expect(Object.keys((books.schemas.listQuery as { properties: object }).properties)).not.toContain('related_shelves');
  });

  it('answers 404 for another project’s row on every verb', async () => {
    const shelf = await createShelf(owner);
    for (const [method, payload] of [['GET'], ['PUT', { shelf: { name: 'x' } }], ['DELETE']] as const) {
      const response = await send(app, stranger, method, `/v2.0/shelves/${shelf.id}`, payload);
      expect(response.statusCode, method).toBe(404);
      expect(response.json().NeutronError.type).toBe('ShelfNotFound');
    }
  });

  it('refuses a reference to another project’s resource as if it did not exist', async () => {
    const foreign = await createShelf(stranger);
    const mine = await createShelf(owner);
    const direct = await send(app, owner, 'POST', '/v2.0/books', { book: { shelf_id: foreign.id } });
    expect(direct.statusCode).toBe(404);
    expect(direct.json().NeutronError.message).toBe(`Shelf ${foreign.id} could not be found.`);
    const inList = await send(app, owner, 'POST', '/v2.0/books', { book: { shelf_id: mine.id, related_shelves: [mine.id, foreign.id] } });
    expect(inList.statusCode).toBe(404);
    const book = await send(app, owner, 'POST', '/v2.0/books', { book: { shelf_id: mine.id } });
    expect(book.statusCode).toBe(201);
    const moved = await send(app, owner, 'PUT', `/v2.0/books/${book.json().book.id}`, { book: { shelf_id: foreign.id } });
    expect(moved.statusCode).toBe(404);
    const byAdmin = await send(app, admin, 'POST', '/v2.0/books', { book: { shelf_id: foreign.id, project_id: 'p1' } });
    expect(byAdmin.statusCode).toBe(201);
  });

  it('runs the service’s own delete logic', async () => {
    const shelf = await createShelf(owner);
    await send(app, owner, 'POST', '/v2.0/books', { book: { shelf_id: shelf.id } });
    const refused = await send(app, owner, 'DELETE', `/v2.0/shelves/${shelf.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().NeutronError.type).toBe('ShelfInUse');
  });

  it('hands a create service the input with every default filled in', async () => {
    const received: Array<{ capacity: number; locked: boolean; name: string }> = [];
    const kit = await buildKitApp(async (host, db) => {
      await createTables(db);
      registerResource(host, shelves, {
        db,
        service: {
          // The type says the defaulted attributes are there: no `??` fallbacks needed.
          async create(operation, input) {
            received.push({ capacity: input.capacity, locked: input.locked, name: input.name });
            const row = newRow(shelves, input);
            await operation.store.insert(row);
            return String(row.id);
          },
        },
      });
    });
    try {
      const response = await send(kit, owner, 'POST', '/v2.0/shelves', { shelf: { capacity: 2 } });
      expect(response.statusCode, response.body).toBe(201);
      expect(received).toEqual([{ capacity: 2, locked: false, name: '' }]);
    } finally {
      await kit.close();
    }
  });

  it('refuses an attribute a request may send but nothing stores', () => {
    expect(() => registerResource(app, books, { db: undefined as never })).toThrow(
      'book.related_shelves has no column but a request may send it on create; give the service a create function that stores it.',
    );
  });

  it('refuses to start when a reference names a resource no service serves', async () => {
    const orphan = defineResource({
      resource: 'orphan',
      collection: 'orphans',
      path: '/v2.0/orphans',
      table: 'orphans',
      attributes: { ...standardAttributes(), ghost_id: attribute(Type.String(), { create: true, reference: { resource: 'ghost' } }) },
    });
    await expect(buildKitApp((host, db) => void registerResource(host, orphan, { db }))).rejects.toThrow(
      'orphan.ghost_id references ghost, which no loaded service serves; load the service that declares it.',
    );
  });
});
