import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflict, invalidInput } from '../errors.js';
import { type AnyDb, buildKitApp, send } from '../../tests/kit-app.js';
import { defineResource, registerMemberAction, registerResource, standardAttributes } from './index.js';

const lamps = defineResource({ resource: 'lamp', collection: 'lamps', path: '/v2.0/lamps', table: 'lamps', attributes: { ...standardAttributes() } });
const bulbs = defineResource({ resource: 'bulb', collection: 'bulbs', path: '/v2.0/bulbs', table: 'bulbs', attributes: { ...standardAttributes() } });

const fitBody = Type.Object({ bulb_id: Type.Optional(Type.String()), spare_id: Type.Optional(Type.String()) }, { additionalProperties: false });

async function createTables(db: AnyDb): Promise<void> {
  for (const table of ['lamps', 'bulbs']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('project_id', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text', (column) => column.notNull())
      .execute();
  }
}

describe('registerMemberAction', () => {
  const owner = { project: 'p1' };
  const stranger = { project: 'p2' };
  let app: FastifyInstance;
  let fitted: string[];

  beforeEach(async () => {
    fitted = [];
    app = await buildKitApp(async (host, db) => {
      await createTables(db);
      const store = registerResource(host, lamps, { db });
      registerResource(host, bulbs, { db });
      registerMemberAction<{ bulb_id?: string; spare_id?: string }>(host, lamps, {
        action: 'fit',
        summary: 'Fit a bulb into a lamp',
        db,
        store,
        body: fitBody,
        response: Type.Object({ fitted: Type.String() }),
        references: {
          bulb_id: { resource: 'bulb' },
          spare_id: { resource: 'bulb', missing: (id, lamp) => conflict('SpareNotFound', `Lamp ${String(lamp.id)} has no spare ${id}.`) },
        },
        checkBody(body) {
          if (body.bulb_id !== undefined && body.spare_id !== undefined) throw invalidInput('Give bulb_id or spare_id, not both.');
        },
        handler: async (_operation, row, body) => {
          fitted.push(String(row.id));
          return { fitted: body.bulb_id ?? body.spare_id ?? '' };
        },
      });
    });
  });
  afterEach(async () => {
    await app.close();
  });

  const create = async (collection: 'lamps' | 'bulbs', caller: { project: string }) => {
    const resource = collection.slice(0, -1);
    return (await send(app, caller, 'POST', `/v2.0/${collection}`, { [resource]: {} })).json()[resource].id as string;
  };

  it('runs the handler on a row the caller may see, with references checked', async () => {
    const lamp = await create('lamps', owner);
    const bulb = await create('bulbs', owner);
    const response = await send(app, owner, 'PUT', `/v2.0/lamps/${lamp}/fit`, { bulb_id: bulb });
    expect(response.json()).toEqual({ fitted: bulb });
    expect(fitted).toEqual([lamp]);
  });

  it('answers 404 for another project’s row, then checkBody’s 400 before any reference is looked up', async () => {
    const lamp = await create('lamps', owner);
    const hidden = await send(app, stranger, 'PUT', `/v2.0/lamps/${lamp}/fit`, { bulb_id: 'x', spare_id: 'y' });
    expect(hidden.json().NeutronError.type).toBe('LampNotFound');
    const both = await send(app, owner, 'PUT', `/v2.0/lamps/${lamp}/fit`, { bulb_id: 'missing', spare_id: 'missing' });
    expect(both.statusCode).toBe(400);
    expect(both.json().NeutronError.message).toBe('Give bulb_id or spare_id, not both.');
    expect(fitted).toEqual([]);
  });

  it('refuses an unseen reference with its 404, or the declared refusal, given the row', async () => {
    const lamp = await create('lamps', owner);
    const foreign = await create('bulbs', stranger);
    const direct = await send(app, owner, 'PUT', `/v2.0/lamps/${lamp}/fit`, { bulb_id: foreign });
    expect(direct.json().NeutronError).toMatchObject({ type: 'BulbNotFound', message: `Bulb ${foreign} could not be found.` });
    const spare = await send(app, owner, 'PUT', `/v2.0/lamps/${lamp}/fit`, { spare_id: foreign });
    expect(spare.statusCode).toBe(409);
    expect(spare.json().NeutronError.message).toBe(`Lamp ${lamp} has no spare ${foreign}.`);
    expect(fitted).toEqual([]);
  });
});
