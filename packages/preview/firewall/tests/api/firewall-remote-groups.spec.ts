import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildFirewallApp, call, createGroup, createPolicy, createRule, ok, routerInterface } from './firewall-app.js';

const RULES = '/v2.0/fwaas/firewall_rules';
const GROUPS = '/v2.0/fwaas/firewall_groups';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

describe('remote firewall groups on rules', () => {
  it('default to null and take the caller’s own group or a shared one', async () => {
    const own = await createGroup(app, alice, {});
    const shared = await createGroup(app, admin, { project_id: bob.project, shared: true });
    const ruleId = await createRule(app, alice, { source_firewall_group_id: own, destination_firewall_group_id: shared });
    expect((await ok(app, alice, 'GET', `${RULES}/${ruleId}`)).firewall_rule).toMatchObject({ source_firewall_group_id: own, destination_firewall_group_id: shared });
    expect((await ok(app, alice, 'GET', `${RULES}/${await createRule(app, alice, {})}`)).firewall_rule).toMatchObject({
      source_firewall_group_id: null,
      destination_firewall_group_id: null,
    });
    const cleared = await ok(app, alice, 'PUT', `${RULES}/${ruleId}`, { firewall_rule: { source_firewall_group_id: null } });
    expect(cleared.firewall_rule.source_firewall_group_id).toBeNull();
  });

  it('refuse another project’s unshared group: 404 for its users, 409 for admins', async () => {
    const bobGroup = await createGroup(app, bob, {});
    const hidden = await call(app, alice, 'POST', RULES, { firewall_rule: { source_firewall_group_id: bobGroup } });
    expect(hidden.status).toBe(404);
    expect(hidden.body.NeutronError).toMatchObject({ type: 'FirewallGroupNotFound', message: `Firewall group ${bobGroup} could not be found.` });
    const ruleId = await createRule(app, alice, {});
    expect((await call(app, alice, 'PUT', `${RULES}/${ruleId}`, { firewall_rule: { destination_firewall_group_id: bobGroup } })).status).toBe(404);
    const byAdmin = await call(app, admin, 'POST', RULES, { firewall_rule: { project_id: alice.project, destination_firewall_group_id: bobGroup } });
    expect(byAdmin.status).toBe(409);
    expect(byAdmin.body.NeutronError.type).toBe('FirewallProjectConflict');
    expect((await ok(app, alice, 'GET', `${RULES}/${ruleId}`)).firewall_rule.destination_firewall_group_id).toBeNull();
  });

  it('refuse an address and a remote group at the same end (400), also after merging an update', async () => {
    const group = await createGroup(app, alice, {});
    const both = await call(app, alice, 'POST', RULES, { firewall_rule: { source_ip_address: '10.0.0.0/8', source_firewall_group_id: group } });
    expect(both.status).toBe(400);
    expect(both.body.NeutronError.message).toContain('source_ip_address and source_firewall_group_id are both set');
    const ruleId = await createRule(app, alice, { destination_ip_address: '10.0.0.5' });
    const merged = await call(app, alice, 'PUT', `${RULES}/${ruleId}`, { firewall_rule: { destination_firewall_group_id: group } });
    expect(merged.status).toBe(400);
    expect(merged.body.NeutronError.message).toContain('destination_ip_address and destination_firewall_group_id');
    expect((await call(app, alice, 'POST', RULES, { firewall_rule: { source_ip_address: '10.0.0.0/8', destination_firewall_group_id: group } })).status).toBe(201);
  });

  it('keep a named group from deletion and from being un-shared under another project', async () => {
    const group = await createGroup(app, admin, { project_id: alice.project, shared: true });
    const bobRule = await createRule(app, bob, { source_firewall_group_id: group });
    const deletion = await call(app, alice, 'DELETE', `${GROUPS}/${group}`);
    expect(deletion.status).toBe(409);
    expect(deletion.body.NeutronError.type).toBe('FirewallGroupInUse');
    expect(deletion.body.NeutronError.message).toContain(`remote group (source_firewall_group_id or destination_firewall_group_id) of firewall rules ${bobRule}`);
    const unsharing = await call(app, admin, 'PUT', `${GROUPS}/${group}`, { firewall_group: { shared: false } });
    expect(unsharing.status).toBe(409);
    expect(unsharing.body.NeutronError.message).toContain(`firewall rules ${bobRule} of other projects`);
    await ok(app, bob, 'DELETE', `${RULES}/${bobRule}`);
    expect((await call(app, alice, 'DELETE', `${GROUPS}/${group}`)).status).toBe(204);
  });

  it("match in evaluation by the addresses of the remote group's ports", async () => {
    const protectedPort = (await routerInterface(app, alice, '10.0.0.0/24')).portId;
    const remotePort = (await routerInterface(app, alice, '10.0.1.0/24')).portId;
    const remoteAddress = (await ok(app, alice, 'GET', `/v2.0/ports/${remotePort}`)).port.fixed_ips[0].ip_address as string;
    const remoteGroup = await createGroup(app, alice, { ports: [remotePort] });
    const fromRemote = await createRule(app, alice, { source_firewall_group_id: remoteGroup, action: 'allow' });
    const policy = await createPolicy(app, alice, { firewall_rules: [fromRemote] });
    await createGroup(app, alice, { ingress_firewall_policy_id: policy, ports: [protectedPort] });
    const evaluate = async (source: string) =>
      (
        await ok(app, alice, 'POST', '/v2.0/fwaas/evaluate', {
          packet: { port_id: protectedPort, direction: 'ingress', protocol: 'udp', source_ip_address: source, destination_ip_address: '10.0.0.5' },
        })
      ).evaluation;
    expect(await evaluate(remoteAddress)).toMatchObject({ verdict: 'allow', reason: 'rule_matched', firewall_rule_id: fromRemote });
    expect(await evaluate('10.0.1.77')).toMatchObject({ verdict: 'deny', reason: 'implicit_deny' });
    // Unbound from the remote group, the port's address no longer matches.
    await ok(app, alice, 'PUT', `${GROUPS}/${remoteGroup}`, { firewall_group: { ports: [] } });
    expect(await evaluate(remoteAddress)).toMatchObject({ verdict: 'deny', reason: 'implicit_deny' });
  });
});
