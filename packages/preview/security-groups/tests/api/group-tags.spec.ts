import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, createGroup, ok, refused } from './helpers.js';
import { type App, admin, alice, bob, buildServiceApp, call } from './service-app.js';

let app: App;

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

/** `openstack security group set --tag`, `security group list --tags`: Neutron's standard-attr-tag on groups. */
describe('security group tags', () => {
  it('are set, shown with the group, raise its revision and filter the list', async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    await createGroup(app, alice, { name: 'db' });
    expect(await ok(app, alice, 'PUT', `${GROUPS}/${web}/tags`, { tags: ['prod', 'edge'] })).toEqual({ tags: ['edge', 'prod'] });
    expect((await call(app, alice, 'PUT', `${GROUPS}/${web}/tags/blue`)).status).toBe(201);
    const { security_group: shown } = await ok(app, alice, 'GET', `${GROUPS}/${web}`);
    expect(shown).toMatchObject({ tags: ['blue', 'edge', 'prod'], revision_number: 3 });
    const names = async (query: string) => (await ok(app, alice, 'GET', `${GROUPS}?${query}`)).security_groups.map((group: { name: string }) => group.name).sort();
    expect(await names('tags=prod,edge')).toEqual(['web']);
    expect(await names('not-tags-any=prod')).toEqual(['db', 'default']);
  });

  it("of another project's group are a 404, to read and to change; an admin may change them", async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    expect(await refused(app, bob, 'GET', `${GROUPS}/${web}/tags`)).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    expect(await refused(app, bob, 'PUT', `${GROUPS}/${web}/tags/mine`)).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    expect((await call(app, admin, 'PUT', `${GROUPS}/${web}/tags/audited`)).status).toBe(201);
    expect(await ok(app, alice, 'GET', `${GROUPS}/${web}/tags`)).toEqual({ tags: ['audited'] });
  });

  it('go with their group when it is deleted', async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    await ok(app, alice, 'PUT', `${GROUPS}/${web}/tags`, { tags: ['prod'] });
    expect((await call(app, alice, 'DELETE', `${GROUPS}/${web}`)).status).toBe(204);
    expect(await refused(app, alice, 'GET', `${GROUPS}/${web}/tags`)).toMatchObject({ status: 404 });
    const again = await createGroup(app, alice, { name: 'web' });
    expect((await ok(app, alice, 'GET', `${GROUPS}?tags=prod`)).security_groups.map((group: { id: string }) => group.id)).not.toContain(again);
  });
});
