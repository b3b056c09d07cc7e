import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AnyDb, buildKitApp, send } from '../../../tests/kit-app.js';
import { defineResource, presentRows, registerResource, revisionAttributes, standardAttributes } from '../index.js';
import { TAG_FILTERS, createTagTable, loadTags, registerTags, tagQueryFilters, tagsAttribute } from './index.js';

// A service's own tagged resource, as a plugin declares one: the attribute, the filters, the table.
const boxes = defineResource({
  resource: 'box',
  collection: 'boxes',
  path: '/v2.0/boxes',
  table: 'boxes',
  attributes: { ...standardAttributes(), ...revisionAttributes(), tags: tagsAttribute },
  queryFilters: TAG_FILTERS,
});

async function createTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('boxes')
    .addColumn('id', 'varchar(36)', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('revision_number', 'integer', (column) => column.notNull())
    .execute();
  await createTagTable(db, { resourceTable: 'boxes', tagTable: 'box_tags' });
}

const owner = { project: 'p1' };
const stranger = { project: 'p2' };

describe('tags on a service resource', () => {
  let app: FastifyInstance;
  let id: string;

  beforeEach(async () => {
    app = await buildKitApp(async (host, db) => {
      await createTables(db);
      const store = registerResource(host, boxes, {
        db,
        queryFilters: tagQueryFilters('box_tags'),
        service: {
          present: async (rows, trx) => {
            const tags = await loadTags(trx, 'box_tags', rows.map((row) => String(row.id)));
            return presentRows(boxes, rows, (row) => ({ tags: tags.get(String(row.id)) ?? [] }));
          },
        },
      });
      registerTags(host, db, { resource: boxes, store, table: 'box_tags' });
    });
    id = (await send(app, owner, 'POST', '/v2.0/boxes', { box: { name: 'a' } })).json().box.id as string;
  });
  afterEach(async () => {
    await app.close();
  });

  it('sets, adds, checks and removes tags, each raising the revision', async () => {
    expect((await send(app, owner, 'PUT', `/v2.0/boxes/${id}/tags`, { tags: ['red', 'blue'] })).json()).toEqual({ tags: ['blue', 'red'] });
    expect((await send(app, owner, 'PUT', `/v2.0/boxes/${id}/tags/green`)).statusCode).toBe(201);
    expect((await send(app, owner, 'GET', `/v2.0/boxes/${id}/tags/green`)).statusCode).toBe(204);
    expect((await send(app, owner, 'DELETE', `/v2.0/boxes/${id}/tags/red`)).statusCode).toBe(204);
    const { box } = (await send(app, owner, 'GET', `/v2.0/boxes/${id}`)).json();
    expect(box).toMatchObject({ tags: ['blue', 'green'], revision_number: 4 });
    const missing = await send(app, owner, 'GET', `/v2.0/boxes/${id}/tags/red`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().NeutronError.message).toContain('red');
  });

  it("lists by Neutron's four tag filters", async () => {
    const other = (await send(app, owner, 'POST', '/v2.0/boxes', { box: { name: 'b' } })).json().box.id as string;
    await send(app, owner, 'PUT', `/v2.0/boxes/${id}/tags`, { tags: ['red', 'blue'] });
    await send(app, owner, 'PUT', `/v2.0/boxes/${other}/tags`, { tags: ['red'] });
    const names = async (query: string) => (await send(app, owner, 'GET', `/v2.0/boxes?${query}`)).json().boxes.map((box: { name: string }) => box.name);
    expect(await names('tags=red,blue')).toEqual(['a']);
    expect(await names('tags-any=blue,green')).toEqual(['a']);
    expect(await names('not-tags=red,blue')).toEqual(['b']);
    expect(await names('not-tags-any=blue')).toEqual(['b']);
    const empty = await send(app, owner, 'GET', '/v2.0/boxes?tags=,');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().NeutronError.message).toContain('needs at least one tag');
  });

  it("answers another project's resource with 404, reading or changing its tags", async () => {
    for (const [method, url] of [
      ['GET', `/v2.0/boxes/${id}/tags`],
      ['PUT', `/v2.0/boxes/${id}/tags/mine`],
      ['DELETE', `/v2.0/boxes/${id}/tags`],
    ] as const) {
      const answer = await send(app, stranger, method, url);
      expect(answer.statusCode, `${method} ${url}`).toBe(404);
      expect(answer.json().NeutronError.type).toBe('BoxNotFound');
    }
    expect((await send(app, owner, 'GET', `/v2.0/boxes/${id}/tags`)).json()).toEqual({ tags: [] });
  });

  it('refuses a tag with a comma, which the filters could not tell apart', async () => {
    const answer = await send(app, owner, 'PUT', `/v2.0/boxes/${id}/tags`, { tags: ['a,b'] });
    expect(answer.statusCode).toBe(400);
  });
});
