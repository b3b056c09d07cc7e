import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AnyDb, buildKitApp, send } from '../../tests/kit-app.js';
import { parseBooleanFilter } from '../list-query.js';
import { attribute, defineResource, registerResource, standardAttributes } from './index.js';

// A computed flag that depends on who asks: whether the lamp was lent to the caller's project.
const lamps = defineResource({
  resource: 'lamp',
  collection: 'lamps',
  path: '/v2.0/lamps',
  table: 'lamps',
  attributes: { ...standardAttributes(), lent_to_me: attribute(Type.Boolean(), { column: false }) },
  queryFilters: { lent_to_me: 'Only lamps lent (true) or not lent (false) to the caller.' },
});

const admin = { project: 'ops', admin: true };

describe("a service's own list filter", () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    app = await buildKitApp(async (host, db: AnyDb) => {
      await db.schema.createTable('lamps').addColumn('id', 'text').addColumn('project_id', 'text').addColumn('name', 'text').addColumn('description', 'text').addColumn('lent_to', 'text').execute();
      await db
        .insertInto('lamps')
        .values([
          { id: 'a', project_id: 'p1', name: 'a', description: '', lent_to: 'ops' },
          { id: 'b', project_id: 'p1', name: 'b', description: '', lent_to: 'p2' },
        ])
        .execute();
      registerResource(host, lamps, {
        db,
        queryFilters: {
          lent_to_me: (query, values, auth) => query.where('lent_to', values.map((value) => parseBooleanFilter('lent_to_me', value)).includes(true) ? '=' : '<>', auth.projectId),
        },
      });
    });
  });
  afterEach(async () => {
    await app.close();
  });

  it('gets the caller, for filters on what depends on who asks', async () => {
    const lent = await send(app, admin, 'GET', '/v2.0/lamps?lent_to_me=true&fields=id');
    expect(lent.json().lamps).toEqual([{ id: 'a' }]);
    const notLent = await send(app, admin, 'GET', '/v2.0/lamps?lent_to_me=False&fields=id');
    expect(notLent.json().lamps).toEqual([{ id: 'b' }]);
  });

  it('reads booleans as Neutron does and names the parameter of a bad one', async () => {
    const bad = await send(app, admin, 'GET', '/v2.0/lamps?lent_to_me=perhaps');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().NeutronError.message).toBe('lent_to_me must be true or false, not "perhaps".');
  });
});
