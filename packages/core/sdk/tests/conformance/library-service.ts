import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { conflict } from '../../src/errors.js';
import { type Resource, type ResourceService, attribute, defineResource, newRow, registerResource, standardAttributes, timestampAttributes } from '../../src/resource-kit/index.js';
import type { ConformanceFixture } from '../../src/testing/index.js';
import { type AnyDb, type KitAppOptions, buildKitApp } from '../kit-app.js';

/**
 * A small service on the kit for the conformance suite's own tests: shelves, and books that
 * reference a shelf three ways (one id, a list of ids, a list of placements holding the id).
 */
export const shelves = defineResource({
  resource: 'shelf',
  collection: 'shelves',
  path: '/v2.0/shelves',
  table: 'shelves',
  attributes: {
    ...standardAttributes(),
    capacity: attribute(Type.Integer({ minimum: 1 }), { create: 'required', update: true }),
    locked: attribute(Type.Boolean(), { create: true, update: true, default: false }),
    status: attribute(Type.Unsafe<'ACTIVE' | 'FULL'>({ type: 'string', enum: ['ACTIVE', 'FULL'] }), { default: 'ACTIVE' }),
    ...timestampAttributes(),
  },
});

export const books = defineResource({
  resource: 'book',
  collection: 'books',
  path: '/v2.0/books',
  table: 'books',
  attributes: {
    ...standardAttributes(),
    shelf_id: attribute(Type.String(), { create: 'required', update: true, reference: { resource: 'shelf' } }),
    related_shelves: attribute(Type.Array(Type.String()), { create: true, column: false, reference: { resource: 'shelf' } }),
    placements: attribute(Type.Array(Type.Object({ shelf_id: Type.String(), slot: Type.Integer({ minimum: 0 }) }, { additionalProperties: false })), {
      create: true,
      column: false,
      reference: { resource: 'shelf', at: 'shelf_id' },
    }),
  },
});

export const libraryResources: readonly Resource[] = [shelves, books];

export const libraryFixtures: Record<string, ConformanceFixture> = {
  shelf: (client, caller) => client.create(caller, shelves, { name: 'top', capacity: 3 }),
  book: async (client, caller) => client.create(caller, books, { name: 'dune', shelf_id: await client.create(caller, shelves, { capacity: 1 }) }),
};

type ShelfService = ResourceService<(typeof shelves)['declaration']['attributes']>;

/** What a variant may replace to break the service on purpose. */
export interface LibraryVariant {
  /** The shelves' service functions, or a function of the database making them. */
  shelfService?: ShelfService | ((db: AnyDb) => ShelfService);
  shelfStore?: (db: AnyDb) => Parameters<typeof registerResource>[2]['store'];
  /** Registers the shelves' list route itself instead of the kit's. */
  shelfList?: (app: FastifyInstance, db: AnyDb) => void;
  /** The books declaration the service registers (the suite may be given another). */
  registeredBooks?: typeof books;
}

export function buildLibraryApp(variant: LibraryVariant = {}, options: KitAppOptions = { openapi: true }): Promise<FastifyInstance> {
  return buildKitApp(async (app, db) => {
    await createLibraryTables(db);
    registerResource(app, shelves, {
      db,
      store: variant.shelfStore?.(db),
      verbs: variant.shelfList ? ['show', 'create', 'update', 'delete'] : undefined,
      service: { remove: refuseWhileHoldingBooks(db), ...(typeof variant.shelfService === 'function' ? variant.shelfService(db) : variant.shelfService) },
    });
    variant.shelfList?.(app, db);
    registerResource(app, variant.registeredBooks ?? books, { db, service: { create: insertBook, nativeBulk: true } });
  }, options);
}

function refuseWhileHoldingBooks(db: AnyDb): NonNullable<ResourceService<(typeof shelves)['declaration']['attributes']>['remove']> {
  return async (operation, row) => {
    const book = await db.selectFrom('books').select('id').where('shelf_id', '=', String(row.id)).executeTakeFirst();
    if (book) throw conflict('ShelfInUse', `Shelf ${String(row.id)} still holds book ${String(book.id)}; delete or move the book first.`);
    await operation.store.remove(String(row.id));
  };
}

/** Related shelves and placements only matter for their reference checks here; nothing stores them. */
async function insertBook(operation: Parameters<NonNullable<ResourceService<(typeof books)['declaration']['attributes']>['create']>>[0], input: Record<string, unknown>): Promise<string> {
  const row = newRow(books, input);
  await operation.store.insert(row);
  return String(row.id);
}

async function createLibraryTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('shelves')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('capacity', 'integer', (column) => column.notNull())
    .addColumn('locked', 'integer', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
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
