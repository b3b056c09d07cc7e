import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, type Caller, admin, alice, bob, buildServiceApp, call } from './service-app.js';

// What the resource kit gives /v2.0/security-groups/items, checked the way a client sees it.
const PATH = '/v2.0/security-groups/items';
let app: App;

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

async function create(caller: Caller, attributes: Record<string, unknown> = {}) {
  const created = await call(app, caller, 'POST', PATH, { security_groups_item: attributes });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.security_groups_item;
}

describe('/v2.0/security-groups/items', () => {
  it('creates with defaults, shows, lists, updates and deletes, labelled as a preview', async () => {
    const created = await call(app, alice, 'POST', PATH, { security_groups_item: { name: 'first' } });
    expect(created.status).toBe(201);
    expect(created.headers['x-switchyard-stability']).toBe('preview');
    const item = created.body.security_groups_item;
    expect(item).toEqual({ id: item.id, name: 'first', description: '', admin_state_up: true, project_id: alice.project, tenant_id: alice.project });

    expect((await call(app, alice, 'GET', `${PATH}/${item.id}`)).body).toEqual({ security_groups_item: item });
    expect((await call(app, alice, 'GET', PATH)).body).toEqual({ security_groups_items: [item] });

    const updated = await call(app, alice, 'PUT', `${PATH}/${item.id}`, { security_groups_item: { description: 'off for now', admin_state_up: false } });
    expect(updated.body).toEqual({ security_groups_item: { ...item, description: 'off for now', admin_state_up: false } });
    expect((await call(app, alice, 'GET', `${PATH}/${item.id}?fields=admin_state_up`)).body).toEqual({ security_groups_item: { admin_state_up: false } });

    expect((await call(app, alice, 'DELETE', `${PATH}/${item.id}`)).status).toBe(204);
    expect((await call(app, alice, 'GET', `${PATH}/${item.id}`)).status).toBe(404);
  });

  it('keeps projects apart: another project gets 404 on every verb and an empty list; an admin sees and creates for all', async () => {
    const item = await create(alice);
    for (const [method, payload] of [['GET'], ['PUT', { security_groups_item: { name: 'taken' } }], ['DELETE']] as const) {
      const refused = await call(app, bob, method, `${PATH}/${item.id}`, payload);
      expect(refused.status, method).toBe(404);
      expect(refused.body.NeutronError).toMatchObject({ type: 'SecurityGroupsItemNotFound', message: expect.stringContaining(item.id) });
    }
    expect((await call(app, bob, 'GET', PATH)).body).toEqual({ security_groups_items: [] });
    expect((await call(app, alice, 'GET', `${PATH}/${item.id}`)).body.security_groups_item.name).toBe('');

    const forBob = await create(admin, { project_id: bob.project });
    expect(forBob.project_id).toBe(bob.project);
    expect((await call(app, bob, 'GET', `${PATH}/${forBob.id}`)).status).toBe(200);
    expect((await call(app, admin, 'GET', PATH)).body.security_groups_items).toHaveLength(2);
    const claimed = await call(app, alice, 'POST', PATH, { security_groups_item: { project_id: bob.project } });
    expect(claimed.status).toBe(403);
  });

  it('filters (flags too), sorts, pages and picks fields the Neutron way', async () => {
    for (const name of ['c', 'a', 'b']) await create(alice, { name, admin_state_up: name !== 'b' });
    await create(bob, { name: 'a' });
    const sorted = await call(app, alice, 'GET', `${PATH}?sort_key=name&fields=name`);
    expect(sorted.body).toEqual({ security_groups_items: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] });
    const down = await call(app, alice, 'GET', `${PATH}?admin_state_up=false&fields=name`);
    expect(down.body).toEqual({ security_groups_items: [{ name: 'b' }] });
    const page = await call(app, alice, 'GET', `${PATH}?sort_key=name&limit=2&fields=name`);
    expect(page.body.security_groups_items).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(page.body.security_groups_items_links).toEqual([expect.objectContaining({ rel: 'next' })]);
  });

  it('refuses bad input with a 400 NeutronError that names the problem', async () => {
    const refusals: Array<[string, 'POST' | 'PUT' | 'GET', string, unknown]> = [
      ['colour', 'POST', PATH, { security_groups_item: { colour: 'red' } }],
      ['admin_state_up', 'POST', PATH, { security_groups_item: { admin_state_up: 'yes' } }],
      ['name', 'POST', PATH, { security_groups_item: { name: 'x'.repeat(256) } }],
      ['security_groups_item', 'POST', PATH, { name: 'no envelope' }],
      ['"colour" is not a valid filter for security_groups_items', 'GET', `${PATH}?colour=red`, undefined],
      ['admin_state_up', 'GET', `${PATH}?admin_state_up=maybe`, undefined],
    ];
    for (const [named, method, url, payload] of refusals) {
      const refused = await call(app, alice, method, url, payload);
      expect(refused.status, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(refused.body.NeutronError.message).toContain(named);
    }
    const item = await create(alice);
    const readOnly = await call(app, alice, 'PUT', `${PATH}/${item.id}`, { security_groups_item: { project_id: bob.project } });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.NeutronError.message).toContain('read-only attribute project_id');
  });
});
