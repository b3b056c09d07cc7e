import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, alice, buildFirewallApp, call, createRule, ok, routerInterface } from './firewall-app.js';

let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

// The kit's bulk create on the firewall's resources: all items in one transaction, or none.
describe('bulk create of firewall resources', () => {
  it('creates rules, and policies holding them, in one request each', async () => {
    const rules = await ok(app, alice, 'POST', '/v2.0/fwaas/firewall_rules', {
      firewall_rules: [
        { name: 'ssh', protocol: 'tcp', destination_port: '22', action: 'allow' },
        { name: 'dns', protocol: 'udp', destination_port: '53', action: 'allow' },
      ],
    });
    const ruleIds = rules.firewall_rules.map((rule: { id: string }) => rule.id);
    expect(rules.firewall_rules).toMatchObject([{ name: 'ssh', protocol: 'tcp' }, { name: 'dns', protocol: 'udp' }]);
    const policies = await ok(app, alice, 'POST', '/v2.0/fwaas/firewall_policies', {
      firewall_policies: [{ name: 'both', firewall_rules: ruleIds }, { name: 'ssh only', firewall_rules: [ruleIds[0]] }],
    });
    expect(policies.firewall_policies).toMatchObject([{ firewall_rules: ruleIds }, { firewall_rules: [ruleIds[0]] }]);
    const shown = await ok(app, alice, 'GET', `/v2.0/fwaas/firewall_rules/${ruleIds[0]}`);
    expect(shown.firewall_rule.firewall_policy_id.sort()).toEqual(policies.firewall_policies.map((policy: { id: string }) => policy.id).sort());
  });

  it('refuses two groups of one request bound to the same port, creating neither', async () => {
    const { portId } = await routerInterface(app, alice);
    const refused = await call(app, alice, 'POST', '/v2.0/fwaas/firewall_groups', { firewall_groups: [{ ports: [portId] }, { ports: [portId] }] });
    expect(refused.status).toBe(409);
    expect(refused.body.NeutronError.type).toBe('FirewallGroupPortInUse');
    expect((await ok(app, alice, 'GET', '/v2.0/fwaas/firewall_groups')).firewall_groups).toEqual([]);
  });

  it('refuses an inconsistent rule anywhere in the request, creating none', async () => {
    await createRule(app, alice, { name: 'existing' });
    const refused = await call(app, alice, 'POST', '/v2.0/fwaas/firewall_rules', {
      firewall_rules: [{ name: 'fine', protocol: 'tcp' }, { name: 'port without protocol', destination_port: '80' }],
    });
    expect(refused.status).toBe(400);
    const names = (await ok(app, alice, 'GET', '/v2.0/fwaas/firewall_rules')).firewall_rules.map((rule: { name: string }) => rule.name);
    expect(names).toEqual(['existing']);
  });
});
