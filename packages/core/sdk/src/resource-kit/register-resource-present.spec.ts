import { Type } from '@sinclair/typebox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { type AnyDb, buildKitApp, send } from '../../tests/kit-app.js';
import { attribute, defineResource, presentRows, registerResource, standardAttributes } from './index.js';

const notes = defineResource({
  resource: 'note',
  collection: 'notes',
  path: '/v2.0/notes',
  table: 'notes',
  attributes: { ...standardAttributes(), shown_to: attribute(Type.String(), { column: false }) },
});

async function createTable(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .execute();
}

/** A service's `present` learns whom it shows the rows to, for related rows with their own visibility. */
describe('present with the caller', () => {
  const owner = { project: 'p1' };
  const admin = { project: 'ops', admin: true };
  let app: FastifyInstance;

  beforeEach(async () => {
    app = await buildKitApp(async (host, db) => {
      await createTable(db);
      registerResource(host, notes, {
        db,
        service: { present: (rows, _db, auth) => presentRows(notes, rows, () => ({ shown_to: auth ? `${auth.projectId}${auth.isAdmin ? ' (admin)' : ''}` : 'nobody' })) },
      });
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('gets it on create, bulk create, show, list and update', async () => {
    const created = await send(app, owner, 'POST', '/v2.0/notes', { note: { name: 'a' } });
    expect(created.json().note.shown_to).toBe('p1');
    const bulk = await send(app, owner, 'POST', '/v2.0/notes', { notes: [{ name: 'b' }, { name: 'c' }] });
    expect(bulk.json().notes.map((note: { shown_to: string }) => note.shown_to)).toEqual(['p1', 'p1']);
    const id = created.json().note.id as string;
    expect((await send(app, admin, 'GET', `/v2.0/notes/${id}`)).json().note.shown_to).toBe('ops (admin)');
    expect((await send(app, owner, 'GET', '/v2.0/notes')).json().notes.map((note: { shown_to: string }) => note.shown_to)).toEqual(['p1', 'p1', 'p1']);
    expect((await send(app, admin, 'PUT', `/v2.0/notes/${id}`, { note: { name: 'renamed' } })).json().note.shown_to).toBe('ops (admin)');
  });
});
