import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { send } from '../../tests/kit-app.js';
import { buildLibraryApp } from '../../tests/conformance/library-service.js';
import { standardAttributes } from './attributes.js';
import { defineResource } from './define-resource.js';
import type { QuotaLimits } from './quotas.js';

const owner = { project: 'p1' };
const admin = { project: 'ops', admin: true };

/** Two shelves per project, except p3 (no limit); books are not counted. */
const limits: QuotaLimits = {
  limitOf: async (_db, projectId, resource) => (resource !== 'shelf' ? undefined : projectId === 'p3' ? -1 : 2),
};

describe('quotas on create', () => {
  let app: FastifyInstance;
  afterEach(async () => {
    await app.close();
  });

  const createShelves = (caller: { project: string; admin?: boolean }, shelves: Array<Record<string, unknown>>) =>
    send(app, caller, 'POST', '/v2.0/shelves', { shelves });
  const countShelves = async (caller: { project: string; admin?: boolean }) => (await send(app, caller, 'GET', '/v2.0/shelves')).json().shelves.length as number;

  it('refuses the create that would pass the project’s limit with 409 OverQuota, and says what to do', async () => {
    app = await buildLibraryApp({}, { quotas: limits });
    expect((await send(app, owner, 'POST', '/v2.0/shelves', { shelf: { capacity: 1 } })).statusCode).toBe(201);
    expect((await send(app, owner, 'POST', '/v2.0/shelves', { shelf: { capacity: 1 } })).statusCode).toBe(201);
    const refused = await send(app, owner, 'POST', '/v2.0/shelves', { shelf: { capacity: 1 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().NeutronError).toMatchObject({
      type: 'OverQuota',
      message: expect.stringMatching(/^Quota exceeded for resources: \['shelf'\]\. The project holds 2 of its 2 and asked for 1 more; delete some first/),
    });
  });

  it('counts every item of a bulk create, per project it creates for, and creates none past the limit', async () => {
    app = await buildLibraryApp({}, { quotas: limits });
    const three = await createShelves(owner, [{ capacity: 1 }, { capacity: 1 }, { capacity: 1 }]);
    expect(three.statusCode).toBe(409);
    expect(await countShelves(owner)).toBe(0);
    const split = await createShelves(admin, [
      { capacity: 1, project_id: 'p1' },
      { capacity: 1, project_id: 'p2' },
      { capacity: 1, project_id: 'p2' },
    ]);
    expect(split.statusCode, split.body).toBe(201);
    const unlimited = await createShelves(admin, Array.from({ length: 5 }, () => ({ capacity: 1, project_id: 'p3' })));
    expect(unlimited.statusCode).toBe(201);
  });

  it('creates without limit when the host keeps no quotas', async () => {
    app = await buildLibraryApp({}, { openapi: false });
    expect((await createShelves(owner, [{ capacity: 1 }, { capacity: 1 }, { capacity: 1 }])).statusCode).toBe(201);
  });
});

describe('a quota declared on a resource', () => {
  const declaration = { resource: 'crate', collection: 'crates', path: '/v2.0/crates', table: 'crate_rows', attributes: standardAttributes() };

  it('reaches the host through the plugin’s resources, with the table to count', () => {
    expect(defineResource({ ...declaration, quota: 10 }).apiResource).toEqual({
      resource: 'crate',
      collection: 'crates',
      path: '/v2.0/crates',
      quota: { default: 10, table: 'crate_rows' },
    });
    expect(defineResource(declaration).apiResource).not.toHaveProperty('quota');
  });

  it.each([-2, 1.5, 2147483648])('refuses the default limit %s, saying what it takes', (quota) => {
    expect(() => defineResource({ ...declaration, quota })).toThrow(`Resource crate: quota ${quota} must be an integer from -1 (no limit) to 2147483647.`);
  });
});
