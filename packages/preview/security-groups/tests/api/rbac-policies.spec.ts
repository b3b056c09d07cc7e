import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, RULES, createGroup, createRule, ok, refused } from './helpers.js';
import { type App, type Caller, admin, alice, bob, buildServiceApp, call } from './service-app.js';

const POLICIES = '/v2.0/rbac-policies';
const PORTS = '/v2.0/ports';
const carol: Caller = { project: 'project-carol' };

let app: App;
let group: string;

beforeEach(async () => {
  app = await buildServiceApp();
  group = await createGroup(app, alice, { name: 'shared-web' });
});
afterEach(async () => {
  await app.close();
});

function policy(target: string, attributes: Record<string, unknown> = {}) {
  return { rbac_policy: { object_type: 'security_group', object_id: group, action: 'access_as_shared', target_tenant: target, ...attributes } };
}

async function share(target: string, caller: Caller = alice): Promise<string> {
  return (await ok(app, caller, 'POST', POLICIES, policy(target))).rbac_policy.id;
}

/** A port of `caller`'s own network, in the groups given. */
async function portIn(caller: Caller, groups: string[]): Promise<string> {
  const network = (await ok(app, caller, 'POST', '/v2.0/networks', { network: { name: 'net' } })).network.id;
  return (await ok(app, caller, 'POST', PORTS, { port: { network_id: network, security_groups: groups } })).port.id;
}

async function groupIdsSeenBy(caller: Caller, query = ''): Promise<string[]> {
  return (await ok(app, caller, 'GET', `${GROUPS}?fields=id${query}`)).security_groups.map((shown: { id: string }) => shown.id);
}

