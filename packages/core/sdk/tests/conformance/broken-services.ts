import type { FastifyInstance } from 'fastify';
import { conflict, invalidInput } from '../../src/errors.js';
import { neutronErrorResponses, newRow, presentRows, tableStore } from '../../src/resource-kit/index.js';
import { defineResource } from '../../src/resource-kit/index.js';
import type { AnyDb } from '../kit-app.js';
import { books, buildLibraryApp, shelves } from './library-service.js';

/**
 * The library service, each variant broken on purpose in one way the conformance suite must
 * catch. Each bug is one a real service could have.
 */

/** Lists every project's shelves: the list query forgot the caller's scope (show stays scoped). */
export function buildLeakyListLibrary(): Promise<FastifyInstance> {
  return buildLibraryApp({
    shelfStore: (db) => ({ ...tableStore(db, shelves), selectVisible: () => db.selectFrom('shelves').selectAll() }),
  });
}

/** Explains too much: another project's shelf is a 409 naming its project and name, instead of a 404. */
export function buildChattyErrorsLibrary(): Promise<FastifyInstance> {
  return buildLibraryApp({
    shelfStore: (db) => {
      const store = tableStore(db, shelves);
      return {
        ...store,
        findVisible: async (auth, id) => {
          const row = await store.find(id);
          if (row && !auth.isAdmin && row.project_id !== auth.projectId) {
            throw conflict('ShelfOwnedElsewhere', `Shelf ${id} (${String(row.name)}) belongs to project ${String(row.project_id)}.`);
          }
          return row;
        },
      };
    },
  });
}

/** Its own shelves list looks filters up in a plain object, so `?constructor=x` finds a function and fails with a 500. */
export function buildPrototypeFilterLibrary(): Promise<FastifyInstance> {
  return buildLibraryApp({ shelfList: registerNaiveShelfList });
}

function registerNaiveShelfList(app: FastifyInstance, db: AnyDb): void {
  const filterColumns: Record<string, string> = { name: 'name', capacity: 'capacity' };
  app.get(shelves.declaration.path, { schema: { response: { ...neutronErrorResponses, 200: shelves.schemas.list } } }, async (request) => {
    let query = db.selectFrom('shelves').selectAll();
    if (!request.auth.isAdmin) query = query.where('project_id', '=', request.auth.projectId);
    for (const [key, value] of Object.entries(request.query as Record<string, string>)) {
      const column = filterColumns[key];
      if (column === undefined) throw invalidInput(`${key} is not a filter of shelves.`);
      query = query.where(column.toLowerCase(), '=', value);
    }
    return { shelves: presentRows(shelves, await query.execute()) };
  });
}

/** Shows a status its declared schema does not allow ("BROKEN" is not one of ACTIVE, FULL). */
export function buildSchemaBreakingLibrary(): Promise<FastifyInstance> {
  return buildLibraryApp({
    shelfService: { present: (rows) => presentRows(shelves, rows).map((shelf) => ({ ...shelf, status: 'BROKEN' as 'ACTIVE' })) },
  });
}

/** Registers books without declaring shelf_id a reference, so the kit never checks it (the suite is given the real declaration). */
export function buildUncheckedReferenceLibrary(): Promise<FastifyInstance> {
  const { shelf_id: declared, ...others } = books.declaration.attributes;
  const unchecked = defineResource({ ...books.declaration, attributes: { ...others, shelf_id: { ...declared, reference: undefined } } });
  return buildLibraryApp({ registeredBooks: unchecked as unknown as typeof books });
}

/**
 * Declares native bulk support but stores through its own database handle instead of the
 * operation's: inside the kit's bulk transaction that waits for SQLite's one connection forever.
 */
export function buildOwnHandleBulkLibrary(): Promise<FastifyInstance> {
  return buildLibraryApp({
    shelfService: (db) => ({
      nativeBulk: true,
      async create(_operation, input) {
        const row = newRow(shelves, input);
        await tableStore(db, shelves).insert(row);
        return String(row.id);
      },
    }),
  });
}
