import { Type } from '@sinclair/typebox';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildKitApp, send } from '../../tests/kit-app.js';
import { attribute, defineResource, newRow, presentRows, registerResource, standardAttributes } from './index.js';

const notes = defineResource({
  resource: 'note',
  collection: 'notes',
  path: '/v2.0/notes',
  table: 'notes',
  attributes: { ...standardAttributes(), text: attribute(Type.String(), { create: true, default: '' }) },
});

describe('a create service returning the resource it created', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  it('answers 201 with it, even when a concurrent request deleted the row before a read-back could', async () => {
    app = await buildKitApp(async (host, db) => {
      await db.schema
        .createTable('notes')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('project_id', 'text', (column) => column.notNull())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('description', 'text', (column) => column.notNull())
        .addColumn('text', 'text', (column) => column.notNull())
        .execute();
      registerResource(host, notes, {
        db,
        service: {
          async create(operation, input) {
            const row = newRow(notes, input);
            await operation.store.insert(row);
            const [created] = presentRows(notes, [row]);
            // Stands for the concurrent deletion: the row is gone once the service returns.
            await operation.store.remove(String(row.id));
            return created;
          },
        },
      });
    });
    const response = await send(app, { project: 'p1' }, 'POST', '/v2.0/notes', { note: { text: 'gone soon' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().note).toMatchObject({ text: 'gone soon', project_id: 'p1', tenant_id: 'p1' });
  });
});
