import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invalidInput } from '../errors.js';
import { type AnyDb, buildKitApp, send } from '../../tests/kit-app.js';
import { attribute, defineResource, newRow, registerResource, standardAttributes } from './index.js';

const rooms = defineResource({ resource: 'room', collection: 'rooms', path: '/v2.0/rooms', table: 'rooms', attributes: { ...standardAttributes() } });
const desks = defineResource({ resource: 'desk', collection: 'desks', path: '/v2.0/desks', table: 'desks', attributes: { ...standardAttributes() } });

/** A booking names its room, and desks in it as `{desk_id}` items; an unseen desk is the booking's own 400. */
const bookings = defineResource({
  resource: 'booking',
  collection: 'bookings',
  path: '/v2.0/bookings',
  table: 'bookings',
  attributes: {
    ...standardAttributes(),
    room_id: attribute(Type.String(), { create: 'required', reference: { resource: 'room' } }),
    seats: attribute(Type.Array(Type.Object({ desk_id: Type.String() })), {
      create: true,
      update: true,
      column: false,
      reference: {
        resource: 'desk',
        at: 'desk_id',
        missing: (id: string, booking: Readonly<Record<string, unknown>>) => invalidInput(`Booking in room ${String(booking.room_id)} names desk ${id}, which is not in it.`),
      },
    }),
  },
});

async function createTables(db: AnyDb): Promise<void> {
  for (const table of ['rooms', 'desks', 'bookings']) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('project_id', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('description', 'text', (column) => column.notNull());
    if (table === 'bookings') builder = builder.addColumn('room_id', 'text', (column) => column.notNull());
    await builder.execute();
  }
}

describe('reference refusals of a service (ReferenceDeclaration.missing)', () => {
  const owner = { project: 'p1' };
  const stranger = { project: 'p2' };
  let app: FastifyInstance;

  beforeEach(async () => {
    app = await buildKitApp(async (host, db) => {
      await createTables(db);
      registerResource(host, rooms, { db });
      registerResource(host, desks, { db });
      registerResource(host, bookings, {
        db,
        service: {
          // Seats only matter for their reference check here; nothing stores them.
          async create(operation, input) {
            const row = newRow(bookings, input);
            await operation.store.insert(row);
            return String(row.id);
          },
          update: async () => undefined,
          present: (rows) => rows.map((row) => ({ ...(row as { id: string; project_id: string; name: string; description: string; room_id: string }), tenant_id: String(row.project_id), seats: [] })),
        },
      });
    });
  });
  afterEach(async () => {
    await app.close();
  });

  const createRoom = async (caller: { project: string }) => (await send(app, caller, 'POST', '/v2.0/rooms', { room: {} })).json().room.id as string;
  const createDesk = async (caller: { project: string }) => (await send(app, caller, 'POST', '/v2.0/desks', { desk: {} })).json().desk.id as string;

  it('answers the service’s refusal for an unseen item, with the create input as referrer', async () => {
    const room = await createRoom(owner);
    const foreign = await createDesk(stranger);
    const mine = await createDesk(owner);
    const response = await send(app, owner, 'POST', '/v2.0/bookings', { booking: { room_id: room, seats: [{ desk_id: mine }, { desk_id: foreign }] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().NeutronError.message).toBe(`Booking in room ${room} names desk ${foreign}, which is not in it.`);
  });

  it('gives the stored row under the sent attributes as referrer on update', async () => {
    const room = await createRoom(owner);
    const booking = (await send(app, owner, 'POST', '/v2.0/bookings', { booking: { room_id: room } })).json().booking.id as string;
    const response = await send(app, owner, 'PUT', `/v2.0/bookings/${booking}`, { booking: { seats: [{ desk_id: 'nowhere' }] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().NeutronError.message).toBe(`Booking in room ${room} names desk nowhere, which is not in it.`);
  });

  it('keeps the referenced resource’s 404 where the declaration gives no refusal', async () => {
    const foreign = await createRoom(stranger);
    const response = await send(app, owner, 'POST', '/v2.0/bookings', { booking: { room_id: foreign } });
    expect(response.statusCode).toBe(404);
    expect(response.json().NeutronError).toMatchObject({ type: 'RoomNotFound', message: `Room ${foreign} could not be found.` });
  });
});
