import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildFirewallApp, call, createRule, ok } from './firewall-app.js';

let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

const RULES = '/v2.0/fwaas/firewall_rules';
const setQuota = (projectId: string, quota: Record<string, number>) => ok(app, admin, 'PUT', `/v2.0/quotas/${projectId}`, { quota });

// FWaaS's quotas (neutron-fwaas [quotas] quota_firewall_rule, ...), declared on the plugin's resources.
describe('firewall quotas', () => {
  it("shows Neutron's defaults for rules, policies and groups, with the project's usage", async () => {
    await createRule(app, alice, { protocol: 'tcp', action: 'allow' });
    const { quota } = await ok(app, alice, 'GET', `/v2.0/quotas/${alice.project}/details`);
    expect(quota).toMatchObject({
      firewall_rule: { limit: 100, used: 1, reserved: 0 },
      firewall_policy: { limit: 10, used: 0, reserved: 0 },
      firewall_group: { limit: 10, used: 0, reserved: 0 },
    });
  });

  it('refuses a firewall rule past the quota with 409 OverQuota, a bulk create leaving none behind', async () => {
    await setQuota(alice.project, { firewall_rule: 2 });
    const bulk = await call(app, alice, 'POST', RULES, { firewall_rules: [{ action: 'allow' }, { action: 'deny' }, { action: 'reject' }] });
    expect(bulk.status).toBe(409);
    expect(bulk.body.NeutronError).toMatchObject({ type: 'OverQuota', message: expect.stringContaining("Quota exceeded for resources: ['firewall_rule'].") });
    expect((await ok(app, alice, 'GET', RULES)).firewall_rules).toEqual([]);
    await createRule(app, alice, { action: 'allow' });
    await createRule(app, alice, { action: 'deny' });
    const third = await call(app, alice, 'POST', RULES, { firewall_rule: { action: 'reject' } });
    expect(third.status).toBe(409);
    expect(third.body.NeutronError.type).toBe('OverQuota');
    await createRule(app, bob, { action: 'allow' });
  });
});
