import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, RULES, createGroup, ok, refused } from './helpers.js';
import { type App, admin, alice, bob, buildServiceApp } from './service-app.js';

let app: App;

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

async function defaultGroups(caller = alice) {
  const { security_groups: groups } = await ok(app, caller, 'GET', `${GROUPS}?name=default`);
  return groups;
}

describe('the default security group', () => {
  it("is created by a project's first list, with Neutron's four default rules", async () => {
    const [group, ...others] = await defaultGroups();
    expect(others).toEqual([]);
    expect(group).toMatchObject({ name: 'default', description: 'Default security group', project_id: alice.project, stateful: true, shared: false });
    const rules = group.security_group_rules.map((rule: Record<string, unknown>) => [rule.direction, rule.ethertype, rule.remote_group_id, rule.protocol, rule.remote_ip_prefix]);
    expect(rules.sort()).toEqual(
      [
        ['egress', 'IPv4', null, null, null],
        ['egress', 'IPv6', null, null, null],
        ['ingress', 'IPv4', group.id, null, null],
        ['ingress', 'IPv6', group.id, null, null],
      ].sort(),
    );
    const { security_group_rules: listed } = await ok(app, alice, 'GET', `${RULES}?security_group_id=${group.id}`);
    expect(listed).toHaveLength(4);
  });

  it('is created by a first create too, and only once however many requests follow', async () => {
    await createGroup(app, alice, { name: 'web' });
    await ok(app, alice, 'GET', GROUPS);
    await createGroup(app, alice, { name: 'db' });
    expect(await defaultGroups()).toHaveLength(1);
  });

  it('is created once when a project sends its first requests concurrently', async () => {
    await Promise.all([...Array.from({ length: 6 }, () => ok(app, bob, 'GET', GROUPS)), createGroup(app, bob, { name: 'web' })]);
    expect(await defaultGroups(bob)).toHaveLength(1);
  });

  it('belongs to each project: another project gets its own and never sees this one', async () => {
    const [mine] = await defaultGroups(alice);
    const [theirs] = await defaultGroups(bob);
    expect(theirs.id).not.toBe(mine.id);
    expect((await refused(app, bob, 'GET', `${GROUPS}/${mine.id}`)).type).toBe('SecurityGroupNotFound');
  });

  it('cannot be deleted by its project (409), only by an admin, and the next request makes a new one', async () => {
    const [group] = await defaultGroups();
    expect(await refused(app, alice, 'DELETE', `${GROUPS}/${group.id}`)).toMatchObject({ status: 409, type: 'SecurityGroupCannotRemoveDefault' });
    await ok(app, admin, 'DELETE', `${GROUPS}/${group.id}`);
    const [renewed] = await defaultGroups();
    expect(renewed.id).not.toBe(group.id);
  });

  it('keeps its name, and no other group takes it', async () => {
    const [group] = await defaultGroups();
    expect(await refused(app, alice, 'PUT', `${GROUPS}/${group.id}`, { security_group: { name: 'renamed' } })).toMatchObject({ status: 409, type: 'SecurityGroupCannotUpdateDefault' });
    const described = await ok(app, alice, 'PUT', `${GROUPS}/${group.id}`, { security_group: { description: 'ours' } });
    expect(described.security_group).toMatchObject({ name: 'default', description: 'ours' });
    expect(await refused(app, alice, 'POST', GROUPS, { security_group: { name: 'Default' } })).toMatchObject({ status: 409, type: 'SecurityGroupDefaultAlreadyExists' });
    const other = await createGroup(app, alice, { name: 'web' });
    expect(await refused(app, alice, 'PUT', `${GROUPS}/${other}`, { security_group: { name: 'default' } })).toMatchObject({ status: 409, type: 'SecurityGroupDefaultAlreadyExists' });
  });

  it("is created in another project by an admin's create there", async () => {
    await ok(app, admin, 'POST', GROUPS, { security_group: { name: 'web', project_id: 'project-carol' } });
    const { security_groups: groups } = await ok(app, admin, 'GET', `${GROUPS}?project_id=project-carol&name=default`);
    expect(groups).toHaveLength(1);
  });
});
