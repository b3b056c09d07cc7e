import { Type } from '@sinclair/typebox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { type AnyDb, buildKitApp, send } from '../../tests/kit-app.js';
import { attribute, defineResource, newRow, presentRows, registerResource, standardAttributes } from './index.js';

const notes = defineResource({
  resource: 'note',
  collection: 'notes',
  path: '/v2.0/notes',
  table: 'notes',
  attributes: { ...standardAttributes(), text: attribute(Type.String(), { create: true, update: true, default: '' }) },
});

async function createTable(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .execute();
}

/** Services that answer with the resource as they wrote it, because it may be gone by the time the kit would read it back. */
describe('create and update services returning the resource', () => {
  const owner = { project: 'p1' };
  let app: FastifyInstance;

  beforeEach(async () => {
    app = await buildKitApp(async (host, db) => {
      await createTable(db);
      registerResource(host, notes, {
        db,
        service: {
          async create(operation, input) {
            const row = newRow(notes, input);
            await operation.store.insert(row);
            const [created] = presentRows(notes, [row]);
            // Stands for a concurrent deletion right after the commit, when the text asks for one.
            if (input.text === 'gone soon') await operation.store.remove(String(row.id));
            return created;
          },
          async update(operation, row, changes) {
            await operation.store.update(String(row.id), changes);
            const [updated] = presentRows(notes, [{ ...row, ...changes }]);
            if (changes.text === 'gone soon') await operation.store.remove(String(row.id));
            return updated;
          },
        },
      });
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers 201 with the created resource, though the row is already gone', async () => {
    const response = await send(app, owner, 'POST', '/v2.0/notes', { note: { text: 'gone soon' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().note).toMatchObject({ text: 'gone soon', project_id: 'p1', tenant_id: 'p1' });
  });

  it('answers 200 with the updated resource, though the row is already gone', async () => {
    const created = (await send(app, owner, 'POST', '/v2.0/notes', { note: { text: 'kept' } })).json().note as { id: string };
    const response = await send(app, owner, 'PUT', `/v2.0/notes/${created.id}`, { note: { name: 'last', text: 'gone soon' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().note).toMatchObject({ id: created.id, name: 'last', text: 'gone soon' });
    expect((await send(app, owner, 'GET', `/v2.0/notes/${created.id}`)).statusCode).toBe(404);
  });
});
