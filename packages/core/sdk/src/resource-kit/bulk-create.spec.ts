import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { conflict } from '../errors.js';
import { send } from '../../tests/kit-app.js';
import { type LibraryVariant, buildLibraryApp, shelves } from '../../tests/conformance/library-service.js';
import { MAX_BULK_CREATE } from './resource-schemas.js';
import { newRow } from './index.js';

const owner = { project: 'p1' };
const stranger = { project: 'p2' };

describe('bulk create ({"<collection>": [...]}, as Neutron takes it)', () => {
  let app: FastifyInstance;

  async function start(variant: LibraryVariant = {}): Promise<void> {
    app = await buildLibraryApp(variant, { openapi: false });
  }
  afterEach(async () => {
    await app.close();
  });

  async function shelfNames(caller = owner): Promise<string[]> {
    const listed = await send(app, caller, 'GET', '/v2.0/shelves');
    return (listed.json().shelves as Array<{ name: string }>).map((shelf) => shelf.name).sort();
  }

  it('creates every item and answers them in the order sent, each as a single create shows it', async () => {
    await start();
    const response = await send(app, owner, 'POST', '/v2.0/shelves', { shelves: [{ name: 'b', capacity: 2 }, { name: 'a', capacity: 1, locked: true }] });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json().shelves as Array<Record<string, unknown>>;
    expect(created).toMatchObject([
      { name: 'b', capacity: 2, locked: false, project_id: 'p1', status: 'ACTIVE' },
      { name: 'a', capacity: 1, locked: true, project_id: 'p1' },
    ]);
    const shown = await send(app, owner, 'GET', `/v2.0/shelves/${String(created[1].id)}`);
    expect(shown.json().shelf).toEqual(created[1]);
    expect(await shelfNames()).toEqual(['a', 'b']);
  });

  it('creates nothing when one item is invalid, and names the item', async () => {
    await start();
    const response = await send(app, owner, 'POST', '/v2.0/shelves', { shelves: [{ name: 'kept?', capacity: 2 }, { name: 'bad', capacity: 0 }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().NeutronError.message).toContain('/shelves/1/capacity');
    expect(await shelfNames()).toEqual([]);
  });

  it.each([
    ['in one transaction (nativeBulk)', true],
    ['one by one, deleting the created ones again (emulated, as Neutron does without native bulk)', false],
  ])('creates nothing when the service refuses an item after the ones before it were stored: %s', async (_how, nativeBulk) => {
    await start({
      shelfService: {
        nativeBulk,
        async create(operation, input) {
          if (input.name === 'refused') throw conflict('ShelfRefused', 'The service refuses a shelf named refused.');
          const row = newRow(shelves, input);
          await operation.store.insert(row);
          return String(row.id);
        },
      },
    });
    const response = await send(app, owner, 'POST', '/v2.0/shelves', {
      shelves: [{ name: 'first', capacity: 1 }, { name: 'second', capacity: 1 }, { name: 'refused', capacity: 1 }],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().NeutronError.type).toBe('ShelfRefused');
    expect(await shelfNames()).toEqual([]);
    const created = await send(app, owner, 'POST', '/v2.0/shelves', { shelves: [{ name: 'b', capacity: 1 }, { name: 'a', capacity: 1 }] });
    expect(created.json().shelves.map((shelf: { name: string }) => shelf.name)).toEqual(['b', 'a']);
  });

  it('refuses a reference to another project’s resource in any item as not found, creating nothing', async () => {
    await start();
    const mine = (await send(app, owner, 'POST', '/v2.0/shelves', { shelf: { capacity: 1 } })).json().shelf.id as string;
    const theirs = (await send(app, stranger, 'POST', '/v2.0/shelves', { shelf: { capacity: 1 } })).json().shelf.id as string;
    const response = await send(app, owner, 'POST', '/v2.0/books', { books: [{ name: 'ok', shelf_id: mine }, { name: 'foreign', shelf_id: theirs }] });
    expect(response.statusCode).toBe(404);
    expect(response.json().NeutronError.message).toContain(theirs);
    expect((await send(app, owner, 'GET', '/v2.0/books')).json().books).toEqual([]);
  });

  it('says how to send a create when the body holds both forms, neither, or attributes without the envelope', async () => {
    await start();
    for (const body of [{ shelf: { capacity: 1 }, shelves: [{ capacity: 1 }] }, {}]) {
      const response = await send(app, owner, 'POST', '/v2.0/shelves', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().NeutronError.message).toBe(
        'To create, send {"shelf": {...}} to create one shelf, or {"shelves": [{...}, ...]} to create several at once; not both, not neither.',
      );
    }
    const attributesOnly = await send(app, owner, 'POST', '/v2.0/shelves', { capacity: 1 });
    expect(attributesOnly.statusCode).toBe(400);
    expect(attributesOnly.json().NeutronError.message).toBe(
      'Unrecognized key \'capacity\' in the body: send {"shelf": {...}} to create one shelf, or {"shelves": [{...}, ...]} to create several at once.',
    );
    expect(await shelfNames()).toEqual([]);
  });

  it(`refuses an empty list and one of more than ${MAX_BULK_CREATE} items`, async () => {
    await start();
    const empty = await send(app, owner, 'POST', '/v2.0/shelves', { shelves: [] });
    expect(empty.statusCode).toBe(400);
    const tooMany = await send(app, owner, 'POST', '/v2.0/shelves', { shelves: Array.from({ length: MAX_BULK_CREATE + 1 }, () => ({ capacity: 1 })) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().NeutronError.message).toContain(`${MAX_BULK_CREATE}`);
  });
});
