import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildFirewallApp, call, createPolicy, createRule, ok } from './firewall-app.js';

const RULES = '/v2.0/fwaas/firewall_rules';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

describe('firewall rules', () => {
  it('creates a rule with neutron-fwaas defaults and shows it', async () => {
    const created = await call(app, alice, 'POST', RULES, { firewall_rule: { name: 'web', protocol: 'tcp', destination_port: '443' } });
    expect(created.status).toBe(201);
    expect(created.body.firewall_rule).toMatchObject({
      name: 'web',
      description: '',
      protocol: 'tcp',
      ip_version: 4,
      source_ip_address: null,
      destination_port: '443',
      action: 'deny',
      enabled: true,
      project_id: alice.project,
      tenant_id: alice.project,
      firewall_policy_id: [],
    });
    const shown = await ok(app, alice, 'GET', `${RULES}/${created.body.firewall_rule.id}`);
    expect(shown.firewall_rule).toEqual(created.body.firewall_rule);
  });

  it('shows protocol "any" as null', async () => {
    const id = await createRule(app, alice, { protocol: 'any', action: 'allow' });
    expect((await ok(app, alice, 'GET', `${RULES}/${id}`)).firewall_rule.protocol).toBeNull();
  });

  it('updates a rule and re-checks the merged result', async () => {
    const id = await createRule(app, alice, { protocol: 'tcp', destination_port: '22', action: 'allow' });
    const updated = await ok(app, alice, 'PUT', `${RULES}/${id}`, { firewall_rule: { destination_port: '8000:8080', enabled: false } });
    expect(updated.firewall_rule).toMatchObject({ destination_port: '8000:8080', enabled: false, action: 'allow' });

    const icmp = await call(app, alice, 'PUT', `${RULES}/${id}`, { firewall_rule: { protocol: 'icmp' } });
    expect(icmp.status).toBe(400);
    expect(icmp.body.NeutronError.type).toBe('FirewallRuleInvalidICMPParameter');
    expect(icmp.body.NeutronError.message).toContain('firewall_rule.destination_port');
  });

  it.each([
    [{ protocol: 'sctp' }, 'firewall_rule.protocol'],
    [{ action: 'drop' }, 'firewall_rule.action'],
    [{ ip_version: 5 }, 'firewall_rule.ip_version'],
    [{ source_ip_address: '10.0.0.0/33' }, 'firewall_rule.source_ip_address'],
    [{ ip_version: 6, destination_ip_address: '10.0.0.1' }, 'firewall_rule.destination_ip_address'],
    [{ protocol: 'tcp', destination_port: '90:80' }, 'firewall_rule.destination_port'],
    [{ source_port: '53' }, 'firewall_rule.source_port'],
    [{ colour: 'red' }, "unrecognized attribute 'colour'"],
  ])('refuses %j with a 400 naming the field', async (rule, field) => {
    const reply = await call(app, alice, 'POST', RULES, { firewall_rule: rule });
    expect(reply.status).toBe(400);
    expect(reply.body.NeutronError.message).toContain(field);
  });

  it('refuses a body without the firewall_rule envelope', async () => {
    const reply = await call(app, alice, 'POST', RULES, { name: 'x' });
    expect(reply.status).toBe(400);
    expect(reply.body.NeutronError.message).toContain('firewall_rule');
  });

  it('lists with filters, fields, sorting and pagination', async () => {
    await createRule(app, alice, { name: 'b', protocol: 'udp', enabled: false });
    await createRule(app, alice, { name: 'a', protocol: 'tcp' });
    await createRule(app, alice, { name: 'c', protocol: 'tcp' });

    const tcp = await ok(app, alice, 'GET', `${RULES}?protocol=tcp&sort_key=name&fields=name&fields=protocol`);
    expect(tcp.firewall_rules).toEqual([
      { name: 'a', protocol: 'tcp' },
      { name: 'c', protocol: 'tcp' },
    ]);

    const disabled = await ok(app, alice, 'GET', `${RULES}?enabled=false&fields=name`);
    expect(disabled.firewall_rules).toEqual([{ name: 'b' }]);

    const firstPage = await ok(app, alice, 'GET', `${RULES}?sort_key=name&sort_dir=desc&limit=2&fields=name`);
    expect(firstPage.firewall_rules).toEqual([{ name: 'c' }, { name: 'b' }]);
    const next = firstPage.firewall_rules_links.find((link: { rel: string }) => link.rel === 'next');
    const secondPage = await ok(app, alice, 'GET', new URL(next.href).pathname + new URL(next.href).search);
    expect(secondPage.firewall_rules).toEqual([{ name: 'a' }]);
  });

  it('refuses an unknown filter, listing the valid ones', async () => {
    const reply = await call(app, alice, 'GET', `${RULES}?colour=red`);
    expect(reply.status).toBe(400);
    expect(reply.body.NeutronError.message).toContain('"colour" is not a valid filter for firewall_rules');
  });

  it('keeps projects apart: other projects get 404, admins see all', async () => {
    const id = await createRule(app, alice, { name: 'mine' });
    expect((await call(app, bob, 'GET', `${RULES}/${id}`)).status).toBe(404);
    expect((await call(app, bob, 'PUT', `${RULES}/${id}`, { firewall_rule: { name: 'theirs' } })).status).toBe(404);
    expect((await call(app, bob, 'DELETE', `${RULES}/${id}`)).body.NeutronError.type).toBe('FirewallRuleNotFound');
    expect((await ok(app, bob, 'GET', RULES)).firewall_rules).toEqual([]);
    expect((await ok(app, admin, 'GET', `${RULES}?fields=name`)).firewall_rules).toEqual([{ name: 'mine' }]);
  });

  it('lets only admins create rules for another project', async () => {
    expect((await call(app, bob, 'POST', RULES, { firewall_rule: { project_id: alice.project } })).status).toBe(403);
    const created = await ok(app, admin, 'POST', RULES, { firewall_rule: { project_id: alice.project } });
    expect(created.firewall_rule.project_id).toBe(alice.project);
  });

  it('refuses to delete a rule used by a policy (409), then deletes it once removed', async () => {
    const ruleId = await createRule(app, alice, { action: 'allow' });
    const policyId = await createPolicy(app, alice, { firewall_rules: [ruleId] });
    expect((await ok(app, alice, 'GET', `${RULES}/${ruleId}`)).firewall_rule.firewall_policy_id).toEqual([policyId]);

    const refused = await call(app, alice, 'DELETE', `${RULES}/${ruleId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.NeutronError.type).toBe('FirewallRuleInUse');
    expect(refused.body.NeutronError.message).toContain(policyId);

    await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_policies/${policyId}/remove_rule`, { firewall_rule_id: ruleId });
    expect((await call(app, alice, 'DELETE', `${RULES}/${ruleId}`)).status).toBe(204);
    expect((await call(app, alice, 'GET', `${RULES}/${ruleId}`)).status).toBe(404);
  });
});