describe('RBAC policies (rbac-policies, rbac-security-groups)', () => {
  it('announce rbac-policies and rbac-security-groups', async () => {
    const { extensions } = await ok(app, alice, 'GET', '/v2.0/extensions');
    const aliases = extensions.map((extension: { alias: string }) => extension.alias);
    expect(aliases).toEqual(expect.arrayContaining(['rbac-policies', 'rbac-security-groups']));
  });

  it("create, show, list and delete a policy of the group's project, with Neutron's attributes", async () => {
    const created = (await ok(app, alice, 'POST', POLICIES, policy(bob.project))).rbac_policy;
    expect(created).toEqual({
      id: expect.any(String),
      project_id: alice.project,
      tenant_id: alice.project,
      object_type: 'security_group',
      object_id: group,
      target_tenant: bob.project,
      action: 'access_as_shared',
    });
    expect((await ok(app, alice, 'GET', `${POLICIES}/${created.id}`)).rbac_policy).toEqual(created);
    expect((await ok(app, alice, 'GET', `${POLICIES}?object_type=security_group&target_tenant=${bob.project}`)).rbac_policies).toEqual([created]);
    // The target sees the group, not the policy.
    expect(await refused(app, bob, 'GET', `${POLICIES}/${created.id}`)).toMatchObject({ status: 404, type: 'RbacPolicyNotFound' });
    expect(await refused(app, bob, 'DELETE', `${POLICIES}/${created.id}`)).toMatchObject({ status: 404 });
    expect((await call(app, alice, 'DELETE', `${POLICIES}/${created.id}`)).status).toBe(204);
    expect(await groupIdsSeenBy(bob)).not.toContain(group);
  });

  it('share a group with its target only: listed and shown to it with shared true, a 404 to everyone else', async () => {
    expect(await refused(app, bob, 'GET', `${GROUPS}/${group}`)).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    await share(bob.project);
    expect((await ok(app, bob, 'GET', `${GROUPS}/${group}`)).security_group).toMatchObject({ id: group, project_id: alice.project, shared: true });
    expect(await groupIdsSeenBy(bob)).toContain(group);
    expect(await groupIdsSeenBy(bob, '&shared=true')).toEqual([group]);
    expect(await groupIdsSeenBy(bob, '&shared=false')).not.toContain(group);
    expect((await ok(app, alice, 'GET', `${GROUPS}/${group}`)).security_group.shared).toBe(false);
    expect(await refused(app, carol, 'GET', `${GROUPS}/${group}`)).toMatchObject({ status: 404 });
    expect(await groupIdsSeenBy(carol)).not.toContain(group);
  });

  it("share with every project ('*') only when an admin asks (403 for the group's project)", async () => {
    const refusal = await refused(app, alice, 'POST', POLICIES, policy('*'));
    expect(refusal).toMatchObject({ status: 403 });
    expect(refusal.message).toContain("'*'");
    await ok(app, admin, 'POST', POLICIES, policy('*'));
    expect((await ok(app, carol, 'GET', `${GROUPS}/${group}`)).security_group.shared).toBe(true);
    expect((await ok(app, alice, 'GET', `${GROUPS}/${group}`)).security_group.shared).toBe(true);
  });

  it('refuse sharing a group by another project than its own: 404 when unseen, 400 when shared with it (Neutron)', async () => {
    expect(await refused(app, bob, 'POST', POLICIES, policy(carol.project))).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    await share(bob.project);
    const reshare = await refused(app, bob, 'POST', POLICIES, policy(carol.project));
    expect(reshare).toMatchObject({ status: 400 });
    expect(reshare.message).toContain('Only admins can manipulate policies on objects they do not own');
  });

  it('refuse the same policy twice (409 DuplicateRbacPolicy), and names outside the API (400)', async () => {
    const first = await share(bob.project);
    const again = await refused(app, alice, 'POST', POLICIES, policy(bob.project));
    expect(again).toMatchObject({ status: 409, type: 'DuplicateRbacPolicy' });
    expect(again.message).toContain(first);
    expect(await refused(app, alice, 'POST', POLICIES, policy(bob.project, { object_type: 'network' }))).toMatchObject({ status: 400 });
    expect(await refused(app, alice, 'POST', POLICIES, policy(bob.project, { action: 'access_as_external' }))).toMatchObject({ status: 400 });
    expect(await refused(app, alice, 'POST', POLICIES, policy(''))).toMatchObject({ status: 400 });
  });

  it('let the target use the group on its ports and as a remote group of its own rules', async () => {
    await share(bob.project);
    const port = await portIn(bob, [group]);
    expect((await ok(app, bob, 'GET', `${PORTS}/${port}`)).port.security_groups).toEqual([group]);
    const own = await createGroup(app, bob, { name: 'app' });
    const rule = await createRule(app, bob, { security_group_id: own, remote_group_id: group });
    expect((await ok(app, bob, 'GET', `${RULES}/${rule}`)).security_group_rule.remote_group_id).toBe(group);
    // Not carol, who it is not shared with.
    expect(await refused(app, carol, 'POST', RULES, { security_group_rule: { security_group_id: await createGroup(app, carol), direction: 'ingress', remote_group_id: group } })).toMatchObject({ status: 404 });
  });

  it('keep the group, its tags and its rules unchangeable by the target (403)', async () => {
    await share(bob.project);
    expect(await refused(app, bob, 'PUT', `${GROUPS}/${group}`, { security_group: { name: 'mine' } })).toMatchObject({ status: 403 });
    expect(await refused(app, bob, 'DELETE', `${GROUPS}/${group}`)).toMatchObject({ status: 403 });
    expect(await refused(app, bob, 'PUT', `${GROUPS}/${group}/tags/mine`)).toMatchObject({ status: 403 });
    const rule = await refused(app, bob, 'POST', RULES, { security_group_rule: { security_group_id: group, direction: 'ingress' } });
    expect(rule).toMatchObject({ status: 403 });
    expect(rule.message).toContain('shared with you');
    expect((await ok(app, alice, 'GET', `${GROUPS}/${group}`)).security_group).toMatchObject({ name: 'shared-web', tags: [] });
  });

  it("refuse deleting or retargeting a policy while the target's ports use the group (409 RbacPolicyInUse)", async () => {
    const policyId = await share(bob.project);
    const port = await portIn(bob, [group]);
    const refusal = await refused(app, alice, 'DELETE', `${POLICIES}/${policyId}`);
    expect(refusal).toMatchObject({ status: 409, type: 'RbacPolicyInUse' });
    expect(refusal.message).toContain(bob.project);
    expect(await refused(app, alice, 'PUT', `${POLICIES}/${policyId}`, { rbac_policy: { target_tenant: carol.project } })).toMatchObject({ status: 409, type: 'RbacPolicyInUse' });
    await ok(app, bob, 'PUT', `${PORTS}/${port}`, { port: { security_groups: [] } });
    expect((await ok(app, alice, 'PUT', `${POLICIES}/${policyId}`, { rbac_policy: { target_tenant: carol.project } })).rbac_policy.target_tenant).toBe(carol.project);
    expect((await call(app, alice, 'DELETE', `${POLICIES}/${policyId}`)).status).toBe(204);
  });

  it("refuse deleting a group the target's ports are in (409), without naming those ports to its project", async () => {
    await share(bob.project);
    const port = await portIn(bob, [group]);
    const refusal = await refused(app, alice, 'DELETE', `${GROUPS}/${group}`);
    expect(refusal).toMatchObject({ status: 409, type: 'SecurityGroupInUse' });
    expect(refusal.message).not.toContain(port);
    expect((await refused(app, admin, 'DELETE', `${GROUPS}/${group}`)).message).toContain(port);
  });

  it("let a policy go while another still shares the group with the port's project", async () => {
    const specific = await share(bob.project);
    const everyone = (await ok(app, admin, 'POST', POLICIES, policy('*'))).rbac_policy.id;
    await portIn(bob, [group]);
    expect((await call(app, alice, 'DELETE', `${POLICIES}/${specific}`)).status).toBe(204);
    expect(await refused(app, admin, 'DELETE', `${POLICIES}/${everyone}`)).toMatchObject({ status: 409, type: 'RbacPolicyInUse' });
  });

  it('refuse an update of anything but target_tenant (400), and go with their group', async () => {
    const policyId = await share(bob.project);
    expect(await refused(app, alice, 'PUT', `${POLICIES}/${policyId}`, { rbac_policy: { object_id: 'other' } })).toMatchObject({ status: 400 });
    expect((await call(app, alice, 'DELETE', `${GROUPS}/${group}`)).status).toBe(204);
    expect(await refused(app, alice, 'GET', `${POLICIES}/${policyId}`)).toMatchObject({ status: 404 });
  });
});
