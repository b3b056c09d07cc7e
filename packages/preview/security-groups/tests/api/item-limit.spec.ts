import { afterEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildServiceApp, call } from './service-app.js';

// The one rule security-groups adds to the kit: max_items_per_project from [plugins.security-groups].
const PATH = '/v2.0/security-groups/items';
let app: App | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('max_items_per_project', () => {
  it('refuses one security_groups_item more than the project holds, to its members and admins alike, with a 409 naming the key', async () => {
    app = await buildServiceApp({ max_items_per_project: 2 });
    const first = await call(app, alice, 'POST', PATH, { security_groups_item: {} });
    expect(first.status).toBe(201);
    expect((await call(app, alice, 'POST', PATH, { security_groups_item: {} })).status).toBe(201);
    for (const caller of [alice, admin]) {
      const refused = await call(app, caller, 'POST', PATH, { security_groups_item: { project_id: alice.project } });
      expect(refused.status, caller.project).toBe(409);
      expect(refused.body.NeutronError).toMatchObject({
        type: 'SecurityGroupsItemLimitReached',
        message: expect.stringContaining(`Project ${alice.project} already holds 2 security_groups_items, the most [plugins.security-groups] max_items_per_project allows.`),
      });
    }
    expect((await call(app, bob, 'POST', PATH, { security_groups_item: {} })).status).toBe(201);

    expect((await call(app, alice, 'DELETE', `${PATH}/${first.body.security_groups_item.id}`)).status).toBe(204);
    expect((await call(app, alice, 'POST', PATH, { security_groups_item: {} })).status).toBe(201);
  });

  it('refuses a [plugins.security-groups] section that does not fit its schema, naming the key', async () => {
    await expect(buildServiceApp({ max_items_per_project: 0 })).rejects.toThrow(/max_items_per_project/);
    await expect(buildServiceApp({ max_items: 5 })).rejects.toThrow(/unknown key "max_items"/);
  });
});
