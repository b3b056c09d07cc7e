import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, RULES, createGroup, createRule, ok, refused } from './helpers.js';
import { type App, admin, alice, bob, buildServiceApp } from './service-app.js';

let app: App;

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

const setQuota = (projectId: string, quota: Record<string, number>) => ok(app, admin, 'PUT', `/v2.0/quotas/${projectId}`, { quota });
const usage = async (projectId: string) => (await ok(app, admin, 'GET', `/v2.0/quotas/${projectId}/details`)).quota;

// Neutron's quota_security_group and quota_security_group_rule, declared on the plugin's resources.
describe('security group quotas', () => {
  it("shows Neutron's defaults, 10 groups and 100 rules", async () => {
    const { quota } = await ok(app, alice, 'GET', `/v2.0/quotas/${alice.project}`);
    expect(quota).toMatchObject({ security_group: 10, security_group_rule: 100 });
  });

  // As Neutron, which creates it outside the API's quota check: the default group (and its four
  // rules) exists even at quota 0, and counts in the project's usage like any other.
  it('creates the default group even at quota 0, and counts it with its rules', async () => {
    await setQuota(alice.project, { security_group: 0, security_group_rule: 0 });
    const { security_groups: groups } = await ok(app, alice, 'GET', GROUPS);
    expect(groups.map((group: { name: string }) => group.name)).toEqual(['default']);
    expect(await usage(alice.project)).toMatchObject({ security_group: { limit: 0, used: 1 }, security_group_rule: { limit: 0, used: 4 } });
    const refusal = await refused(app, alice, 'POST', GROUPS, { security_group: { name: 'web' } });
    expect(refusal).toMatchObject({ status: 409, type: 'OverQuota', message: expect.stringContaining("Quota exceeded for resources: ['security_group'].") });
  });

  it('refuses a security group past the quota with 409 OverQuota, a bulk create leaving none behind', async () => {
    await setQuota(alice.project, { security_group: 3 });
    const bulk = await refused(app, alice, 'POST', GROUPS, { security_groups: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] });
    expect(bulk).toMatchObject({ status: 409, type: 'OverQuota', message: expect.stringContaining('The project holds 1 of its 3 and asked for 3 more') });
    expect((await ok(app, alice, 'GET', GROUPS)).security_groups).toHaveLength(1);
    await ok(app, alice, 'POST', GROUPS, { security_groups: [{ name: 'a' }, { name: 'b' }] });
    expect((await refused(app, alice, 'POST', GROUPS, { security_group: { name: 'c' } })).type).toBe('OverQuota');
    await createGroup(app, bob, { name: 'other project' });
  });

  it('refuses a rule past the quota with 409 OverQuota', async () => {
    await setQuota(alice.project, { security_group_rule: 5 });
    const groupId = await createGroup(app, alice, { name: 'web' });
    // The default group's four rules count: one more fits.
    await createRule(app, alice, { security_group_id: groupId, protocol: 'tcp', port_range_min: 22, port_range_max: 22 });
    const refusal = await refused(app, alice, 'POST', RULES, { security_group_rule: { direction: 'ingress', security_group_id: groupId, protocol: 'tcp', port_range_min: 80, port_range_max: 80 } });
    expect(refusal).toMatchObject({ status: 409, type: 'OverQuota', message: expect.stringContaining("Quota exceeded for resources: ['security_group_rule'].") });
  });
});
